import * as vscode from 'vscode';
import { placeAt } from '../../core/render/renderDocument';
import { resolvePolicyText } from '../reading/policyText';
import { pickProvision } from '../search/pickProvision';
import { NotesServices } from './notesServices';
import { ProvisionNode } from '../tree/nodes';

/** The provision a command applies to. */
export interface ProvisionTarget {
  readonly document: string;
  readonly provision: number;
}

/** The provision under the cursor of a side-by-side editor (its heading or its text). */
async function cursorProvision(services: NotesServices, editor: vscode.TextEditor | undefined): Promise<ProvisionTarget | undefined> {
  const text = editor && (await resolvePolicyText(services.shared, editor.document.uri));
  if (!editor || !text) {
    return undefined;
  }
  const place = placeAt(text.renderings[text.language], editor.document.offsetAt(editor.selection.active));
  return place.kind === 'provision' ? { document: text.document.id, provision: place.number } : undefined;
}

/**
 * The provision of the Provisions tree item the command was run on, else the one under the cursor
 * of the active side-by-side editor, else the one the user picks (undefined if they dismiss it).
 */
export async function provisionTarget(services: NotesServices, item: ProvisionNode | undefined, title: string): Promise<ProvisionTarget | undefined> {
  if (item) {
    return { document: item.document.id, provision: item.provision.number };
  }
  const atCursor = await cursorProvision(services, vscode.window.activeTextEditor);
  if (atCursor) {
    return atCursor;
  }
  const picked = await pickProvision(await services.shared.getLibrary(), services.searcher, title);
  return picked && { document: picked.document.id, provision: picked.provision.number };
}
