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
    const notes = await openNotes(folder, await context.library(), context.cwd);
    const files = await checkNotes(notes.store, notes.fs);
    const summary = summarise(files);
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    return {
      json: { folder: notes.folder, files, summary },
      text: () =>
        [
          ...files.flatMap((file) => file.problems.map((problem) => `${file.path}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`)),
          `${count(summary.files, 'file')} checked in ${notes.folder}: ${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}.`,
        ].join('\n'),
      exitCode: summary.errors > 0 ? 1 : 0,
    };
  },
};
