import { PolicyDocument } from '../../../src/core/model';
import { parseFixture } from '../helpers/fixtures';
import { eCommerceLaw, pipl } from '../helpers/laws';

const parsed = new Map<string, PolicyDocument>();

/** A fixture law parsed once, its id made from its file name. */
function law(fileName: string): PolicyDocument {
  let document = parsed.get(fileName);
  if (!document) {
    document = parseFixture(fileName).document;
    parsed.set(fileName, document);
  }
  return document;
}

/** Five laws: two versions of one (renumbered, no `revises:`), and one citing another (反电信网络诈骗法 → 个人信息保护法). */
export function corpusLaws(): PolicyDocument[] {
  return [pipl(), eCommerceLaw(), law('anti-telecom-fraud-law-2022.zh.md'), law('wildlife-protection-law-2018.zh.md'), law('wildlife-protection-law-2022.zh.md')];
}
