import { checkNotes, summarise } from '../../core/teams/review/notesCheck';
import { Command } from '../command';
import { DEFAULT_NOTES_FOLDER, openNotes } from './notesFolder';

export const checkCommand: Command = {
  name: 'check',
  summary: `validates the notes: every sidecar and the codebook (default folder ${DEFAULT_NOTES_FOLDER})`,
  details:
    'Prints "file:line:col: severity: message" for each problem (schema, ids, unknown tags, git conflict markers, ' +
    'quotes no longer in the text), then a summary. Exits with 1 when there are errors, 0 when there are only warnings or none.',
  operands: [{ name: 'folder', optional: true }],
  async run({ operands: [folder] }, context) {
    const notes = await openNotes(folder, await context.library(), context);
    const files = await checkNotes(notes.store, notes.fs);
    const summary = summarise(files);
    // A document that cannot be read (a FIFO, a link out of the workspace) is never passed over in silence.
    const documents = context.documentProblems?.() ?? [];
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    return {
      json: { folder: notes.folder, files, summary, documentProblems: documents },
      text: () =>
        [
          ...files.flatMap((file) => file.problems.map((problem) => `${file.path}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`)),
          `${count(summary.files, 'file')} checked in ${notes.folder}: ${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}.`,
          ...(documents.length > 0 ? [`${count(documents.length, 'document')} of the workspace could not be read (named above).`] : []),
        ].join('\n'),
      exitCode: summary.errors > 0 || documents.length > 0 ? 1 : 0,
    };
  },
};
