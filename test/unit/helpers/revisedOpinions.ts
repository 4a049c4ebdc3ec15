import { PolicyDocument, Provision, partId, provisionId } from '../../../src/core/model';
import { opinions } from './opinions';

export const REVISED = 'mobile-internet-opinions-revised';

/**
 * A made-up revision of the Opinions, as a law's revision would be: a new provision 1 (so
 * provisions 1–4 become 2–5), provision 3 rewritten in two places ("缩小数字鸿沟" and "reduce the
 * digital divide" gone, "激发经济活力" and "arouse economic vitality" slightly changed), provision 5
 * removed (so 6–24 keep their numbers). One part holds them all.
 */
export function revisedOpinions(): PolicyDocument {
  const original = opinions();
  const edit = (provision: Provision): Provision =>
    provision.number !== 3
      ? provision
      : {
          ...provision,
          text: {
            en: provision.text.en.replace('to reduce the digital divide and ', 'to ').replace('arouse economic vitality', 'arouse the economic vitality'),
            zh: provision.text.zh.replace('缩小数字鸿沟,', '').replace('激发经济活力', '激发经济发展活力'),
          },
        };
  const added = { ...original.provisions[0], title: { en: 'Purpose', zh: '目的' }, text: { en: 'These Opinions are formulated to develop the mobile Internet.', zh: '为促进移动互联网健康有序发展，制定本意见。' } };
  const texts = [added, ...original.provisions.filter((provision) => provision.number !== 5).map(edit)];
  const provisions = texts.map((provision, index): Provision => ({ ...provision, id: provisionId(REVISED, index + 1), documentId: REVISED, number: index + 1, part: 1 }));
  return { ...original, id: REVISED, parts: [{ ...original.parts[0], id: partId(REVISED, 1), provisions }], provisions };
}
