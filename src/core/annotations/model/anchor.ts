import { Language } from '../../model';
import { SpanTarget } from './annotation';
import { fuzzyFind } from '../../lib/fuzzyFind';

/** Characters of context kept on each side of a span: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

/** A quarter of the quote may have changed and it is still "the same words". */
const FUZZY_TOLERANCE = 0.25;

export type AnchorStatus =
  /** The quote is where the hint says. */
  | 'anchored'
  /** The quote is intact but elsewhere in the text. */
  | 'moved'
  /** The quote was edited slightly; start/end are the closest match. */
  | 'fuzzy'
  /** The quote is gone; start/end are the old hint, clamped to the text. Kept and reported, never dropped. */
  | 'orphaned';

export interface Anchor {
  readonly status: AnchorStatus;
  readonly start: number;
  readonly end: number;
}

/** The target of the text between `start` and `end`, with its context. */
export function createSpan(text: string, language: Language, start: number, end: number): SpanTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new RangeError(`a span needs 0 ≤ start < end ≤ ${text.length}, not ${start}–${end}`);
  }
  return {
    language,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

/**
 * Finds the span in the provision's current text. The cheap checks come first (the hint, then
 * indexOf), so re-anchoring unchanged texts is linear; only a miss pays for approximate matching.
 */
export function reanchor(span: SpanTarget, text: string): Anchor {
  if (span.start >= 0 && text.startsWith(span.exact, span.start)) {
    return { status: 'anchored', start: span.start, end: span.start + span.exact.length };
  }
  const occurrences: number[] = [];
  for (let at = text.indexOf(span.exact); at >= 0; at = text.indexOf(span.exact, at + 1)) {
    occurrences.push(at);
  }
  if (occurrences.length > 0) {
    const found = best(occurrences.map((at) => ({ start: at, end: at + span.exact.length })), span, text);
    return { status: 'moved', start: found.start, end: found.end };
  }
  const maxDistance = Math.floor(span.exact.length * FUZZY_TOLERANCE);
  const matches = maxDistance > 0 ? fuzzyFind(span.exact, text, maxDistance) : [];
  if (matches.length > 0) {
    const match = best(matches, span, text);
    return { status: 'fuzzy', start: match.start, end: match.end };
  }
  const start = Math.min(Math.max(span.start, 0), text.length);
  return { status: 'orphaned', start, end: Math.min(Math.max(span.end, start), text.length) };
}

interface Place {
  readonly start: number;
  readonly end: number;
}

/** The candidate whose surroundings look most like the recorded context, then the one nearest the hint. */
function best<T extends Place>(candidates: readonly T[], span: SpanTarget, text: string): T {
  let winner = candidates[0];
  let winnerScore = -1;
  let winnerDistance = Infinity;
  for (const candidate of candidates) {
    const score = contextScore(span, text, candidate);
    const distance = Math.abs(candidate.start - span.start);
    if (score > winnerScore || (score === winnerScore && distance < winnerDistance)) {
      winner = candidate;
      winnerScore = score;
      winnerDistance = distance;
    }
  }
  return winner;
}

/** How many characters of the recorded prefix and suffix still surround the candidate. */
function contextScore(span: SpanTarget, text: string, place: Place): number {
  let before = 0;
  while (
    before < span.prefix.length &&
    before < place.start &&
    span.prefix[span.prefix.length - 1 - before] === text[place.start - 1 - before]
  ) {
    before++;
  }
  let after = 0;
  while (after < span.suffix.length && place.end + after < text.length && span.suffix[after] === text[place.end + after]) {
    after++;
  }
  return before + after;
}
