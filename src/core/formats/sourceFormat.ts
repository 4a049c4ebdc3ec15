/**
 * What kind of file a source is, by its content where that is certain (a PDF starts with %PDF, a
 * .docx is a zip) and by its name otherwise. Formats Policy Annotator cannot read are named, so
 * that a refusal says what to save the file as.
 */

export type SourceFormat = 'text' | 'docx' | 'pdf' | 'html';

/** A format researchers have that is not read: the refusal's advice. */
export interface UnreadableFormat {
  readonly unreadable: string;
}

const TEXT = /\.(?:txt|text|md|markdown)$/i;
const HTML = /\.(?:html?|xhtml|mht)$/i;
const OLD_WORD = /\.(?:doc|wps|rtf|odt|pages)$/i;
const OTHER = /\.(?:xlsx?|csv|pptx?|png|jpe?g|tiff?|gif|bmp|zip|rar|7z|caj|ofd|epub)$/i;

export function sourceFormatOf(name: string, bytes: Uint8Array): SourceFormat | UnreadableFormat {
  if (startsWith(bytes, '%PDF-')) {
    return 'pdf';
  }
  if (/\.docx$/i.test(name)) {
    return startsWith(bytes, 'PK') ? 'docx' : { unreadable: 'it is named .docx but is not a Word document' };
  }
  if (HTML.test(name)) {
    return 'html';
  }
  if (OLD_WORD.test(name)) {
    return { unreadable: 'this word-processor format is not read: save it as .docx (or as text) and add it again' };
  }
  if (/\.pdf$/i.test(name)) {
    return { unreadable: 'it is named .pdf but is not a PDF' };
  }
  if (OTHER.test(name)) {
    return notRead(name);
  }
  if (TEXT.test(name) || !/\.[^.]+$/.test(name)) {
    return looksLikeHtml(bytes) ? 'html' : 'text';
  }
  return notRead(name);
}

function notRead(name: string): UnreadableFormat {
  return { unreadable: `${name.replace(/^.*\./, '.')} files are not read: add the document as .docx, .pdf with text, .html, .txt or .md` };
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  return [...prefix].every((character, index) => bytes[index] === character.charCodeAt(0));
}

/** A page saved without its extension: its first non-blank characters open an HTML document. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 256)).replace(/^\ufeff?\s*/, '').toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
