import { tokenize } from './tokens';

/** A run of text that both versions share ('equal'), that the old one had ('delete') or the new one has ('insert'). */
export interface DiffSegment {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

/**
 * The change from `before` to `after` as a reader follows it: character by character in
 * Chinese, word by word in English (see `tokenize`), the fewest tokens changed (Myers), then
 * tidied so that a changed phrase reads as one deletion and one insertion instead of a
 * patchwork around the odd shared 的 or "the". Deletions come before insertions; joining the
 * 'equal' and 'delete' texts gives `before`, the 'equal' and 'insert' texts give `after`.
 */
export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) {
    return before === '' ? [] : [{ op: 'equal', text: before }];
  }
  const edits = myers(tokenize(before), tokenize(after));
  return merge(tidy(slideToBoundaries(merge(edits))).flatMap(spacesOutside));
}

/** How much of the two texts the segments change: 0 for none, 1 for all of both. */
export function changedShare(segments: readonly DiffSegment[]): number {
  let changed = 0;
  let total = 0;
  for (const segment of segments) {
    // Counted once in each text when equal, once in its own text when deleted or inserted.
    total += segment.op === 'equal' ? 2 * segment.text.length : segment.text.length;
    changed += segment.op === 'equal' ? 0 : segment.text.length;
  }
  return total === 0 ? 0 : changed / total;
}

/**
 * Myers' O(ND) shortest edit script over tokens (compared as interned numbers), after the
 * common head and tail are set aside: revisions leave most of a provision alone, so D is small.
 */
function myers(a: readonly string[], b: readonly string[]): DiffSegment[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    head++;
  }
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    tail++;
  }
  const ids = new Map<string, number>();
  const intern = (token: string): number => {
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    return id;
  };
  const x = Int32Array.from(a.slice(head, a.length - tail), intern);
  const y = Int32Array.from(b.slice(head, b.length - tail), intern);
  const middle = editScript(x, y).map(([op, from, to]): DiffSegment => {
    const source = op === 'insert' ? b : a;
    return { op, text: source.slice(head + from, head + to).join('') };
  });
  return [
    { op: 'equal', text: a.slice(0, head).join('') },
    ...middle,
    { op: 'equal', text: a.slice(a.length - tail).join('') },
  ];
}

type Step = readonly [op: DiffSegment['op'], from: number, to: number];

/**
 * Past this many edits the two stretches have little in common and a finer diff would only be
 * noise (and cost O(D²) memory): they are shown as one deletion and one insertion.
 */
const MAX_EDITS = 2000;

/** The edit script of x into y as runs of [op, from, to], indices into x (equal, delete) or y (insert). */
function editScript(x: Int32Array, y: Int32Array): Step[] {
  const n = x.length;
  const m = y.length;
  const limit = Math.min(n + m, MAX_EDITS);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  // trace[d] holds the frontier before round d, for diagonals -d..d (index k + d).
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= limit && found < 0; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let px = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let py = px - k;
      while (px < n && py < m && x[px] === y[py]) {
        px++;
        py++;
      }
      v[offset + k] = px;
      if (px >= n && py >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) {
    return [
      ['delete', 0, n],
      ['insert', 0, m],
    ];
  }
  // Walk back from (n, m) through the saved frontiers, collecting single steps in reverse.
  const steps: Step[] = [];
  let px = n;
  let py = m;
  for (let d = found; d > 0; d--) {
    const frontier = trace[d];
    const at = (k: number): number => frontier[k + d];
    const k = px - py;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const startX = at(previousK);
    const startY = startX - previousK;
    const snakeX = down ? startX : startX + 1;
    if (px > snakeX) {
      steps.push(['equal', snakeX, px]);
    }
    steps.push(down ? ['insert', startY, startY + 1] : ['delete', startX, startX + 1]);
    px = startX;
    py = startY;
  }
  if (px > 0) {
    steps.push(['equal', 0, px]);
  }
  return steps.reverse();
}

/** Adjacent segments of one kind joined; within each changed stretch, deletions before insertions; empty ones dropped. */
function merge(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) {
      out.push({ op: 'delete', text: deleted });
    }
    if (inserted) {
      out.push({ op: 'insert', text: inserted });
    }
    deleted = '';
    inserted = '';
  };
  for (const segment of segments) {
    if (segment.op === 'delete') {
      deleted += segment.text;
    } else if (segment.op === 'insert') {
      inserted += segment.text;
    } else if (segment.text) {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') {
        out[out.length - 1] = { op: 'equal', text: last.text + segment.text };
      } else {
        out.push(segment);
      }
    }
  }
  flush();
  return out;
}

/**
 * Folds a shared stretch into the changes on both sides when the words on both sides were
 * replaced and it is shorter than either replacement (after diff-match-patch's semantic
 * clean-up): a reader sees "将 X 改为 Y" rather than fragments of X and Y around a shared 的.
 * A space between two changes is folded too ("wild animals" inserted as one phrase). Other
 * text kept between two insertions, or two deletions, stays. Repeated until nothing folds.
 */
function tidy(segments: readonly DiffSegment[]): DiffSegment[] {
  let current = segments;
  for (;;) {
    const folded = foldOnce(current);
    if (folded === current) {
      return [...current];
    }
    current = merge(folded);
  }
}

/** After `merge`, a changed stretch is a deletion, an insertion, or a deletion then an insertion. */
function replacedLength(segments: readonly DiffSegment[], deletion: number, insertion: number): number {
  const removed = segments[deletion];
  const added = segments[insertion];
  return removed?.op === 'delete' && added?.op === 'insert' ? Math.min(removed.text.length, added.text.length) : 0;
}

function foldOnce(segments: readonly DiffSegment[]): readonly DiffSegment[] {
  const changed = (at: number): boolean => at >= 0 && at < segments.length && segments[at].op !== 'equal';
  for (let at = 1; at < segments.length - 1; at++) {
    const segment = segments[at];
    if (segment.op !== 'equal' || !changed(at - 1) || !changed(at + 1)) {
      continue;
    }
    const length = segment.text.length;
    const space = /^\s+$/u.test(segment.text);
    if (space || (length < replacedLength(segments, at - 2, at - 1) && length < replacedLength(segments, at + 1, at + 2))) {
      return [...segments.slice(0, at), { op: 'delete', text: segment.text }, { op: 'insert', text: segment.text }, ...segments.slice(at + 1)];
    }
  }
  return segments;
}

/**
 * A replacement whose two sides end (or start) with the same white space keeps that space
 * shared: "[-wildlife-]{+wild animals+} and", not "[-wildlife -]{+wild animals +}and".
 */
function spacesOutside(segment: DiffSegment, at: number, segments: readonly DiffSegment[]): DiffSegment[] {
  const next = segments[at + 1];
  if (segment.op !== 'delete' || next?.op !== 'insert') {
    return segment.op === 'insert' && segments[at - 1]?.op === 'delete' ? [] : [segment];
  }
  const lead = sharedSpace(segment.text, next.text, /^\s+/u);
  const trail = sharedSpace(segment.text.slice(lead.length), next.text.slice(lead.length), /\s+$/u);
  const inner = (text: string) => text.slice(lead.length, text.length - trail.length);
  return [
    { op: 'equal', text: lead },
    { op: 'delete', text: inner(segment.text) },
    { op: 'insert', text: inner(next.text) },
    { op: 'equal', text: trail },
  ];
}

function sharedSpace(a: string, b: string, space: RegExp): string {
  const left = space.exec(a)?.[0] ?? '';
  const right = space.exec(b)?.[0] ?? '';
  return left === right && left.length < a.length && right.length < b.length ? left : '';
}

/**
 * An insertion or deletion between two shared stretches can often slide: "活[力和动]力，" is the
 * same edit as "活力[和动力]，". Each is put where it reads best, next to white space or
 * punctuation (diff-match-patch's lossless clean-up), so that it also maps a quote's end well.
 */
function slideToBoundaries(merged: readonly DiffSegment[]): DiffSegment[] {
  const segments = [...merged];
  for (let at = 1; at < segments.length - 1; at++) {
    const [before, segment, after] = [segments[at - 1], segments[at], segments[at + 1]];
    if (segment.op === 'equal' || before.op !== 'equal' || after.op !== 'equal') {
      continue;
    }
    // Slide left as far as it goes, then try every place to the right.
    let left = before.text;
    let edit = segment.text;
    let right = after.text;
    while (left !== '' && left[left.length - 1] === edit[edit.length - 1]) {
      right = edit[edit.length - 1] + right;
      edit = edit[edit.length - 1] + edit.slice(0, -1);
      left = left.slice(0, -1);
    }
    let best = { left, edit, right, score: boundaryScore(left, edit, right) };
    while (right !== '' && edit[0] === right[0]) {
      left += edit[0];
      edit = edit.slice(1) + right[0];
      right = right.slice(1);
      const score = boundaryScore(left, edit, right);
      if (score > best.score) {
        best = { left, edit, right, score };
      }
    }
    segments[at - 1] = { op: 'equal', text: best.left };
    segments[at] = { op: segment.op, text: best.edit };
    segments[at + 1] = { op: 'equal', text: best.right };
  }
  return segments;
}

/** Both edges of the edit, and, between equals, an edit that starts with a word ("[strictly ]", "[缩小…,]"). */
function boundaryScore(left: string, edit: string, right: string): number {
  const startsWithWord = /^[^\s\p{P}\p{S}]/u.test(edit) ? 0.5 : 0;
  return edgeScore(left[left.length - 1], edit[0]) + edgeScore(edit[edit.length - 1], right[0]) + startsWithWord;
}

/** 2 beside white space or the end of the text, 1 beside punctuation, 0 inside a run of words. */
function edgeScore(before: string | undefined, after: string | undefined): number {
  if (before === undefined || after === undefined || /\s/u.test(before) || /\s/u.test(after)) {
    return 2;
  }
  return /[\p{P}\p{S}]/u.test(before) || /[\p{P}\p{S}]/u.test(after) ? 1 : 0;
}
