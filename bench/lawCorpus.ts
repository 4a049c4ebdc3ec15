import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { Part, PolicyDocument, Provision, partId, provisionId } from '../src/core/model';

/**
 * 1,400 laws, regulations and judicial interpretations of the public LawRefBook/Laws corpus (commit
 * 2f4c5c2, Markdown as published; see bench/fixtures/README.md), for search at the scale of a real
 * corpus: what users bring is mostly Chinese, thousands of characters per law.
 */
const FIXTURE = 'lawrefbook-1400.md.br';
const SEPARATOR = '\n\u0000\n';

// "第十五条", "第一百二十条之一": an article starts a provision.
const ARTICLE = /^第[一二三四五六七八九十百千零〇两]+条(?:之[一二三四五六七八九十]+)?/;

export function loadLawCorpus(benchDir: string): PolicyDocument[] {
  const markdown = brotliDecompressSync(readFileSync(path.join(benchDir, 'fixtures', FIXTURE))).toString('utf8');
  return markdown
    .trim()
    .split(SEPARATOR)
    .map((law, index) => lawDocument(law, `law-${index + 1}`));
}

/**
 * A rough reading of one law for the bench, not the importer's: `##` headings are parts, each
 * article (or, in a law without articles, each paragraph) is a provision named by its label.
 */
function lawDocument(markdown: string, id: string): PolicyDocument {
  const [head, body = head] = markdown.split('<!-- INFO END -->');
  const title = /^# (.+)$/m.exec(head)?.[1] ?? id;
  const paragraphs = body.split(/\n+/).map((line) => line.trim()).filter((line) => line !== '');
  const byArticle = paragraphs.some((paragraph) => ARTICLE.test(paragraph));
  const parts: { title: string; provisions: { label: string; text: string[] }[] }[] = [{ title: '', provisions: [] }];
  for (const paragraph of paragraphs) {
    if (paragraph.startsWith('#')) {
      parts.push({ title: paragraph.replace(/^#+\s*/, ''), provisions: [] });
      continue;
    }
    const provisions = parts[parts.length - 1].provisions;
    const label = byArticle ? ARTICLE.exec(paragraph)?.[0] : `${provisions.length + 1}`;
    if (label || provisions.length === 0) {
      provisions.push({ label: label ?? '', text: [label ? paragraph.slice(label.length).trim() : paragraph] });
    } else {
      provisions[provisions.length - 1].text.push(paragraph);
    }
  }
  const allProvisions: Provision[] = [];
  const documentParts: Part[] = parts
    .filter((part) => part.provisions.length > 0)
    .map((part, partIndex) => {
      const provisions = part.provisions.map(({ label, text }): Provision => {
        const number = allProvisions.length + 1;
        const provision = {
          id: provisionId(id, number),
          documentId: id,
          number,
          part: partIndex + 1,
          title: { en: '', zh: label },
          text: { en: '', zh: text.join('\n') },
        };
        allProvisions.push(provision);
        return provision;
      });
      return { id: partId(id, partIndex + 1), number: partIndex + 1, numeral: { en: `${partIndex + 1}`, zh: `${partIndex + 1}` }, title: { en: '', zh: part.title }, provisions };
    });
  return {
    id,
    title: { en: '', zh: title },
    shortTitle: { en: '', zh: title },
    issuers: { en: [], zh: [] },
    date: '',
    translation: { translator: '', publisher: '' },
    preamble: { en: '', zh: '' },
    parts: documentParts,
    provisions: allProvisions,
  };
}
