import * as vscode from 'vscode';
import { OffsetRange } from '../../core/render/renderDocument';
import { Services } from '../services';
import { resolvePolicyText } from './policyText';

function toRange(document: vscode.TextDocument, range: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

/** Parts holding their provisions: the Outline view, breadcrumbs, sticky scroll and Go to Symbol. */
export class PolicyOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly services: Services) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const text = await resolvePolicyText(this.services, document.uri);
    if (!text) {
      return [];
    }
    const rendered = text.renderings[text.language];
    const slice = (range: OffsetRange): string => rendered.text.slice(range.start, range.end);
    return rendered.parts.map((part) => {
      const symbol = new vscode.DocumentSymbol(slice(part.heading), '', vscode.SymbolKind.Module, toRange(document, part.extent), toRange(document, part.heading));
      symbol.children = rendered.provisions
        .filter((provision) => provision.part === part.number)
        .map((provision) => {
          const extent = { start: provision.heading.start, end: provision.text.end };
          return new vscode.DocumentSymbol(slice(provision.heading), '', vscode.SymbolKind.String, toRange(document, extent), toRange(document, provision.heading));
        });
      return symbol;
    });
  }
}

/** A part folds down to its heading, and so does each provision. */
export class PolicyFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly services: Services) {}

  async provideFoldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
    const text = await resolvePolicyText(this.services, document.uri);
    if (!text) {
      return [];
    }
    const rendered = text.renderings[text.language];
    const fold = (start: number, end: number): vscode.FoldingRange[] => {
      const [first, last] = [document.positionAt(start).line, document.positionAt(end).line];
      return last > first ? [new vscode.FoldingRange(first, last)] : [];
    };
    return [
      ...rendered.parts.flatMap((part) => fold(part.heading.start, part.extent.end)),
      ...rendered.provisions.flatMap((provision) => fold(provision.heading.start, provision.text.end)),
    ];
  }
}
