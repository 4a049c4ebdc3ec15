import { FormatReaders } from '../core/formats/formatReaders';

/**
 * The Node readers of Word and PDF files: mammoth (the text of a .docx's paragraphs) and unpdf (the
 * serverless build of pdf.js, no worker, no native code). Loaded on first use: the extension and
 * the command line start without them.
 */
export const NODE_FORMAT_READERS: FormatReaders = {
  docxText: async (bytes) => {
    const mammoth = await import('mammoth');
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  },
  pdfPages: async (bytes) => {
    const { extractTextItems, getDocumentProxy } = await import('unpdf');
    // pdf.js takes the bytes over (it detaches the buffer): give it a copy, the original is kept as it is.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    try {
      const { items } = await extractTextItems(pdf);
      return items.map((page) => ({ items: page.map((item) => ({ text: item.str, x: item.x, y: item.y, width: item.width, height: item.fontSize || item.height })) }));
    } finally {
      await pdf.destroy();
    }
  },
};
