import * as vscode from 'vscode';
import { ItemReader } from './declaration';

/**
 * Reads a node of one of our trees, which a menu or a row passes: nodes are told apart by their
 * `kind`, and the node must carry the properties the command reads. The one place a value the UI
 * passed becomes a typed node.
 */
export function treeNode<N extends { readonly kind: string }>(kinds: readonly N['kind'][], ...properties: readonly (keyof N & string)[]): ItemReader<N> {
  return (value) => {
    const node = typeof value === 'object' && value !== null ? (value as Partial<Record<string, unknown>>) : undefined;
    return node && kinds.includes(node.kind as N['kind']) && properties.every((property) => node[property] !== undefined) ? (node as N) : undefined;
  };
}

/** The URI an editor's or the explorer's context menu passes. */
export const uriItem: ItemReader<vscode.Uri> = (value) => (value instanceof vscode.Uri ? value : undefined);
