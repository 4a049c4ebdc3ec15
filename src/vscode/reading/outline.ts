import * as vscode from 'vscode';
import { OffsetRange } from '../../core/render/renderDocument';
import { Services } from '../services';
import { resolvePolicyText } from './policyText';

function toRange(document: vscode.TextDocument, range: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

/** Top-level divisions holding their provisions, and provisions outside any: the Outline view, breadcrumbs, sticky scroll and Go to Symbol. */
export class PolicyOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly services: Services) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const text = await resolvePolicyText(this.services, document.uri);
    if (!text) {
      return [];
    }
    const rendered = text.renderings[text.language];
    const slice = (range: OffsetRange): string => rendered.text.slice(range.start, range.end);
    const symbolsOf = (part: number) =>
      rendered.provisions
        .filter((provision) => provision.part === part)
        .map((provision) => {
          const extent = { start: provision.heading.start, end: provision.text.end };
          return new vscode.DocumentSymbol(slice(provision.heading), '', vscode.SymbolKind.String, toRange(document, extent), toRange(document, provision.heading));
        });
    // Provisions outside any division (a regulation numbered 一、二、…) stand at the top level.
    return [
      ...symbolsOf(0),
      ...rendered.parts.map((part) => {
        const symbol = new vscode.DocumentSymbol(slice(part.heading), '', vscode.SymbolKind.Module, toRange(document, part.extent), toRange(document, part.heading));
        symbol.children = symbolsOf(part.number);
        return symbol;
      }),
    ];
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
