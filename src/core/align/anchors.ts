/**
 * Anchors: things a translation carries over unchanged, so that the English holding one belongs
 * with the Chinese holding the same one. Counted as multisets keyed by a normalised form.
 */
export type Anchors = ReadonlyMap<string, number>;

// Latin tokens written in the Chinese too: 4G, 5G, IPv6, acronyms. A token counts when it holds a
// digit or at least two capitals, so ordinary English words are never anchors.
const LATIN_TOKEN = /[A-Za-z0-9]*(?:\d|[A-Z][a-z0-9]*[A-Z])[A-Za-z0-9]*/g;
// Digits count on their own as well: the translation writes "(5)" where the Chinese has "(5G)".
// Ordinals ("18th", "5th-generation") are left out: the Chinese spells those in characters.
const NUMBER = /\d+(?!st|nd|rd|th|\d)/g;
// Quoted terms (“伪基站” ↔ “fake base stations”, “互联网+” ↔ “Internet Plus”) match by their
// presence, not their words. Counting the larger of the opening and closing marks survives the
// translation's unbalanced quotes (provision 2: …the Four Comprehensives”).
const QUOTE_KEY = '“”';

export function anchorsOf(text: string): Anchors {
  const anchors = new Map<string, number>();
  for (const token of text.match(LATIN_TOKEN) ?? []) {
    add(anchors, token.toLowerCase(), 1);
  }
  for (const number of text.match(NUMBER) ?? []) {
    add(anchors, `#${number}`, 1);
  }
  const quotes = Math.max(count(text, '“'), count(text, '”'));
  add(anchors, QUOTE_KEY, quotes);
  return anchors;
}

/** The anchors of several segments taken together. */
export function mergeAnchors(parts: readonly Anchors[]): Anchors {
  const merged = new Map<string, number>();
  for (const part of parts) {
    for (const [key, times] of part) {
      add(merged, key, times);
    }
  }
  return merged;
}

/** Keeps only the anchors `other` has somewhere: the rest can never match and would only add noise. */
export function sharedWith(anchors: Anchors, other: Anchors): Anchors {
  return new Map([...anchors].filter(([key]) => other.has(key)));
}

/** How many anchors the two sides share, and how many stand on one side only. */
export function compareAnchors(en: Anchors, zh: Anchors): { matched: number; unmatched: number } {
  let matched = 0;
  let unmatched = 0;
  // Most segments hold no anchor at all; spare the dynamic programme the set building.
  if (en.size === 0 || zh.size === 0) {
    return { matched, unmatched: total(en) + total(zh) };
  }
  for (const key of new Set([...en.keys(), ...zh.keys()])) {
    const a = en.get(key) ?? 0;
    const b = zh.get(key) ?? 0;
    matched += Math.min(a, b);
    unmatched += Math.abs(a - b);
  }
  return { matched, unmatched };
}

function add(anchors: Map<string, number>, key: string, times: number): void {
  if (times > 0) {
    anchors.set(key, (anchors.get(key) ?? 0) + times);
  }
}

function total(anchors: Anchors): number {
  let sum = 0;
  for (const times of anchors.values()) {
    sum += times;
  }
  return sum;
}

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}
