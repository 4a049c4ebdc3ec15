import { SpanTarget } from '../src/core/annotations/model/annotation';
import { AnchorStatus, reanchor } from '../src/core/annotations/model/anchor';
import { Bilingual, PolicyDocument } from '../src/core/model';
import { generateSidecar } from '../test/unit/helpers/generatedNotes';
import { Random } from '../test/unit/helpers/random';
import { Figure, median, sample } from './measure';

const COUNT = 10_000;
const TARGET_MS = 200;
/** One edit per this many characters of a text, and at least one. */
const CHARACTERS_PER_EDIT = 400;
/** A Chinese character says about as much as this many English ones (the aligner's calibration). */
const ZH_DENSITY = 4.76;

/**
 * The provisions' texts after a revision: in each text, an insertion (a clause of 20–80 characters
 * in English, as many words in Chinese) or a deletion (5–30 characters, or as many words) per 400
 * characters, at random places, so that most spans only move, some are cut or widened (found
 * approximately) and some lose their words (orphaned).
 */
function revisedTexts(document: PolicyDocument, random: Random): Map<number, Bilingual> {
  const revise = (text: string, clause: string, scale: number): string => {
    let revised = text;
    const edits = Math.max(1, Math.round(text.length / CHARACTERS_PER_EDIT));
    for (let edit = 0; edit < edits; edit++) {
      const at = random.int(0, revised.length);
      const length = (low: number, high: number) => Math.max(1, Math.round(random.int(low, high + 1) / scale));
      revised = random.chance(0.5)
        ? revised.slice(0, at) + clause.repeat(3).slice(0, length(20, 80)) + revised.slice(at)
        : revised.slice(0, at) + revised.slice(Math.min(revised.length, at + length(5, 30)));
    }
    return revised;
  };
  return new Map(
    document.provisions.map((provision) => [
      provision.number,
      { en: revise(provision.text.en, ' and, in accordance with the law, in an orderly manner,', 1), zh: revise(provision.text.zh, '，依法有序推进，', ZH_DENSITY) },
    ]),
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
