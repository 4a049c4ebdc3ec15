import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import * as esbuild from 'esbuild';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { loadSidecar } from '../src/core/annotations/files/sidecarFile';
import { Codebook, Tag } from '../src/core/annotations/model/annotation';
import { XmlElement, parseXml } from '../src/core/lib/xmlParse';
import { PolicyDocument } from '../src/core/model';
import { qdcExport } from '../src/core/teams/export/qdcExport';
import { DEFAULT_LIMITS, JsonSchema, readYaml, validate } from '../src/core/yaml';
import { Figure, median, sampleInTurns } from './measure';
import { notesFixture } from './notesFixture';

/** The schemas the product checks files against; each library must carry all three. */
const SCHEMAS = ['notes', 'codebook', 'document'];
const CODES = 1_000;

/**
 * Issue #27: the maintained libraries that could replace our JSON Schema checker (ajv, with
 * standalone validators compiled ahead of time, as a web worker's content security policy may
 * forbid the `new Function` ajv compiles with at run time) and our XML reader (saxes, fast-xml-parser), each beside ours on the same input, in turns.
 * The floor of each row is the fastest (or smallest) of its group. Sizes are esbuild-minified and
 * gzipped, what each adds to a bundle; our l10n catalog is left out, as the rest of the core shares it.
 */
export async function benchLibraries(opinions: PolicyDocument, repository: string): Promise<Figure[]> {
  return [...(await schemaRows(opinions, repository)), ...(await xmlRows(repository))];
}

async function schemaRows(opinions: PolicyDocument, repository: string): Promise<Figure[]> {
  const schemas = SCHEMAS.map((name) => JSON.parse(readFileSync(path.join(repository, 'schemas', `${name}.schema.json`), 'utf8')) as JsonSchema & { $id: string });
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, code: { source: true } });
  schemas.forEach((schema) => ajv.addSchema(schema));
  const exports = Object.fromEntries(SCHEMAS.map((name, index) => [name, schemas[index].$id]));
  const ajvBundle = await bundle(repository, standaloneCode(ajv, exports), 'cjs');
  const ajvValidate = evaluate(ajvBundle).notes as (value: unknown) => boolean;
  const oursSource = SCHEMAS.map((name) => `export { default as ${name} } from './schemas/${name}.schema.json';`).join('\n');
  const oursBundle = await bundle(repository, `export { validate } from './src/core/yaml/jsonSchema';\n${oursSource}`, 'esm');

  const fixture = notesFixture(opinions, 10_000);
  // The value as the product reads it (timestamps stay strings).
  const value = readYaml(fixture.bytes, DEFAULT_LIMITS).source?.value;
  if (validate(schemas[0], value).length > 0 || !ajvValidate(value)) {
    throw new Error('the notes fixture must be valid for both checkers');
  }
  const [ours, theirs] = (await sampleInTurns([() => validate(schemas[0], value), () => ajvValidate(value)], 15)).map(median);
  // For scale: the whole load that the check is part of.
  const [load] = (await sampleInTurns([() => loadSidecar(fixture.bytes, fixture.context)], 5)).map(median);
  const label = `10,000 annotations (${(fixture.bytes.byteLength / 1024).toFixed(0)} KiB)`;
  return [
    ...group('ms', [
      [`validate a notes file's value, ${label}: ours (jsonSchema.ts)`, ours],
      [`validate a notes file's value, ${label}: ajv standalone, allErrors`, theirs],
    ]),
    { name: `load a sidecar of the same file, the check (ours) included, for scale`, value: load, unit: 'ms' },
    ...group('KiB', [
      ['bundle size, minified and gzipped, schema checking of 3 schemas: ours (code and schema JSON)', gzipped(oursBundle)],
      ['bundle size, minified and gzipped, schema checking of 3 schemas: ajv standalone (code and runtime)', gzipped(ajvBundle)],
    ]),
  ];
}

async function xmlRows(repository: string): Promise<Figure[]> {
  const xml = qdcExport(largeCodebook());
  if (typeof xml !== 'string') {
    throw new Error(xml.error);
  }
  const fastXml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
  const times = (await sampleInTurns([() => parseXml(xml), () => saxesTree(xml), () => fastXml.parse(xml)], 21)).map(median);
  const label = `a REFI-QDA codebook of ${CODES.toLocaleString('en')} codes (${(xml.length / 1024).toFixed(0)} KiB)`;
  const sizes = await Promise.all([
    bundle(repository, `export { parseXml } from './src/core/lib/xmlParse';`, 'esm'),
    bundle(repository, `export { SaxesParser } from 'saxes';`, 'esm'),
    bundle(repository, `export { XMLParser } from 'fast-xml-parser';`, 'esm'),
  ]);
  const timed = ['ours (xmlParse.ts)', 'saxes, building the same tree', 'fast-xml-parser, preserveOrder'];
  const bundled = ['ours (xmlParse.ts)', 'saxes and xmlchars (without the tree building)', 'fast-xml-parser and its dependencies'];
  return [
    ...group('ms', timed.map((name, index) => [`parse ${label}: ${name}`, times[index]])),
    ...group('KiB', bundled.map((name, index) => [`bundle size, minified and gzipped, XML reading: ${name}`, gzipped(sizes[index])])),
  ];
}

/** Figures of one group, each with the group's least value as its floor. */
function group(unit: 'ms' | 'KiB', rows: readonly (readonly [string, number])[]): Figure[] {
  const least = rows.reduce((best, row) => (row[1] < best[1] ? row : best));
  const floorName = `the least of the group (${least[0].slice(least[0].lastIndexOf(': ') + 2)})`;
  return rows.map(([name, value]) => ({ name, value, unit, floor: { name: floorName, value: least[1] } }));
}

/** Minified for the browser, as the web worker bundle is built; the build fails on any Node built-in. */
async function bundle(repository: string, contents: string, format: 'cjs' | 'esm'): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: repository, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format,
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    external: ['*/l10n/localized'],
    define: { FREEZE_CACHED_VALUES: 'false' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function gzipped(code: string): number {
  return gzipSync(code, { level: 9 }).byteLength / 1024;
}

/** The exports of a CommonJS bundle with no imports left. */
function evaluate(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

/** A hundred top-level codes with nine children each, with Chinese and an escaped ampersand in every description. */
function largeCodebook(): Codebook {
  const tags = Array.from({ length: CODES }, (_, index): Tag => ({
    id: `code-${index}`,
    label: { en: `Code ${index}`, zh: `代码${index}` },
    description: `Provisions about topic ${index} & its limits: 数据安全与个人信息保护（第${index}条）。`,
    color: `#${(0x1f77b4 + index * 0x10101).toString(16).slice(-6)}`,
    ...(index % 10 !== 0 && { parent: `code-${index - (index % 10)}` }),
  }));
  return { tags };
}

interface Building {
  readonly name: string;
  readonly attributes: Map<string, string>;
  readonly children: Building[];
  text: string;
  readonly line: number;
  readonly column: number;
}

/** What a switch to saxes would run: its events made into our tree, a DOCTYPE refused. */
function saxesTree(xml: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: Building[] = [];
  let root: Building | undefined;
  parser.on('doctype', () => {
    throw new Error('a DOCTYPE is not accepted in an exchange file');
  });
  parser.on('opentag', (tag) => {
    const element: Building = { name: tag.name, attributes: new Map(Object.entries(tag.attributes)), children: [], text: '', line: parser.line, column: parser.column };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  const addText = (text: string): void => {
    const current = stack.at(-1);
    if (current) {
      current.text += text;
    }
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    root = stack.pop();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  if (!root) {
    throw new Error('the document has no root element');
  }
  return root;
}
