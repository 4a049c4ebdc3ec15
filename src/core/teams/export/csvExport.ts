import { ExportInput, currentAnchor } from './exportInput';

const HEADER = ['id', 'document', 'part', 'provision', 'author', 'tags', 'language', 'start', 'end', 'anchor', 'quote', 'note', 'created', 'updated'];

/**
 * One row per annotation under a header row, as RFC 4180 has it: CRLF between records, fields
 * with a comma, quote or line break in double quotes with quotes doubled, formulas neutralised (see csvField). Plain UTF-8 without a
 * byte order mark. Tags are joined with ";". For a span, start and end are where its quote is in
 * the provision's current text (UTF-16 code units, as JavaScript and VS Code count) and anchor
 * says how sure that is: anchored, moved, fuzzy (the words changed) or orphaned (gone; the old place).
 */
export function csvExport(input: ExportInput): string {
  return [...csvChunks(input)].join('');
}

/** The text of csvExport in pieces, a record at a time, to be written as it is made. */
export function* csvChunks(input: ExportInput): Generator<string> {
  yield csvRecord(HEADER);
  for (const annotation of input.annotations) {
    const anchor = currentAnchor(input.library, annotation);
    const part = input.library.provision(annotation.document, annotation.provision)?.part;
    yield csvRecord([
      annotation.id,
      annotation.document,
      part === undefined ? '' : String(part),
      String(annotation.provision),
      annotation.author,
      annotation.tags.join(';'),
      annotation.span?.language ?? '',
      anchor ? String(anchor.start) : '',
      anchor ? String(anchor.end) : '',
      anchor?.status ?? '',
      annotation.span?.exact ?? '',
      annotation.note ?? '',
      annotation.created,
      annotation.updated,
    ]);
  }
}

function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * A field as RFC 4180 quotes it. A field that a spreadsheet would run as a formula (starting with
 * =, +, -, @, a tab or a carriage return: a note "=HYPERLINK(…)") gets a leading apostrophe, as
 * OWASP advises against CSV injection; spreadsheets show the text and hide the apostrophe. So does
 * one whose formula sign comes after spaces (which spreadsheets skip) or is full-width (＝＋－＠,
 * which a Chinese input method types and some spreadsheets take as the sign).
 */
const FORMULA = /^(?:[\t\r]|[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

export function csvField(value: string): string {
  const inert = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}
