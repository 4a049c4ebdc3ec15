/** Strings as a file keeps them: each one's length, and all of them one after another in UTF-16 (little-endian). */
export interface StoredTexts {
  readonly lengths: Int32Array;
  readonly units: Uint8Array;
}

/**
 * Strings by id, as the index keeps its sentences: appended one by one as documents are indexed,
 * or read from the index file as one text, decoded the first time one of them is asked for. A
 * corpus's sentences are millions of characters: decoding them, or making a string of each, would
 * cost the first search of a window more than reading the rest of the index.
 */
export class TextColumn {
  private readonly added: string[] = [];
  /** The stored text's offsets, one more than its strings; empty when nothing was read. */
  private starts = new Int32Array(1);
  private units: Uint8Array = new Uint8Array(0);
  private whole: string | undefined;

  /** The column a file kept, or undefined when its lengths do not add up to its text. */
  static restore(stored: StoredTexts): TextColumn | undefined {
    const starts = new Int32Array(stored.lengths.length + 1);
    for (let at = 0; at < stored.lengths.length; at++) {
      if (stored.lengths[at] < 0) {
        return undefined;
      }
      starts[at + 1] = starts[at] + stored.lengths[at];
    }
    if (2 * starts[stored.lengths.length] !== stored.units.length) {
      return undefined;
    }
    const column = new TextColumn();
    column.starts = starts;
    column.units = stored.units;
    return column;
  }

  get length(): number {
    return this.starts.length - 1 + this.added.length;
  }

  push(text: string): void {
    this.added.push(text);
  }

  at(id: number): string {
    const stored = this.starts.length - 1;
    if (id >= stored) {
      return this.added[id - stored];
    }
    this.whole ??= new TextDecoder('utf-16le').decode(this.units);
    return this.whole.slice(this.starts[id], this.starts[id + 1]);
  }

  /** Lets go of a string no longer asked for (one read from the file stays in the text). */
  clear(id: number): void {
    const stored = this.starts.length - 1;
    if (id >= stored) {
      this.added[id - stored] = '';
    }
  }

  /** The strings for a file, those `kept` says not to keep as empty strings. */
  stored(kept: (id: number) => boolean): StoredTexts {
    return encodeTexts(Array.from({ length: this.length }, (_, id) => (kept(id) ? this.at(id) : '')));
  }
}

export function encodeTexts(strings: readonly string[]): StoredTexts {
  const text = strings.join('');
  const units = new Uint8Array(2 * text.length);
  const view = new DataView(units.buffer);
  for (let at = 0; at < text.length; at++) {
    view.setUint16(2 * at, text.charCodeAt(at), true);
  }
  return { lengths: Int32Array.from(strings, (string) => string.length), units };
}

/** The strings stored, or undefined when their lengths do not add up to their text. */
export function decodeTexts(stored: StoredTexts): string[] | undefined {
  const column = TextColumn.restore(stored);
  return column && Array.from({ length: column.length }, (_, id) => column.at(id));
}
