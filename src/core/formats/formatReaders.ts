/**
 * The readers of binary formats, which need libraries that run in Node (mammoth for Word,
 * pdf.js for PDF): the desktop extension host and the command line pass them in (see
 * src/platform/nodeFormatReaders.ts); where one is absent (the web worker) a file of that format is
 * refused with a message saying where it can be added. What they return is put together as a
 * person reads it here in the core.
 */

/** A run of text on a PDF page, where it is drawn: x and y of its baseline's start (y grows upwards), in points. */
export interface PdfTextItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The font's size, which tells a line's height and an indentation. */
  readonly height: number;
}

export interface PdfPage {
  readonly items: readonly PdfTextItem[];
}

export interface FormatReaders {
  /** A Word (.docx) document's text, its paragraphs separated by blank lines. */
  readonly docxText?: (bytes: Uint8Array) => Promise<string>;
  /** The text runs of each page of a PDF, in the order pdf.js gives them. */
  readonly pdfPages?: (bytes: Uint8Array) => Promise<readonly PdfPage[]>;
}
