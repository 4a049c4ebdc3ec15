import { Anchors, anchorsOf, mergeAnchors, sharedWith } from './anchors';
import { BEAD_SHAPES, BeadSide, beadCost } from './beadCost';
import { LengthModel } from './lengthModel';
import { Segment } from './segment';

/**
 * A translator sometimes renders two sentences as one (the Opinions' provision 4: "…comprehensive
 * evaluation, etc., Under the precondition of protecting security, …" for two Chinese sentences).
 * The aligner then links the two to the one as a 1-2 bead. This cuts the single unit at the comma
 * where the two halves best match the two units of the other side, so each sentence links to its own
 * clause; the cut is kept only when it is likelier than the bead it replaces.
 */

// A clause that opens with a capital after a comma is a sentence the translator glued to the one
// before: evidence for a cut there, in nats (about a one-sigma length mismatch).
const GLUED_SENTENCE_BONUS = 1.5;
const ONE_TO_ONE = BEAD_SHAPES.find((shape) => shape.en === 1 && shape.zh === 1)?.cost ?? 0;
const COMMAS = { en: /,\s+/g, zh: /[，,]/g };

const ONE_TO_TWO = BEAD_SHAPES.find((shape) => shape.en === 1 && shape.zh === 2)?.cost ?? 0;

/**
 * Cuts `single` (one segment of `language`) so that its halves pair with `pair[0]` and `pair[1]`
 * of the other language; undefined when no cut is likelier than the bead as it is.
 */
export function splitSingle(single: Segment, language: 'en' | 'zh', pair: readonly [Segment, Segment], model: LengthModel): [Segment, Segment] | undefined {
  // As in the aligner, only anchors both sides hold count.
  const singleAnchors = anchorsOf(single.text);
  const pairAnchors = mergeAnchors(pair.map((segment) => anchorsOf(segment.text)));
  const side = (text: string, other: Anchors): BeadSide => ({ length: text.length, anchors: sharedWith(anchorsOf(text), other) });
  const others = pair.map((segment) => side(segment.text, singleAnchors));
  const whole = side(single.text, pairAnchors);
  const joined: BeadSide = { length: pair[1].end - pair[0].start, anchors: sharedWith(pairAnchors, singleAnchors) };
  const currentCost = language === 'en' ? beadCost(ONE_TO_TWO, whole, joined, model) : beadCost(ONE_TO_TWO, joined, whole, model);
  let best: { cost: number; halves: [Segment, Segment] } | undefined;
  for (const match of single.text.matchAll(COMMAS[language])) {
    const cut = (match.index ?? 0) + match[0].length;
    const first = trimmed(single, 0, cut);
    const second = trimmed(single, cut, single.text.length);
    if (!first || !second) {
      continue;
    }
    const [a, b] = [side(first.text, pairAnchors), side(second.text, pairAnchors)];
    const cost =
      (language === 'en' ? beadCost(ONE_TO_ONE, a, others[0], model) + beadCost(ONE_TO_ONE, b, others[1], model) : beadCost(ONE_TO_ONE, others[0], a, model) + beadCost(ONE_TO_ONE, others[1], b, model)) -
      (language === 'en' && /^\p{Lu}/u.test(second.text) ? GLUED_SENTENCE_BONUS : 0);
    if (cost < (best?.cost ?? currentCost)) {
      best = { cost, halves: [first, second] };
    }
  }
  return best?.halves;
}

/** The piece [from, to) of a segment, trimmed of whitespace, in the coordinates of its source. */
function trimmed(segment: Segment, from: number, to: number): Segment | undefined {
  const piece = segment.text.slice(from, to);
  const start = from + (piece.length - piece.trimStart().length);
  const end = to - (piece.length - piece.trimEnd().length);
  return start < end ? { start: segment.start + start, end: segment.start + end, text: segment.text.slice(start, end) } : undefined;
}
