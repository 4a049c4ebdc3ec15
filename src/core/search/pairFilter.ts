// Bits per code the text holds: with two bits set per code, a code the text lacks still finds both
// of its bits set about 5% of the time, and a query of several codes almost never.
const BITS_PER_CODE = 8;
const MIN_BITS = 1024;
const MAX_BITS = 2 ** 21;

/**
 * The characters and adjacent character pairs a text holds, in a Bloom filter: a document that
 * lacks one of a query's characters or pairs cannot hold the query, so most documents of a corpus
 * are ruled out before their text is scanned. It answers "maybe" for some codes the text lacks
 * (that document is scanned for nothing) and never "no" for one it holds. A few kilobytes per
 * document, built in one pass: a posting per pair and passage would cost a hundred times more.
 */
export class PairFilter {
  private readonly bits: Uint32Array;
  private readonly shift: number;

  constructor(text: string) {
    const wanted = Math.min(MAX_BITS, Math.max(MIN_BITS, text.length * 2 * BITS_PER_CODE));
    const log2 = Math.ceil(Math.log2(wanted));
    this.bits = new Uint32Array(2 ** log2 / 32);
    this.shift = 32 - log2;
    // Inlined rather than through forEachCode: this runs once per character of the corpus.
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      this.add(unit);
      if (index + 1 < text.length) {
        this.add(unit * 0x10000 + text.charCodeAt(index + 1));
      }
    }
  }

  /** False when `text` cannot be in the filtered text; true when it may be. */
  mayHold(text: string): boolean {
    let may = true;
    forEachCode(text, (code) => {
      may &&= this.isSet(firstHash(code) >>> this.shift) && this.isSet(secondHash(code) >>> this.shift);
    });
    return may;
  }

  private add(code: number): void {
    const first = firstHash(code) >>> this.shift;
    const second = secondHash(code) >>> this.shift;
    this.bits[first >>> 5] |= 1 << (first & 31);
    this.bits[second >>> 5] |= 1 << (second & 31);
  }

  private isSet(bit: number): boolean {
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/** Each UTF-16 unit, and each pair of adjacent units above them, as one number (the text and a query are cut alike). */
function forEachCode(text: string, each: (code: number) => void): void {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    each(unit);
    if (index + 1 < text.length) {
      each(unit * 0x10000 + text.charCodeAt(index + 1));
    }
  }
}

// Multiplicative hashes (Knuth's golden ratio and MurmurHash3's constants): the top bits are well mixed.
function firstHash(code: number): number {
  return Math.imul(code ^ (code >>> 16), 0x9e3779b1);
}

function secondHash(code: number): number {
  return Math.imul(code ^ (code >>> 13), 0x85ebca77);
}
