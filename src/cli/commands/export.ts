import { localized } from '../../core/l10n/localized';
import { EXPORT_FORMATS, exportChunks, isExportFormat } from '../../core/teams/export/exportFormats';
import { Command } from '../command';
import { writeOutputFile } from '../outputFile';
import { UsageError } from '../usageError';
import { DEFAULT_NOTES_FOLDER, filesWithErrors, openNotes } from './notesFolder';

const FORMATS = Object.entries(EXPORT_FORMATS)
  .map(([name, format]) => `${name} (${format.description})`)
  .join('; ');

export const exportCommand: Command = {
  name: 'export',
  summary: `the team's annotations as Markdown, CSV, Web Annotations or a REFI-QDA codebook (default folder ${DEFAULT_NOTES_FOLDER})`,
  details: `--format is one of: ${FORMATS}. Prints the export, or writes it to --output FILE. With --json, prints what was exported (and the export itself when there is no --output).`,
  operands: [{ name: 'folder', optional: true }],
  options: ['format', 'output', 'allow-errors'],
  optionHelp: { format: 'markdown, csv, jsonld or qdc' },
  async run({ operands: [folder], options }, context) {
    const format = options.value('format');
    if (format === undefined || !isExportFormat(format)) {
      throw new UsageError(format === undefined ? localized('cli.exportFormat', Object.keys(EXPORT_FORMATS).join('|')) : localized('cli.exportFormatNot', Object.keys(EXPORT_FORMATS).join('|'), format));
    }
    const library = await context.library();
    const { store } = await openNotes(folder, library, context);
    const warnings = filesWithErrors(store, options);
    const annotations = store.annotations();
    const input = { library, codebook: store.codebook, annotations };
    // Made as it is written, never whole (a team's JSON-LD is 200 MiB), but with --json, which prints it in the JSON.
    const exported = () => {
      const chunks = exportChunks(format, input);
      if ('error' in chunks) {
        throw new Error(`nothing exported: ${chunks.error}`);
      }
      return chunks;
    };
    const output = options.value('output');
    const summary = { format, annotations: annotations.length, tags: store.codebook.tags.length };
    if (output === undefined) {
      const pieces = exported();
      const whole = () => [...pieces].join('');
      return options.has('json') ? { json: { ...summary, content: whole() }, text: whole, content: true, warnings } : { json: summary, text: whole, pieces: () => pieces, content: true, warnings };
    }
    await writeOutputFile(context.cwd, output, exported());
    const what = format === 'qdc' ? `the codebook's ${summary.tags} tags` : `${summary.annotations} annotations`;
    return { json: { ...summary, output }, text: () => `Wrote ${what} to ${output} (${format}).`, warnings };
  },
};
