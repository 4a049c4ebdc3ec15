import * as assert from 'node:assert/strict';
import { ANNOTATION_ID } from '../../../src/core/annotations/model/ids';
import { ANNOTATION_KEYWORDS, JsonSchema, SUPPORTED_KEYWORDS, validate } from '../../../src/core/yaml/jsonSchema';
import { CODEBOOK_SCHEMA, NOTES_SCHEMA } from '../../../src/core/annotations/files/schemas';
import { DOCUMENT_SCHEMA } from '../../../src/core/documents/documentFile';

const SCHEMAS: [string, JsonSchema][] = [
  ['notes', NOTES_SCHEMA],
  ['codebook', CODEBOOK_SCHEMA],
  ['document', DOCUMENT_SCHEMA],
];

/** Every schema object in `schema`, with a JSON pointer for messages. */
function subschemas(schema: JsonSchema, pointer = '#'): [string, JsonSchema][] {
  const children: [string, JsonSchema][] = [
    ...Object.entries(schema.properties ?? {}).map(([name, child]): [string, JsonSchema] => [`${pointer}/properties/${name}`, child]),
    ...Object.entries(schema.definitions ?? {}).map(([name, child]): [string, JsonSchema] => [`${pointer}/definitions/${name}`, child]),
    ...(schema.items ? [[`${pointer}/items`, schema.items] as [string, JsonSchema]] : []),
    ...(typeof schema.additionalProperties === 'object' ? [[`${pointer}/additionalProperties`, schema.additionalProperties] as [string, JsonSchema]] : []),
  ];
  return [[pointer, schema], ...children.flatMap(([childPointer, child]) => subschemas(child, childPointer))];
}

describe('annotations: the schemas and their validator agree', () => {
  for (const [name, schema] of SCHEMAS) {
    it(`the ${name} schema uses only keywords the validator implements`, () => {
      for (const [pointer, part] of subschemas(schema)) {
        for (const keyword of Object.keys(part)) {
          assert.ok(SUPPORTED_KEYWORDS.has(keyword) || ANNOTATION_KEYWORDS.has(keyword), `${name} ${pointer}: "${keyword}" is not implemented`);
        }
      }
    });

    it(`the ${name} schema is draft-07, resolves its references, and describes every property`, () => {
      assert.equal((schema as { $schema?: string }).$schema, 'http://json-schema.org/draft-07/schema#');
      for (const [pointer, part] of subschemas(schema)) {
        if (part.$ref !== undefined) {
          // Draft-07 ignores what stands beside a $ref; only a description may.
          assert.deepEqual(Object.keys(part).filter((key) => key !== '$ref' && key !== 'description'), [], pointer);
          assert.doesNotThrow(() => validate(schema, null, part), pointer);
        }
        const described = part.description !== undefined || (part.$ref !== undefined && subschemas(schema).some(([other, target]) => other === part.$ref && target.description));
        if (/\/(properties|definitions)\/[^/]+$/.test(pointer) && !/\/label\/properties\//.test(pointer)) {
          assert.ok(described, `${name} ${pointer} has no description`);
        }
      }
    });
  }

  it('states the id and tag id patterns the code uses', () => {
    assert.equal(NOTES_SCHEMA.definitions?.annotation.properties?.id.pattern, ANNOTATION_ID.source);
    assert.equal(NOTES_SCHEMA.definitions?.tagId.pattern, CODEBOOK_SCHEMA.definitions?.tagId.pattern);
  });

  it('implements each keyword as draft-07 defines it', () => {
    const root: JsonSchema = {
      type: 'object',
      required: ['n'],
      additionalProperties: false,
      properties: {
        n: { type: 'integer', minimum: 1 },
        s: { type: 'string', minLength: 2, maxLength: 3, pattern: '^[a-z]+$' },
        e: { enum: ['x', 'y'] },
        c: { const: 1 },
        l: { type: 'array', items: { $ref: '#/definitions/word' }, uniqueItems: true },
        t: { type: ['string', 'null'] },
        w: { type: 'string', minLength: 2, maxLength: 3 },
      },
      definitions: { word: { type: 'string' } },
    };
    const messages = (value: unknown) => validate(root, value).map((violation) => violation.message);
    assert.deepEqual(messages({ n: 1, s: 'ab', e: 'x', c: 1, l: ['a', 'b'], t: null }), []);
    assert.deepEqual(messages({ n: 0 }), ['n: must be at least 1']);
    assert.deepEqual(messages({ n: 1.5 }), ['n: must be an integer, not the number 1.5']);
    assert.deepEqual(messages({}), ['missing "n"']);
    assert.deepEqual(messages({ n: 1, z: 1 }), ['z: unknown property "z" (expected n, s, e, c, l, t, w)']);
    // Keys that name what every object inherits are unknown properties like any other.
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) {
      assert.deepEqual(messages({ n: 1, [name]: 1 }), [`${name}: unknown property "${name}" (expected n, s, e, c, l, t, w)`]);
    }
    assert.deepEqual(messages({ n: 1, s: 'a' }), ['s: must have at least 2 characters']);
    assert.deepEqual(messages({ n: 1, s: 'abcd' }), ['s: must have at most 3 characters']);
    assert.deepEqual(messages({ n: 1, s: 'A1' }), ['s: "A1" is not a match for ^[a-z]+$']);
    assert.deepEqual(messages({ n: 1, e: 'z' }), ['e: must be one of "x", "y", not the text "z"']);
    assert.deepEqual(messages({ n: 1, c: 2 }), ['c: must be 1, not the number 2']);
    assert.deepEqual(messages({ n: 1, l: ['a', 3, 'a'] }), ['l[1]: must be a string, not the number 3', 'l[2]: "a" is listed twice']);
    assert.deepEqual(messages({ n: 1, t: 3 }), ['t: must be a string or empty, not the number 3']);
    assert.deepEqual(messages([]), ['must be a mapping (key: value), not a list']);
  });

  it('counts lengths in characters, not UTF-16 units, on either side of a bound', () => {
    const root: JsonSchema = { type: 'string', minLength: 2, maxLength: 3 };
    const messages = (value: string) => validate(root, value).map((violation) => violation.message);
    // 𝒂 is one character written in two units.
    assert.deepEqual(messages('𝒂'), ['must have at least 2 characters']);
    assert.deepEqual(messages('𝒂𝒃'), []);
    assert.deepEqual(messages('𝒂𝒃𝒄'), []);
    assert.deepEqual(messages('𝒂𝒃𝒄𝒅'), ['must have at most 3 characters']);
    assert.deepEqual(messages('a𝒃'), []);
    assert.deepEqual(messages('abcd'), ['must have at most 3 characters']);
    assert.deepEqual(messages('a'), ['must have at least 2 characters']);
    // A lone surrogate counts as one character.
    assert.deepEqual(messages('\ud835\ud835\ud835\ud835'), ['must have at most 3 characters']);
  });

  it('resolves only the definitions a schema has', () => {
    assert.throws(() => validate({ $ref: '#/definitions/constructor', definitions: { word: { type: 'string' } } }, 1), /does not name a definition/);
  });
});
