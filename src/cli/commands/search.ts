import { ProvisionSearch, SearchHit } from '../../core/search';
import { Command } from '../command';
import { labelled } from '../text/layout';
import { chosenDocuments } from './list';
import { numberKey } from '../../core/model';

const DEFAULT_LIMIT = 10;

export const searchCommand: Command = {
  name: 'search',
  summary: 'the provisions that best match words in English or Chinese, typos forgiven',
  details: 'The words need no quotes. Searches every document, or only --document. Best match first; the text output shows the sentence that matched.',
  operands: [{ name: 'query', rest: true }],
  options: ['limit', 'document'],
  async run({ operands, options }, context) {
    const query = operands.join(' ');
    const documents = await chosenDocuments(context, options.value('document'));
    // With one document the number says which provision; with several, the reference does.
    const label = (hit: SearchHit) => (documents.length > 1 ? `${hit.document}#${numberKey(hit.provision)}` : `¶${numberKey(hit.provision)}`);
    const hits = new ProvisionSearch(documents).search(query, options.count('limit', DEFAULT_LIMIT));
    return {
      json: hits.map(({ document, provision, title, score }) => ({ document, provision, title, score })),
      text: (width) =>
        hits.length === 0
          ? `No provision matches "${query}".`
          : hits
              .map((hit) => labelled(`${label(hit)} `.padEnd(5), [...[hit.title.en, hit.title.zh].filter(Boolean), ...matchedSentence(hit)], width).join('\n'))
              .join('\n\n'),
    };
  },
};

/** The sentence that matched, unless it is one of the titles already shown. */
function matchedSentence({ match, title }: SearchHit): string[] {
  return match && match.text !== title[match.language] ? [`… ${match.text}`] : [];
}
