import { SpanTarget } from '../src/core/annotations/annotation';
import { AnchorStatus, reanchor } from '../src/core/annotations/anchor';
import { Bilingual, PolicyDocument } from '../src/core/model';
import { generateSidecar } from '../test/unit/helpers/generatedNotes';
import { Random } from '../test/unit/helpers/random';
import { Figure, median, sample } from './measure';

const COUNT = 10_000;
const TARGET_MS = 200;
const EDITS_PER_TEXT = 4;

/**
 * The provisions' texts after a revision: in each text, a few insertions (a clause of 20–80
 * characters) and deletions (5–30 characters) at random places, so that most spans only move,
 * some are cut or widened (found approximately) and a few lose their words (orphaned).
 */
function revisedTexts(document: PolicyDocument, random: Random): Map<number, Bilingual> {
  const inserted = [' and, in accordance with the law, in an orderly manner,', '，依法有序推进，'];
  return new Map(
    document.provisions.map((provision) => {
      const revise = (text: string, clause: string): string => {
        let revised = text;
        for (let edit = 0; edit < EDITS_PER_TEXT; edit++) {
          const at = random.int(0, revised.length);
          revised = random.chance(0.5)
            ? revised.slice(0, at) + clause.repeat(random.int(1, 3)).slice(0, random.int(20, 81)) + revised.slice(at)
            : revised.slice(0, at) + revised.slice(Math.min(revised.length, at + random.int(5, 31)));
        }
        return revised;
      };
      return [provision.number, { en: revise(provision.text.en, inserted[0]), zh: revise(provision.text.zh, inserted[1]) }];
    }),
  );
}

/** Re-anchoring 10,000 span annotations on revised texts, beside a bare indexOf of each quote. */
export async function benchAnchoring(opinions: PolicyDocument): Promise<Figure[]> {
  const sidecar = generateSidecar(opinions, COUNT, { seed: 7, spans: 1 });
  const spans = sidecar.annotations.map((annotation) => ({ span: annotation.span as SpanTarget, provision: annotation.provision }));
  const texts = revisedTexts(opinions, new Random(11));
  const textOf = (item: (typeof spans)[number]): string => (texts.get(item.provision) as Bilingual)[item.span.language];
  const statuses = new Map<AnchorStatus, number>();
  spans.forEach((item) => {
    const { status } = reanchor(item.span, textOf(item));
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const anchoring = median(await sample(() => spans.forEach((item) => reanchor(item.span, textOf(item))), 9));
  const floor = median(await sample(() => spans.forEach((item) => textOf(item).indexOf(item.span.exact)), 9));
  const breakdown = [...statuses].map(([status, count]) => `${count} ${status}`).join(', ');
  return [
    {
      name: `re-anchor ${COUNT.toLocaleString('en')} spans on revised texts (${breakdown})`,
      value: anchoring,
      unit: 'ms',
      floor: { name: 'indexOf of each quote', value: floor },
      target: `< ${TARGET_MS} ms`,
      met: anchoring < TARGET_MS,
    },
  ];
}
