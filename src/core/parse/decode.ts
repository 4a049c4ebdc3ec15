/**
 * Turns the bytes of a source file into text. Chinese documents arrive as UTF-8 (with or without a
 * byte order mark) or in the national encodings GB18030 / GBK / GB2312 (GBK and GB2312 are subsets
 * of GB18030, so one decoder reads all three); UTF-16 files carry a byte order mark.
 */

/** The bytes are in no encoding this reader knows; the message says which were tried. */
export class EncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncodingError';
  }
}

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: SourceEncoding;
}

const CJK = /[\u3400-\u9fff]/g;

export function decodeSource(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: strictDecode('utf-8', bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the national encoding is the only other one Chinese texts are commonly saved in.
  }
  let text: string;
  try {
    text = strictDecode('gb18030', bytes);
  } catch {
    throw new EncodingError('the file is neither UTF-8 nor GB18030/GBK; save it as UTF-8 and add it again');
  }
  // Any byte string with the high bit set decodes as *something* in GB18030; real Chinese text is
  // mostly common ideographs, whereas Latin-1 or Big5 read as GB18030 is mostly rare symbols.
  const nonAscii = [...text].filter((character) => character.charCodeAt(0) > 0x7f).length;
  const ideographs = (text.match(CJK) ?? []).length;
  if (nonAscii > 0 && ideographs / nonAscii < 0.5) {
    throw new EncodingError('the file is not UTF-8, and read as GB18030/GBK it is not Chinese text; save it as UTF-8 and add it again');
  }
  return { text, encoding: 'gb18030' };
}

function strictDecode(encoding: SourceEncoding, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: true }).decode(bytes);
}
