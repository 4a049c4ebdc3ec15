import fc from 'fast-check';
import { Annotation, Sidecar, compareAnnotations } from '../../../src/core/annotations/model/annotation';
import { SidecarContext } from '../../../src/core/annotations/files/sidecarFile';
import { LANGUAGES } from '../../../src/core/model';
import { GENERATED_CODEBOOK } from '../helpers/generatedNotes';
import { opinions } from '../helpers/opinions';

/** Strings YAML is known to misread when written carelessly. */
const AWKWARD = [
  'yes', 'no', 'on', 'off', 'Yes', 'NO', 'true', 'False', 'null', 'Null', '~', '', ' ', '- ', '-', '--- ', '...', '? ', ': ', ':', '#', ' #', '# x',
  '&a', '*a', '!tag', '!!str', '%YAML', '@', '`', '|', '>', '|-', '>+', '"', "'", '\\', '{', '}', '[', ']', ',', '0', '007', '0x1F', '0o17', '1e3',
  '-1.5', '.inf', '-.Inf', '.nan', '2024-05-01', '12:30', '1_000', '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u2028', '\u2029', '\u0085',
  '\ufeff', '\u0000', '\u0007', '\u001b', '\u007f', '移动互联网', '“引号”', '：', '，', '😀', '👩🏽‍💻', 'é', 'e\u0301',
];

/** No lone surrogates: they cannot be written as UTF-8, by this extension or any editor. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const PIECE = fc.oneof(
  fc.constantFrom(...AWKWARD),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.stringMatching(/^[\u4e00-\u9fa5]{1,5}$/),
);

const TEXT = fc
  .array(PIECE, { maxLength: 6 })
  .map((pieces) => pieces.join(''))
  .filter((text) => !LONE_SURROGATE.test(text));

/** Text made of awkward pieces, unicode (CJK included) and leading or trailing spaces; empty too. */
export const awkwardText: fc.Arbitrary<string> = TEXT;

/** The same, never empty. */
export const someAwkwardText: fc.Arbitrary<string> = TEXT.filter((text) => text.length > 0);

const ID_FIRST = 'abcdefghjkmnpqrstvwxyz';
const ID_REST = '0123456789abcdefghjkmnpqrstvwxyz';
const annotationId = fc
  .tuple(fc.constantFrom(...ID_FIRST), fc.array(fc.constantFrom(...ID_REST), { minLength: 7, maxLength: 7 }))
  .map(([first, rest]) => first + rest.join(''));
const timestamp = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms - (ms % 1000)).toISOString().replace('.000Z', 'Z'));
const TAG_IDS = GENERATED_CODEBOOK.tags.map((tag) => tag.id);

/** Everything of an annotation but its id and author, which the file decides. */
const FIELDS = fc
  .record({
    provision: fc.integer({ min: 1, max: opinions().provisions.length }),
    span: fc.option(
      fc.record({ language: fc.constantFrom(...LANGUAGES), exact: someAwkwardText, prefix: awkwardText, suffix: awkwardText, start: fc.nat({ max: 5000 }) }),
      { nil: undefined },
    ),
    tags: fc.uniqueArray(fc.constantFrom(...TAG_IDS), { maxLength: 4 }),
    note: fc.option(awkwardText, { nil: undefined }),
    created: timestamp,
    updated: timestamp,
  })
  .map(({ span, note, ...rest }) => ({
    ...rest,
    ...(span && { span: { ...span, end: span.start + span.exact.length } }),
    ...(note !== undefined && { note }),
  }));

/** Valid sidecars on the Opinions, up to `maxAnnotations` long, in document order. */
export function sidecars(maxAnnotations = 6): fc.Arbitrary<Sidecar> {
  return fc
    .tuple(someAwkwardText, fc.uniqueArray(fc.tuple(annotationId, FIELDS), { maxLength: maxAnnotations, selector: ([id]) => id }))
    .map(([author, items]) => ({
      document: opinions().id,
      author,
      annotations: items
        .map(([id, fields]): Annotation => {
          const { provision, span, tags, note, created, updated } = fields;
          return { id, document: opinions().id, provision, ...(span && { span }), tags, ...(note !== undefined && { note }), author, created, updated };
        })
        .sort(compareAnnotations),
    }));
}

/** What a sidecar on the Opinions is checked against, with the generated codebook. */
export function sidecarContext(): SidecarContext {
  return { documentId: opinions().id, document: opinions(), tagIds: new Set(TAG_IDS) };
}
