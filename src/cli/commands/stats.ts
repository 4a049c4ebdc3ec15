import { markdownTable } from '../../core/lib/markdownTable';
import { MAX_TAG_PAIRS, TagStatistics, tagStatistics } from '../../core/teams/agreement/tagStatistics';
import { Command } from '../command';
import { displayWidth } from '../text/width';
import { DEFAULT_NOTES_FOLDER, filesWithErrors, openNotes } from './notesFolder';

export const statsCommand: Command = {
  name: 'stats',
  summary: `how often each tag is used in each part, and which tags go together (default folder ${DEFAULT_NOTES_FOLDER})`,
  details:
    'Frequencies count annotations. Two tags co-occur in a provision when it carries both, whoever applied them; ' +
    'in --json, provisionsByTag counts the provisions with each tag and cooccurrence lists only the pairs that occur. ' +
    `Over ${MAX_TAG_PAIRS.toLocaleString('en')} tag pairs on provisions (one provision with 3,200 tags has as many), pairs are not counted, and stderr says so.`,
  operands: [{ name: 'folder', optional: true }],
  options: ['allow-errors'],
  async run({ operands: [folder], options }, context) {
    const library = await context.library();
    const { store } = await openNotes(folder, library, context);
    const stats = tagStatistics(store.annotations(), store.codebook, library);
    const warnings = [...filesWithErrors(store, options), ...(stats.pairsNotCounted ? [pairsNotCounted(stats.pairsNotCounted)] : [])];
    return { json: stats, text: () => statsText(stats), warnings };
  },
};

function statsText(stats: TagStatistics): string {
  if (stats.tags.length === 0) {
    return 'No tags: the codebook is empty and no annotation has a tag.';
  }
  const partColumns = stats.parts.map((part) => `part ${part}`);
  const frequencies = markdownTable(
    ['tag', ...partColumns, 'total'],
    stats.tags.map((tag, row) => [tag, ...stats.byPart[row].map(String), String(stats.byPart[row].reduce((sum, count) => sum + count, 0))]),
    new Set(partColumns.map((_, index) => index + 1).concat(partColumns.length + 1)),
    displayWidth,
  );
  const pairs = stats.cooccurrence;
  return [
    'Annotations per tag and part',
    '',
    frequencies,
    '',
    `Tags applied to the same provision (${stats.provisions} provisions have tags)`,
    '',
    stats.pairsNotCounted
      ? pairsNotCounted(stats.pairsNotCounted)
      : pairs.length > 0
        ? markdownTable(['tags', 'provisions'], pairs.map((pair) => [`${pair.first} + ${pair.second}`, String(pair.provisions)]), new Set([1]), displayWidth)
        : 'No two tags share a provision.',
  ].join('\n');
}

function pairsNotCounted({ pairs, limit }: { readonly pairs: number; readonly limit: number }): string {
  return `tag pairs not counted: the provisions carry ${pairs.toLocaleString('en')} pairs of tags, over the limit of ${limit.toLocaleString('en')}`;
}
