import { StoredTexts } from './textColumn';

/**
 * The search index's file as a run of sections, each a tag, a length and its bytes, padded to four
 * bytes so that a section of 32-bit numbers is read in place as an `Int32Array`: the lists of a
 * corpus are tens of megabytes, which JSON would take seconds to write and read. Typed arrays keep
 * the machine's byte order; the file says which it was written in (`ORDER_MARK`).
 */

const Tag = { Json: 1, Int32: 2, Uint8: 3, Text: 4, Float64: 5 } as const;
type Tag = (typeof Tag)[keyof typeof Tag];

const HEADER_BYTES = 8;
/** The first 32-bit number of the file, read back as written only in the same byte order. */
export const ORDER_MARK = 0x01020304;

/** What reading found that a file of this layout cannot hold: the file is not used. */
export class MalformedSections extends Error {}

export class SectionWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  json(value: unknown): void {
    this.section(Tag.Json, new TextEncoder().encode(JSON.stringify(value)));
  }

  int32(array: Int32Array): void {
    this.section(Tag.Int32, new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }

  uint8(array: Uint8Array): void {
    this.section(Tag.Uint8, array);
  }

  float64(array: Float64Array): void {
    this.section(Tag.Float64, new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }

  texts(texts: StoredTexts): void {
    this.int32(texts.lengths);
    this.section(Tag.Text, texts.units);
  }

  bytes(): Uint8Array {
    const bytes = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }

  private section(tag: Tag, payload: Uint8Array): void {
    const header = new Uint8Array(HEADER_BYTES);
    const view = new DataView(header.buffer);
    view.setUint32(0, tag, true);
    view.setUint32(4, payload.length, true);
    const padding = new Uint8Array((4 - (payload.length % 4)) % 4);
    this.chunks.push(header, payload, padding);
    this.length += header.length + payload.length + padding.length;
  }
}

export class SectionReader {
  private readonly bytes: Uint8Array;
  private at = 0;

  constructor(bytes: Uint8Array) {
    // Typed arrays are read in place, which needs the buffer aligned as they are. A plain view
    // either way: a Node Buffer's slice() shares its memory where a Uint8Array's copies.
    this.bytes = bytes.byteOffset % 4 === 0 ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) : new Uint8Array(bytes);
  }

  /** Whether every section was read: bytes left over are not of this layout. */
  get done(): boolean {
    return this.at === this.bytes.length;
  }

  json(): unknown {
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(this.section(Tag.Json)));
    } catch {
      throw new MalformedSections('a header that is not JSON');
    }
  }

  int32(): Int32Array {
    const payload = this.section(Tag.Int32);
    if (payload.length % 4 !== 0) {
      throw new MalformedSections('32-bit numbers of an odd length');
    }
    return new Int32Array(payload.buffer, payload.byteOffset, payload.length / 4);
  }

  uint8(): Uint8Array {
    return this.section(Tag.Uint8);
  }

  /** Copied out of the file: its sections are aligned to four bytes, not eight. */
  float64(): Float64Array {
    const payload = this.section(Tag.Float64);
    if (payload.length % 8 !== 0) {
      throw new MalformedSections('64-bit numbers of an odd length');
    }
    return new Float64Array(new Uint8Array(payload).buffer);
  }

  texts(): StoredTexts {
    const lengths = this.int32();
    return { lengths, units: this.section(Tag.Text) };
  }

  private section(tag: Tag): Uint8Array {
    if (this.at + HEADER_BYTES > this.bytes.length) {
      throw new MalformedSections('the file ends early');
    }
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.at, HEADER_BYTES);
    const length = view.getUint32(4, true);
    const start = this.at + HEADER_BYTES;
    if (view.getUint32(0, true) !== tag || start + length > this.bytes.length) {
      throw new MalformedSections('a section of another kind, or cut short');
    }
    this.at = start + length + ((4 - (length % 4)) % 4);
    return this.bytes.subarray(start, start + length);
  }
}
