// A passage shorter than this is a common phrase (应当依法), not borrowed wording.
const MIN_PASSAGE = 8;
const GRAM = 4;

/**
 * The passages of `other` that `text` also has, in order, each as long as it runs: the positions
 * of `other` covered by a four-character sequence `text` holds, merged into runs.
 */
export function sharedPassages(text: string, other: string): string[] {
  const grams = new Set<string>();
  for (let at = 0; at + GRAM <= text.length; at++) {
    grams.add(text.slice(at, at + GRAM));
  }
  const passages: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  const close = () => {
    if (runStart >= 0 && runEnd - runStart >= MIN_PASSAGE) {
      passages.push(other.slice(runStart, runEnd));
    }
  };
  for (let at = 0; at + GRAM <= other.length; at++) {
    if (!grams.has(other.slice(at, at + GRAM))) {
      continue;
    }
    if (at > runEnd) {
      close();
      runStart = at;
    }
    runEnd = at + GRAM;
  }
  close();
  return passages;
}
