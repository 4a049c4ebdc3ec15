import { localized } from '../../core/l10n/localized';
import { ConcordanceOrder, ConcordanceQueryError, DEFAULT_CONTEXT_WIDTH, concordance, corpusPassages, sortConcordance } from '../../core/corpus';
import { Command } from '../command';
import { displayWidth } from '../text/width';
import { UsageError } from '../usageError';
import { documentsOption } from './corpusScope';

export const kwicCommand: Command = {
  name: 'kwic',
  summary: 'a concordance: every occurrence of a word, phrase or --regex, with the words around it',
  details:
    'One line per occurrence, in corpus order (or --sort left|right: by the words left of the match, read from it outwards, or right of it), context cut at the provision and at line breaks. ' +
    '--json prints [{ document, provision, language, left, match, right }]: left + match + right is a substring of the provision\'s text.',
  operands: [{ name: 'query', rest: true }],
  options: ['regex', 'width', 'document', 'sort'],
  async run({ operands, options }, context) {
    const query = operands.join(' ');
    const order = sortOrder(options.value('sort'));
    const passages = corpusPassages(documentsOption(await context.library(), options));
    let lines;
    try {
      lines = sortConcordance(concordance(passages, { query, regex: options.has('regex'), width: options.count('width', DEFAULT_CONTEXT_WIDTH) }), order);
    } catch (thrown) {
      if (thrown instanceof ConcordanceQueryError) {
        throw new UsageError(thrown.message);
      }
      throw thrown;
    }
    const leftWidth = Math.max(0, ...lines.map((line) => displayWidth(line.left)));
    return {
      json: lines.map(({ document, provision, language, left, match, right }) => ({ document, provision, language, left, match, right })),
      text: () =>
        lines.length === 0
          ? `"${query}" occurs nowhere.`
          : lines.map((line) => `${' '.repeat(leftWidth - displayWidth(line.left))}${line.left} [${line.match}] ${line.right}  ${line.document}#${line.provision}`).join('\n'),
    };
  },
};

function sortOrder(written: string | undefined): ConcordanceOrder {
  if (written === undefined) {
    return 'corpus';
  }
  if (written !== 'left' && written !== 'right') {
    throw new UsageError(localized('cli.sort', written));
  }
  return written;
}
