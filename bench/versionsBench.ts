import { PolicyDocument } from '../src/core/model';
import { compareVersions } from '../src/core/versions/compareVersions';
import { ComparableProvision, squeeze } from '../src/core/versions/provisionContent';
import { diffText } from '../src/core/versions/textDiff';
import { Random } from '../test/unit/helpers/random';
import { Figure, median, sampleInTurns } from './measure';

const ARTICLES = 100;
const TARGET_MS = 200;

/**
 * A 100-article law made of the Opinions: its Chinese clauses dealt out in order, and its
 * English ones beside them, so that every article is different and words repeat across
 * articles as in a real law.
 */
function law(opinions: PolicyDocument): ComparableProvision[] {
  const clauses = (language: 'en' | 'zh', after: RegExp) => opinions.provisions.flatMap((provision) => provision.text[language].split(after).filter((clause) => clause.trim() !== ''));
  const zh = clauses('zh', /(?<=[，,；;。])/u);
  const en = clauses('en', /(?<=[,;.] )/u);
  const deal = (items: readonly string[], index: number) => items.slice(Math.floor((index * items.length) / ARTICLES), Math.floor(((index + 1) * items.length) / ARTICLES)).join('');
  return Array.from({ length: ARTICLES }, (_, index) => ({ number: index + 1, text: { zh: deal(zh, index), en: deal(en, index) } }));
}

/**
 * Its revision as the 2022 Wildlife Protection Law was: six articles added, two removed, one
 * split and two merged, a third of the rest rewritten in a clause, the rest renumbered.
 */
function revise(articles: readonly ComparableProvision[], random: Random): ComparableProvision[] {
  const texts = articles.map((article) => ({ zh: article.text.zh ?? '', en: article.text.en ?? '' }));
  for (let count = 0; count < 2; count++) {
    texts.splice(random.int(0, texts.length), 1);
  }
  const merged = random.int(0, texts.length - 1);
  texts.splice(merged, 2, { zh: texts[merged].zh + texts[merged + 1].zh, en: texts[merged].en + texts[merged + 1].en });
  const split = random.int(0, texts.length);
  const cut = texts[split].zh.slice(texts[split].zh.length / 2).search(/[，,]/u) + Math.ceil(texts[split].zh.length / 2) + 1;
  const [first, second] = [texts[split].zh.slice(0, cut), texts[split].zh.slice(cut)];
  texts.splice(split, 1, { zh: first, en: texts[split].en }, { zh: second, en: '' });
  for (const text of texts) {
    if (random.chance(1 / 3)) {
      const at = random.int(0, text.zh.length);
      text.zh = `${text.zh.slice(0, at)}，依法加强监督管理${text.zh.slice(at + random.int(0, 6))}`;
    }
  }
  for (let count = 0; count < 6; count++) {
    texts.splice(random.int(0, texts.length), 0, { zh: `国家建立第${count + 1}项新的保护制度，由国务院有关部门制定具体办法。`, en: '' });
  }
  return texts.map((text, index) => ({ number: index + 1, text }));
}

/** Comparing two 100-article versions and diffing every changed article, beside pairing identical texts by a Map. */
export async function benchVersions(opinions: PolicyDocument): Promise<Figure[]> {
  const before = law(opinions);
  const after = revise(before, new Random(17));
  const compareAndDiff = (): void => {
    for (const change of compareVersions(before, after).changes) {
      if (change.kind === 'changed' && change.old !== null && change.new !== null) {
        diffText(before[change.old - 1].text.zh ?? '', after[change.new - 1].text.zh ?? '');
        diffText(before[change.old - 1].text.en ?? '', after[change.new - 1].text.en ?? '');
      }
    }
  };
  const identicalByMap = (): void => {
    const byText = new Map(after.map((article) => [squeeze(article.text.zh ?? ''), article.number]));
    before.forEach((article) => byText.get(squeeze(article.text.zh ?? '')));
  };
  const [comparing, floor] = (await sampleInTurns([compareAndDiff, identicalByMap], 15)).map(median);
  return [
    {
      name: `compare two ${ARTICLES}-article versions (by content, every change diffed)`,
      value: comparing,
      unit: 'ms',
      floor: { name: 'pairing identical texts by a Map', value: floor },
      target: `< ${TARGET_MS} ms`,
      met: comparing < TARGET_MS,
    },
  ];
}
