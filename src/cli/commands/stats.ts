import { markdownTable } from '../../core/lib/markdownTable';
import { TagStatistics, tagStatistics } from '../../core/teams/agreement/tagStatistics';
import { Command } from '../command';
import { displayWidth } from '../text/width';
import { DEFAULT_NOTES_FOLDER, openNotes } from './notesFolder';

export const statsCommand: Command = {
  name: 'stats',
  summary: `how often each tag is used in each part, and which tags go together (default folder ${DEFAULT_NOTES_FOLDER})`,
  details:
    'Frequencies count annotations. Two tags co-occur in a provision when it carries both, whoever applied them; ' +
    'in the --json matrix the diagonal is the number of provisions with the tag.',
  operands: [{ name: 'folder', optional: true }],
  async run({ operands: [folder] }, context) {
    const library = await context.library();
    const { store } = await openNotes(folder, library, context.cwd);
    const stats = tagStatistics(store.annotations(), store.codebook, library);
    return { json: stats, text: () => statsText(stats) };
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
  const pairs = stats.tags
    .flatMap((first, row) => stats.tags.slice(row + 1).map((second, offset) => ({ first, second, count: stats.cooccurrence[row][row + 1 + offset] })))
    .filter((pair) => pair.count > 0)
    .sort((a, b) => b.count - a.count || (a.first + a.second < b.first + b.second ? -1 : 1));
  return [
    'Annotations per tag and part',
    '',
    frequencies,
    '',
    `Tags applied to the same provision (${stats.provisions} provisions have tags)`,
    '',
    pairs.length > 0 ? markdownTable(['tags', 'provisions'], pairs.map((pair) => [`${pair.first} + ${pair.second}`, String(pair.count)]), new Set([1]), displayWidth) : 'No two tags share a provision.',
  ].join('\n');
}
