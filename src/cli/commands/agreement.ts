import { agreementReport } from '../../core/teams/agreement/agreementReport';
import { agreementMarkdown } from '../../core/teams/agreement/agreementText';
import { Command } from '../command';
import { displayWidth } from '../text/width';
import { UsageError } from '../usageError';
import { DEFAULT_NOTES_FOLDER, filesWithErrors, openNotes } from './notesFolder';

export const agreementCommand: Command = {
  name: 'agreement',
  summary: `how far the coders agree on each tag: Cohen's κ for two, Krippendorff's α (default folder ${DEFAULT_NOTES_FOLDER})`,
  details:
    'Units are the provisions of the documents every compared coder annotated; a coder applies a tag to a provision when any of ' +
    'their annotations there carries it. For two coders: both / only one / neither, p_o, p_e and κ; always: n (pairable values), ' +
    'D_o, D_e and α (nominal). A figure that is undefined (no variation) is shown as n/a with the reason. --authors picks the coders.',
  operands: [{ name: 'folder', optional: true }],
  options: ['authors', 'allow-errors'],
  async run({ operands: [folder], options }, context) {
    const library = await context.library();
    const { store } = await openNotes(folder, library, context);
    const warnings = filesWithErrors(store, options);
    const authors = options
      .value('authors')
      ?.split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    const report = agreementReport(store.annotations(), store.codebook, library, authors);
    if ('error' in report) {
      throw new UsageError(report.error);
    }
    return { json: report, text: () => agreementMarkdown(report, displayWidth), warnings };
  },
};
