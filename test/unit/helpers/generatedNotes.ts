import { Annotation, Codebook, Sidecar, Tag, timestamp } from '../../../src/core/annotations/model/annotation';
import { createSpan } from '../../../src/core/annotations/model/anchor';
import { LANGUAGES, PolicyDocument } from '../../../src/core/model';
import { Random } from './random';

const TAG_NAMES: readonly [string, string, string][] = [
  ['innovation', 'Innovation', '创新'],
  ['security', 'Security', '安全'],
  ['content-control', 'Content control', '内容管理'],
  ['poverty', 'Poverty alleviation', '扶贫'],
  ['privacy', 'Privacy', '隐私'],
  ['ip', 'Intellectual property', '知识产权'],
  ['industry', 'Industrial policy', '产业政策'],
  ['party', 'Party leadership', '党的领导'],
  ['international', 'International cooperation', '国际合作'],
  ['infrastructure', 'Infrastructure', '基础设施'],
  ['law', 'Rule of law', '依法治网'],
  ['talent', 'Talent', '人才'],
];

/** The codebook the generated notes use: a dozen tags, some refining others. */
export const GENERATED_CODEBOOK: Codebook = {
  tags: TAG_NAMES.map(([id, en, zh], index): Tag => ({
    id,
    label: { en, zh },
    description: `Provisions about ${en.toLowerCase()}.`,
    color: `#${(0x1f77b4 + index * 0x101010).toString(16).slice(-6)}`,
    ...(id === 'content-control' && { parent: 'security' }),
  })),
};

const NOTE_LINES = [
  'Compare with the 2016 Cybersecurity Law: same wording, stronger verb.',
  '对照《网络安全法》第二十一条。',
  'Asked Zhang Min: "guide" (引导) reads as control here.',
  '- check the 2015 Internet Plus opinions',
  'Coded as both; see the memo of 12 May.',
  '“健康有序” recurs — count it across the corpus.',
];

const ID_FIRST = 'abcdefghjkmnpqrstvwxyz';
const ID_REST = '0123456789abcdefghjkmnpqrstvwxyz';

export interface Generation {
  readonly seed?: number;
  readonly author?: string;
  /** The share of annotations on spans rather than whole provisions; two thirds by default. */
  readonly spans?: number;
}

/**
 * `count` annotations by one coder over the document's provisions, the same for the same seed:
 * some on whole provisions, the rest on spans of 2–60 characters in both languages, with 0–3
 * tags and, for half of them, a note of one to three lines.
 */
export function generateSidecar(document: PolicyDocument, count: number, { seed = 1, author = 'Li Wei', spans = 2 / 3 }: Generation = {}): Sidecar {
  const random = new Random(seed);
  const ids = new Set<string>();
  const annotations = Array.from({ length: count }, (): Annotation => {
    const id = freshId(random, ids);
    const provision = random.pick(document.provisions);
    const time = timestamp(new Date(Date.UTC(2024, 4, 1) + random.int(0, 90 * 24 * 3600) * 1000));
    let span;
    if (random.chance(spans)) {
      // A law read in Chinese only has no English text: its spans are all in Chinese.
      const drawn = random.pick(LANGUAGES);
      const language = provision.text[drawn] === '' ? LANGUAGES.find((other) => provision.text[other] !== '') ?? drawn : drawn;
      const text = provision.text[language];
      const length = Math.min(random.int(2, 61), text.length);
      const start = random.int(0, text.length - length + 1);
      span = createSpan(text, language, start, start + length);
    }
    const tags = [...new Set(Array.from({ length: random.int(0, 4) }, () => random.pick(GENERATED_CODEBOOK.tags).id))];
    const note = random.chance(0.5) ? Array.from({ length: random.int(1, 4) }, () => random.pick(NOTE_LINES)).join('\n') : undefined;
    return {
      id,
      document: document.id,
      provision: provision.number,
      ...(span && { span }),
      tags,
      ...(note !== undefined && { note }),
      author,
      created: time,
      updated: time,
    };
  });
  return { document: document.id, author, annotations };
}

/** An id of the notes' format that is not in `taken` (and is then taken). */
export function freshId(random: Random, taken: Set<string>): string {
  for (;;) {
    const id = letter(random, ID_FIRST) + Array.from({ length: 7 }, () => letter(random, ID_REST)).join('');
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

function letter(random: Random, alphabet: string): string {
  return alphabet[random.int(0, alphabet.length)];
}
