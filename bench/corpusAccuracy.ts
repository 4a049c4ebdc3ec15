import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PolicyDocument, allDivisions } from '../src/core/model';
import { parseDocument } from '../src/core/parse/parseDocument';
import { parseChineseNumber } from '../src/core/parse/numbers';

/**
 * How right the parser is on a whole corpus of real laws (a checkout of the public LawRefBook/Laws
 * repository): `node out/bench/corpusAccuracy.js <folder> [--list]`. The reference for each text
 * is independent of the parser: the 第X条 and 第X条之Y that open a line of the body (below
 * `<!-- INFO END -->`), outside quotation marks, each counted once. A text is exact when its
 * provisions are those articles, in that order; a provision's text is exact when no line of it is
 * a heading (第X章/节/编) or an appendix (附件/附表/附录) and its last is no 一、 heading; a division
 * repeated (a table of contents read as chapters) counts as a leak too. The method is in
 * docs/corpus-accuracy.md.
 */

const ARTICLE_AT_LINE_START = /^第([零〇一二两三四五六七八九十百千\d０-９]+)条(?:之([一二三四五六七八九十]+))?(?![之款项])/;
const HEADING_LINE = /(?:^|\n)(?:第[零〇一二三四五六七八九十百千\d]+[编章节](?:\s|$)|附件[一二三四五六七八九十\d]*[：:\s]*$|附表|附录)/m;
// A group heading left at the end of the article before it: a last paragraph "二、…" with no punctuation.
const TRAILING_GROUP = /\n[一二三四五六七八九十]+、[^。；;，,：:]{0,30}$/;
// Articles run on in one line after a full stop, spaced on both sides: "…本规则。 第二条 凡…".
const RUN_ON = /(?<=。)[ \u3000]+(?=第[零〇一二两三四五六七八九十百千\d]+条[ \u3000])/;
const SKIPPED = /^(?:_index|README|法律法规模版)\.md$/i;

interface Outcome {
  readonly file: string;
  readonly refused?: string;
  readonly expected: readonly string[];
  readonly found: readonly string[];
  readonly leaking: readonly string[];
  readonly paragraphs: boolean;
}

function main(): void {
  const folder = process.argv[2] ?? '/work/corpus/Laws';
  const listing = process.argv.includes('--list');
  const files = markdownFiles(folder);
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const started = performance.now();
  const outcomes = texts.map((text, index) => measure(path.relative(folder, files[index]), text));
  const elapsed = performance.now() - started;
  report(outcomes, elapsed, listing);
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !SKIPPED.test(path.basename(name)) && !name.split(path.sep).some((part) => part.startsWith('.') || part === 'scripts'))
    .sort()
    .map((name) => path.join(folder, name));
}

function measure(file: string, text: string): Outcome {
  const expected = numberedArticles(text);
  let document: PolicyDocument;
  let paragraphs = false;
  try {
    const parsed = parseDocument({ id: 'law', chinese: text });
    document = parsed.document;
    paragraphs = parsed.unit === 'paragraph';
  } catch (error) {
    return { file, refused: error instanceof Error ? error.message : String(error), expected, found: [], leaking: [], paragraphs };
  }
  const articles = document.provisions.filter((provision) => provision.label.zh.startsWith('第'));
  const found = articles.map((provision) => provision.id.slice('law#'.length));
  const leaking = articles.filter((provision) => HEADING_LINE.test(provision.text.zh) || TRAILING_GROUP.test(provision.text.zh)).map((provision) => provision.id.slice('law#'.length));
  const repeatedDivisions = allDivisions(document).filter((division) => /-\d+-\d+$|supplementary-\d+$/.test(division.id)).map((division) => division.id.slice('law/'.length));
  return { file, expected, found, leaking: [...leaking, ...repeatedDivisions], paragraphs };
}

/** The articles a text numbers at the start of its lines, outside quotations, in order, each once. */
export function numberedArticles(text: string): string[] {
  const body = text.includes('<!-- INFO END -->') ? text.slice(text.indexOf('<!-- INFO END -->')) : text;
  const found: string[] = [];
  const seen = new Set<string>();
  let quoteDepth = 0;
  for (const rawLine of body.split(/\r?\n/).flatMap((line) => line.split(RUN_ON))) {
    const line = rawLine.replace(/^[#\s\u3000*]+/, '');
    const match = quoteDepth === 0 ? ARTICLE_AT_LINE_START.exec(line) : null;
    const number = match && parseChineseNumber(match[1]);
    if (match && number) {
      const key = match[2] ? `${number}-${parseChineseNumber(match[2])}` : String(number);
      if (!seen.has(key)) {
        seen.add(key);
        found.push(key);
      }
    }
    quoteDepth = Math.max(0, quoteDepth + count(line, /[“「『]/g) - count(line, /[”」』]/g));
  }
  return found;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function report(outcomes: readonly Outcome[], elapsed: number, listing: boolean): void {
  const refused = outcomes.filter((outcome) => outcome.refused !== undefined);
  const numbered = outcomes.filter((outcome) => outcome.refused === undefined && outcome.expected.length > 0);
  const exact = numbered.filter((outcome) => sameList(outcome.expected, outcome.found));
  const paragraphTexts = outcomes.filter((outcome) => outcome.paragraphs);
  const provisions = outcomes.reduce((sum, outcome) => sum + outcome.found.length, 0);
  const leaking = outcomes.reduce((sum, outcome) => sum + outcome.leaking.length, 0);
  const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(2)}%`;
  console.log(`texts: ${outcomes.length}, parsed in ${(elapsed / 1000).toFixed(2)} s`);
  console.log(`refused: ${refused.length}`);
  console.log(`numbered texts: ${numbered.length}, exactly their articles: ${exact.length} (${percent(exact.length, numbered.length)})`);
  console.log(`texts read as paragraphs (no numbered structure): ${paragraphTexts.length}`);
  console.log(`articles: ${provisions}, with a heading, group heading or appendix in their text, or divisions doubled: ${leaking} (exact ${percent(provisions - leaking, provisions)})`);
  if (!listing) {
    return;
  }
  for (const outcome of refused) {
    console.log(`REFUSED ${outcome.file}: ${outcome.refused}`);
  }
  for (const outcome of numbered.filter((candidate) => !sameList(candidate.expected, candidate.found))) {
    const missing = outcome.expected.filter((key) => !outcome.found.includes(key));
    const extra = outcome.found.filter((key) => !outcome.expected.includes(key));
    console.log(`INEXACT ${outcome.file}: ${outcome.expected.length} numbered, ${outcome.found.length} found; missing ${missing.slice(0, 8).join(',')} extra ${extra.slice(0, 8).join(',')}`);
  }
  for (const outcome of outcomes.filter((candidate) => candidate.leaking.length > 0)) {
    console.log(`LEAK ${outcome.file}: ${outcome.leaking.slice(0, 8).join(',')}`);
  }
}

function sameList(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((key, index) => key === right[index]);
}

main();
