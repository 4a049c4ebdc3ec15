import * as vscode from 'vscode';
import { OffsetRange, RenderedDocument } from '../../core/render/renderDocument';

/** Where each line starts, per rendering: found once, since a rendering never changes. */
const lineStartsOf = new WeakMap<RenderedDocument, number[]>();

function lineStarts(rendered: RenderedDocument): number[] {
  let starts = lineStartsOf.get(rendered);
  if (!starts) {
    starts = [0];
    for (let at = rendered.text.indexOf('\n'); at >= 0; at = rendered.text.indexOf('\n', at + 1)) {
      starts.push(at + 1);
    }
    lineStartsOf.set(rendered, starts);
  }
  return starts;
}

function position(rendered: RenderedDocument, offset: number): vscode.Position {
  const starts = lineStarts(rendered);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return new vscode.Position(low, offset - starts[low]);
}

/**
 * A range of a rendering as editor positions, without opening its document: comment threads are
 * placed on documents that no editor shows yet.
 */
export function renderedRange(rendered: RenderedDocument, range: OffsetRange): vscode.Range {
  return new vscode.Range(position(rendered, range.start), position(rendered, range.end));
}

/** The rendering's offset of an editor position (the inverse of renderedRange). */
export function renderedOffset(rendered: RenderedDocument, at: vscode.Position): number {
  const starts = lineStarts(rendered);
  const line = Math.min(Math.max(at.line, 0), starts.length - 1);
  const lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 : rendered.text.length;
  return Math.min(starts[line] + at.character, lineEnd);
}
