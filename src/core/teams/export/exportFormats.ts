import { csvChunks } from './csvExport';
import { ExportInput } from './exportInput';
import { jsonLdChunks } from './jsonLdExport';
import { markdownExport } from './markdownExport';
import { qdcExport } from './qdcExport';

export interface ExportFormatInfo {
  /** The file extension, without its dot. */
  readonly extension: string;
  readonly description: string;
}

export const EXPORT_FORMATS = {
  markdown: { extension: 'md', description: 'a report by part, provision and tag, with the quotes in English and Chinese' },
  csv: { extension: 'csv', description: 'one row per annotation (RFC 4180), for spreadsheets and statistics' },
  jsonld: { extension: 'jsonld', description: 'W3C Web Annotations (JSON-LD), with quote and position selectors' },
  qdc: { extension: 'qdc', description: 'the codebook as a REFI-QDA codebook, for ATLAS.ti, MAXQDA, NVivo, QualCoder…' },
} as const satisfies Readonly<Record<string, ExportFormatInfo>>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, name);
}

/** The text of the export, or why it cannot be made. */
export function exportNotes(format: ExportFormat, input: ExportInput): string | { readonly error: string } {
  const chunks = exportChunks(format, input);
  return 'error' in chunks ? chunks : [...chunks].join('');
}

/**
 * The text of the export in pieces, to be written as it is made (a team's JSON-LD is 200 MiB), or
 * why it cannot be made. JSON-LD and CSV come an annotation at a time; the Markdown report (which
 * groups by tag) and the codebook come whole.
 */
export function exportChunks(format: ExportFormat, input: ExportInput): Iterable<string> | { readonly error: string } {
  switch (format) {
    case 'markdown':
      return [markdownExport(input)];
    case 'csv':
      return csvChunks(input);
    case 'jsonld':
      return jsonLdChunks(input);
    case 'qdc': {
      const codebook = qdcExport(input.codebook);
      return typeof codebook === 'string' ? [codebook] : codebook;
    }
  }
}
