import { Codebook } from './annotation';

/**
 * Colours for new tags: Tableau 10, chosen to be told apart by most readers, colour-blind ones
 * included, on light and dark backgrounds alike.
 */
export const TAG_PALETTE: readonly string[] = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/** The first palette colour no tag uses yet; once all are used, they repeat in order. */
export function nextTagColor(codebook: Codebook): string {
  const used = new Set(codebook.tags.map((tag) => tag.color.toLowerCase()));
  return TAG_PALETTE.find((color) => !used.has(color)) ?? TAG_PALETTE[codebook.tags.length % TAG_PALETTE.length];
}
