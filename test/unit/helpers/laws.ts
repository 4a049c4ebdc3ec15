import { Library } from '../../../src/core/library';
import { parseChineseNumeral, toChineseNumeral } from '../../../src/core/references/chineseNumerals';
import { PolicyDocument } from '../../../src/core/model';
import { parseFixture } from './fixtures';
import { opinions } from './opinions';

const parsed = new Map<string, PolicyDocument>();

function once(key: string, parse: () => PolicyDocument): PolicyDocument {
  let document = parsed.get(key);
  if (!document) {
    document = parse();
    parsed.set(key, document);
  }
  return document;
}

/** The Personal Information Protection Law with the NPC's English translation: a bilingual law (id `pipl-2021`). */
export function pipl(): PolicyDocument {
  return once('pipl', () => parseFixture('pipl-2021.zh.md', 'pipl-2021.en.md').document);
}

/** The E-Commerce Law, Chinese only (id `e-commerce-law-2018`). */
export function eCommerceLaw(): PolicyDocument {
  return once('e-commerce', () => parseFixture('e-commerce-law-2018.zh.md').document);
}

/** The Opinions (the default document), a bilingual law and a Chinese-only law. */
export function corpusLibrary(): Library {
  return new Library([opinions(), pipl(), eCommerceLaw()]);
}

/** The article withInsertedArticle inserts. */
export const INSERTED_ARTICLE = '第六条 电子商务平台经营者应当定期公布其履行本法义务的情况。';

/** A law's text with INSERTED_ARTICLE put before its article 6: every later article's number goes up by one. */
export function withInsertedArticle(text: string): string {
  const renumbered = text.replace(/^第([零〇一二两三四五六七八九十百千]+)条(?=[ 　])/gm, (label, numeral: string) => {
    const number = parseChineseNumeral(numeral) ?? 0;
    return number >= 6 ? `第${toChineseNumeral(number + 1)}条` : label;
  });
  return renumbered.replace(/^第七条(?=[ 　])/m, `${INSERTED_ARTICLE}\n\n第七条`);
}
