import { Anchors, compareAnchors } from './anchors';
import { LengthModel, lengthCost } from './lengthModel';

/** How many English and Chinese segments a bead may take. */
export interface BeadShape {
  readonly en: number;
  readonly zh: number;
}

/**
 * The shapes the aligner tries, with their prior probabilities. Gale & Church's figures (1-1 0.89,
 * 1-2/2-1 0.089, 2-2 0.011, 1-0/0-1 0.0099) are kept except for 2-2, lowered to 0.001: both
 * languages are cut at the same marks here, so two neighbouring 1-1 pairs whose length errors
 * cancel out (provision 7, around IPv6) are far likelier than a true 2-2, and the corpus has none.
 * The corpus needs no 1-3 or 3-1 either.
 */
const SHAPE_PRIORS: readonly (BeadShape & { readonly prior: number })[] = [
  { en: 1, zh: 1, prior: 0.9 },
  { en: 1, zh: 2, prior: 0.0445 },
  { en: 2, zh: 1, prior: 0.0445 },
  { en: 2, zh: 2, prior: 0.001 },
  { en: 1, zh: 0, prior: 0.005 },
  { en: 0, zh: 1, prior: 0.005 },
];

export const BEAD_SHAPES: readonly (BeadShape & { readonly cost: number })[] = SHAPE_PRIORS.map((shape) => ({
  en: shape.en,
  zh: shape.zh,
  cost: -Math.log(shape.prior),
}));

/**
 * In nats, like the other costs. A shared anchor is strong evidence (about as strong as a length
 * mismatch of two standard deviations, which costs 3.1); an anchor whose partner sits in another
 * bead is stronger evidence against.
 */
const MATCHED_ANCHOR_BONUS = 3;
const UNMATCHED_ANCHOR_PENALTY = 4;

/** What one side of a candidate bead brings: its length in characters and its anchors. */
export interface BeadSide {
  readonly length: number;
  readonly anchors: Anchors;
}

/** −ln of how likely the two sides are to translate each other, given the bead's shape cost. */
export function beadCost(shapeCost: number, en: BeadSide, zh: BeadSide, model: LengthModel): number {
  const { matched, unmatched } = compareAnchors(en.anchors, zh.anchors);
  return (
    shapeCost +
    lengthCost(en.length, zh.length, model) -
    MATCHED_ANCHOR_BONUS * matched +
    UNMATCHED_ANCHOR_PENALTY * unmatched
  );
}
