import { RelatedIndex } from '../../core/corpus';
import { Command } from '../command';
import { labelled } from '../text/layout';
import { provisionFor } from '../resolve';

const DEFAULT_TOP = 10;

export const relatedCommand: Command = {
  name: 'related',
  summary: 'the provisions of other documents that share wording with a provision (text reuse)',
  details:
    'Ranked by the character sequences both hold: 1 is the same wording, whatever the article\'s number. ' +
    '--json prints [{ document, provision, score, shared: [string] }], shared being the passages of the related provision that the given one has too.',
  operands: [{ name: 'ref' }],
  options: ['top'],
  optionHelp: { top: 'print the N closest provisions (default 10)' },
  async run({ operands: [ref], options }, context) {
    const library = await context.library();
    const provision = provisionFor(library, ref);
    const related = (await RelatedIndex.build(library.documents, () => Promise.resolve())).related(provision, options.count('top', DEFAULT_TOP));
    return {
      json: related,
      text: (width) =>
        related.length === 0
          ? `No provision of another document shares wording with ${provision.id}.`
          : related.map((hit) => labelled(`${hit.document}#${hit.provision} ${hit.score.toFixed(2)} `, hit.shared.map((passage) => `“${passage}”`), width).join('\n')).join('\n\n'),
    };
  },
};
