import { FormatReaders } from '../formats/formatReaders';
import { UnreadableSource, extractText } from '../formats/extractText';
import { AddDocumentError, SourceFile } from './addDocument';

/** A file to add, as the parser reads it (`chinese`) and, when that is extracted text, as it was given (`original`). */
export interface SourceTexts {
  readonly chinese: SourceFile;
  readonly original?: SourceFile;
}

/**
 * The text of a file in any format (see extractText): a text file is its own text; from a Word
 * document, a PDF or a web page the text is extracted into `<name>.txt` (UTF-8), which is what the
 * parser reads and the user may correct, the file itself kept beside it. What cannot be read is
 * refused as an AddDocumentError naming the file.
 */
export async function sourceTexts(file: SourceFile, readers: FormatReaders): Promise<SourceTexts> {
  let extracted: string | undefined;
  try {
    extracted = (await extractText(file.name, file.bytes, readers)).text;
  } catch (thrown) {
    if (thrown instanceof UnreadableSource) {
      throw new AddDocumentError(thrown.message, file.name);
    }
    throw thrown;
  }
  if (extracted === undefined) {
    return { chinese: file };
  }
  const stem = file.name.replace(/\.[^.]*$/, '') || file.name;
  const name = `${stem}.txt` === file.name ? `${stem}.extracted.txt` : `${stem}.txt`;
  return { chinese: { name, bytes: new TextEncoder().encode(extracted) }, original: file };
}
