import { LoadedSidecar, SIDECAR_FORMAT } from '../../annotations/files/sidecarFile';
import { Annotation } from '../../annotations/model/annotation';
import { Library } from '../../library';
import { sameData } from '../../lib/plain';
import { hasErrors } from '../../yaml';
import { loadLooseSidecar } from '../review/looseSidecar';

/** A sidecar's text cut in parts: the head, then each annotation's text by id, in the file's order. */
interface Parts {
  readonly head: string;
  readonly items: ReadonlyMap<string, string>;
}

const LIST_KEY = SIDECAR_FORMAT.listKey ?? 'annotations';

/**
 * The file a merged sidecar is written into: ours, with theirs' text (its comments included) for
 * each annotation the merge takes from theirs, theirs' text of an annotation ours lacks inserted
 * where the merged file puts it, and theirs' head when ours left the head as the common ancestor
 * had it. The writer keeps the text of every item whose value it does not change, so comments
 * theirs wrote survive a clean merge as ours' do. Ours as it is when the texts are not laid out as
 * the writer lays them out, or the spliced text does not read back as the parts it was made of.
 *
 * `order` is the merged annotations' ids in the file's order.
 */
export function mergedPrevious(
  base: LoadedSidecar | undefined,
  ours: LoadedSidecar,
  theirs: LoadedSidecar,
  merged: ReadonlyMap<string, Annotation>,
  order: readonly string[],
  library: Library,
): LoadedSidecar {
  const [was, mine, yours] = [base, ours, theirs].map((side) => side && partsOf(side));
  const [oldValues, myValues, yourValues] = [base, ours, theirs].map((side) => new Map((side?.content?.annotations ?? []).map((annotation) => [annotation.id, annotation])));
  if (!mine || !yours) {
    return ours;
  }
  const fromTheirs = (id: string): boolean => {
    const value = merged.get(id);
    const theirsValue = yourValues.get(id);
    if (!value || !theirsValue || !yours.items.has(id)) {
      return false;
    }
    if (!mine.items.has(id)) {
      return true;
    }
    // Theirs' data, and either ours changed nothing of it or ours' text is the ancestor's (theirs edited only its comments).
    return sameData(value, theirsValue) && (!sameData(myValues.get(id), theirsValue) || (was?.items.get(id) === mine.items.get(id) && sameData(oldValues.get(id), theirsValue)));
  };
  // Each annotation of theirs ours lacks goes after the nearest one before it (in the merged order) that ours has.
  const after = new Map<string | undefined, string[]>();
  let anchor: string | undefined;
  for (const id of order) {
    if (mine.items.has(id)) {
      anchor = id;
    } else if (fromTheirs(id)) {
      after.set(anchor, [...(after.get(anchor) ?? []), id]);
    }
  }
  const expected = new Map<string, Annotation | undefined>();
  const pieces: string[] = [was?.head === mine.head ? yours.head : mine.head];
  const add = (id: string | undefined): void => {
    for (const inserted of after.get(id) ?? []) {
      pieces.push(endLine(yours.items.get(inserted) ?? ''));
      expected.set(inserted, yourValues.get(inserted));
    }
  };
  add(undefined);
  for (const [id, text] of mine.items) {
    const theirsText = fromTheirs(id);
    pieces.push(endLine(theirsText ? (yours.items.get(id) ?? '') : text));
    expected.set(id, (theirsText ? yourValues : myValues).get(id));
    add(id);
  }
  const spliced = loadLooseSidecar(new TextEncoder().encode(pieces.join('')), library);
  const annotations = spliced.content?.annotations ?? [];
  const readsBack =
    !hasErrors(spliced.problems) && annotations.length === expected.size && annotations.every((annotation) => sameData(annotation, expected.get(annotation.id)));
  return readsBack ? spliced : ours;
}

/**
 * The parts of a file laid out as the writer lays it out. A comment written above an item is that
 * item's (the layout gives it to the item before, as the lines between two items).
 */
function partsOf(file: LoadedSidecar): Parts | undefined {
  const layout = file.source?.layout(LIST_KEY);
  const text = file.source?.text;
  const ids = file.content?.annotations.map((annotation) => annotation.id);
  if (!layout || text === undefined || !ids || ids.length !== layout.starts.length) {
    return undefined;
  }
  const cuts = layout.starts.map((start) => commentsAbove(text, start));
  const items = new Map<string, string>();
  ids.forEach((id, index) => items.set(id, text.slice(cuts[index], index + 1 < cuts.length ? cuts[index + 1] : text.length)));
  return { head: text.slice(0, cuts[0]), items };
}

/** Where the comment lines written right above the line at `start` begin (blank lines before them stay above). */
function commentsAbove(text: string, start: number): number {
  let cut = start;
  for (;;) {
    const lineStart = text.lastIndexOf('\n', cut - 2) + 1;
    if (cut === 0 || !/^ {0,2}#/.test(text.slice(lineStart, cut))) {
      return cut;
    }
    cut = lineStart;
  }
}

function endLine(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
