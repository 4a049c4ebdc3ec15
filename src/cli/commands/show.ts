import { Command } from '../command';
import { provisionNamed } from '../resolve';
import { labelled } from '../text/layout';
import { wrap } from '../text/wrap';
import { numberKey } from '../../core/model';

export const showCommand: Command = {
  name: 'show',
  summary: "a provision's title and text in English and Chinese",
  operands: [{ name: 'ref' }],
  async run({ operands: [ref] }, context) {
    const { provision } = await provisionNamed(context, ref);
    return {
      json: { document: provision.documentId, number: provision.number, label: provision.label, title: provision.title, text: provision.text },
      text: (width) =>
        [
          ...labelled(`¶${numberKey(provision.number)}  `, [provision.label.zh, provision.label.en, provision.title.en, provision.title.zh].filter(Boolean), width),
          '',
          ...wrap(provision.text.en, width),
          '',
          ...wrap(provision.text.zh, width),
        ].join('\n'),
    };
  },
};
