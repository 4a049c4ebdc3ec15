import { ProvisionSearch, SearchHit } from '../../core/search';
import { Command } from '../command';
import { labelled } from '../text/layout';

const DEFAULT_LIMIT = 10;

export const searchCommand: Command = {
  name: 'search',
  summary: 'the provisions that best match words in English or Chinese, typos forgiven',
  details: 'The words need no quotes. Best match first; the text output shows the sentence that matched.',
  operands: [{ name: 'query', rest: true }],
  options: ['limit'],
  async run({ operands, options }, context) {
    const query = operands.join(' ');
    const { documents } = await context.library();
    const hits = new ProvisionSearch(documents).search(query, options.count('limit', DEFAULT_LIMIT));
    return {
      json: hits.map(({ document, provision, title, score }) => ({ document, provision, title, score })),
      text: (width) =>
        hits.length === 0
          ? `No provision matches "${query}".`
          : hits
              .map((hit) => labelled(`¶${hit.provision}`.padEnd(5), [hit.title.en, hit.title.zh, ...matchedSentence(hit)], width).join('\n'))
              .join('\n\n'),
    };
  },
};

/** The sentence that matched, unless it is one of the titles already shown. */
function matchedSentence({ match, title }: SearchHit): string[] {
  return match && match.text !== title[match.language] ? [`… ${match.text}`] : [];
}
