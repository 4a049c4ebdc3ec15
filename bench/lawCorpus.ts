import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { PolicyDocument } from '../src/core/model';
import { parseDocument } from '../src/core/parse/parseDocument';
import { toChineseNumeral } from '../src/core/references/chineseNumerals';

/** As many laws as the LawRefBook/Laws corpus holds outside its case collections. */
const GENERATED_LAWS = 1_400;

/**
 * Laws for search at the scale of a real corpus: what users bring is mostly Chinese, thousands of
 * characters per law. With `POLICY_BENCH_LAWS` naming a folder (a checkout of the public
 * LawRefBook/Laws corpus), every Markdown file under it; otherwise laws generated from the real
 * laws of the parser's tests. Either way each law goes through the importer's parser.
 */
export function loadLawCorpus(benchDir: string): PolicyDocument[] {
  const folder = process.env.POLICY_BENCH_LAWS;
  const sources = folder ? markdownFiles(folder).map((file) => readFileSync(file, 'utf8')) : generatedLaws(benchDir);
  return sources
    .map((markdown, index) => lawDocument(markdown, `law-${index + 1}`))
    .filter((document): document is PolicyDocument => document !== undefined);
}

/** One law through the importer's parser; a text it finds no structure in is left out, as `add` would refuse it. */
function lawDocument(markdown: string, id: string): PolicyDocument | undefined {
  try {
    return parseDocument({ id, chinese: markdown }).document;
  } catch {
    return undefined;
  }
}

export function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.split(path.sep).some((part) => part.startsWith('.')))
    .sort()
    .map((name) => path.join(folder, name));
}

interface Skeleton {
  readonly title: string;
  /** Articles per chapter, in order. */
  readonly chapters: readonly { readonly title: string; readonly articles: number }[];
}

/**
 * Laws shaped like the real ones (their chapters and article counts) whose articles are drawn from
 * the paragraphs of all of them by a seeded generator: real vocabulary and lengths, and no two laws
 * alike, so that no index can profit from repetition.
 */
export function generatedLaws(benchDir: string, count = GENERATED_LAWS): string[] {
  const documents = path.resolve(benchDir, '..', 'test', 'fixtures', 'documents');
  const laws = readdirSync(documents)
    .filter((name) => name.endsWith('.zh.md'))
    .sort()
    .map((name) => parseDocument({ id: 'sample', chinese: readFileSync(path.join(documents, name), 'utf8') }).document);
  const skeletons = laws.map(skeletonOf);
  const paragraphs = laws.flatMap((law) => law.provisions.flatMap((provision) => provision.text.zh.split('\n')));
  const random = seeded(2017);
  const pick = (): string => paragraphs[Math.floor(random() * paragraphs.length)];
  return Array.from({ length: count }, (_, index) => {
    const skeleton = skeletons[index % skeletons.length];
    const lines = [`# ${skeleton.title}（${index + 1}）`, '', '<!-- INFO END -->', ''];
    let article = 0;
    skeleton.chapters.forEach((chapter, chapterIndex) => {
      lines.push(`## 第${toChineseNumeral(chapterIndex + 1)}章 ${chapter.title}`, '');
      for (let count = 0; count < chapter.articles; count++) {
        article += 1;
        lines.push(`第${toChineseNumeral(article)}条 ${pick()}`, '');
        if (random() < 0.3) {
          lines.push(pick(), '');
        }
      }
    });
    return lines.join('\n');
  });
}

function skeletonOf(law: PolicyDocument): Skeleton {
  const chapters = law.parts.length > 0 ? law.parts : [{ title: { zh: '总则' }, provisions: law.provisions }];
  return { title: law.title.zh, chapters: chapters.map((chapter) => ({ title: chapter.title.zh, articles: chapter.provisions.length })) };
}

/** mulberry32: the same laws on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
