import { EncodingError, decodeSource } from '../parse/decode';
import { normaliseCompatibilityForms } from './compatibilityForms';
import { FormatReaders } from './formatReaders';
import { htmlText } from './htmlText';
import { pdfText } from './pdfText';
import { SourceFormat, sourceFormatOf } from './sourceFormat';

/**
 * The text of a source file in any format researchers have, as the parser reads it: a text or
 * Markdown file is its own text (decoded when it is read); a Word document, a PDF with a text
 * layer and a web page give their text put back together as a person reads it, with look-alike
 * characters replaced (compatibilityForms.ts). What cannot be read throws an UnreadableSource
 * saying why and what to do.
 */

export class UnreadableSource extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableSource';
  }
}

export interface ExtractedText {
  readonly format: SourceFormat;
  /** Undefined for a text file, which the parser reads as it is (in its own encoding). */
  readonly text?: string;
}

// Fewer characters than this per page is a scan: at most a stamp or a page number is text.
const SCANNED_CHARACTERS_PER_PAGE = 20;

export async function extractText(name: string, bytes: Uint8Array, readers: FormatReaders): Promise<ExtractedText> {
  const format = sourceFormatOf(name, bytes);
  if (typeof format !== 'string') {
    throw new UnreadableSource(format.unreadable);
  }
  switch (format) {
    case 'text':
      return { format };
    case 'html':
      return { format, text: normaliseCompatibilityForms(htmlText(decoded(bytes))) };
    case 'docx': {
      const read = readerOf(readers.docxText, 'Word documents');
      const paragraphs = (await failing(() => read(bytes), 'the Word document cannot be opened')).split(/\n\s*\n/);
      return { format, text: normaliseCompatibilityForms(`${paragraphs.map((paragraph) => paragraph.trim()).filter(Boolean).join('\n')}\n`) };
    }
    case 'pdf': {
      const read = readerOf(readers.pdfPages, 'PDFs');
      const pages = await failing(() => read(bytes), 'the PDF cannot be opened (damaged, or protected by a password)');
      const text = normaliseCompatibilityForms(pdfText(pages));
      if (text.replace(/\s/g, '').length < SCANNED_CHARACTERS_PER_PAGE * Math.max(1, pages.length) / 2) {
        throw new UnreadableSource('this PDF has no text layer (it is a scan or images of pages): run text recognition (OCR) on it, or add its text as .txt');
      }
      return { format, text };
    }
  }
}

function readerOf<T>(reader: T | undefined, what: string): T {
  if (reader === undefined) {
    throw new UnreadableSource(`${what} are read by Policy Annotator in desktop VS Code and on the command line, not in the browser: add it there, or add its text as .txt`);
  }
  return reader;
}

async function failing<T>(read: () => Promise<T>, message: string): Promise<T> {
  try {
    return await read();
  } catch {
    throw new UnreadableSource(message);
  }
}

function decoded(bytes: Uint8Array): string {
  try {
    return decodeSource(bytes).text;
  } catch (thrown) {
    if (thrown instanceof EncodingError) {
      throw new UnreadableSource(thrown.message);
    }
    throw thrown;
  }
}
