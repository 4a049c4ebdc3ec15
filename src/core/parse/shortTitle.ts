import { Bilingual } from '../model';

/**
 * The name writers cite a document by, from its full title: laws drop the state's name
 * (中华人民共和国网络安全法 → 网络安全法, "Cybersecurity Law of the People's Republic of China" →
 * "Cybersecurity Law"); documents "关于…" drop the issuer before 关于 (国务院关于口岸开放的若干规定 →
 * 关于口岸开放的若干规定). The user can set any other in document.yaml.
 */
export function shortTitleOf(title: Bilingual): Bilingual {
  const zh = title.zh.replace(/^中华人民共和国(?=.)/, '').replace(/^[^关]{2,30}(?=关于.)/, '');
  const en = title.en
    .replace(/\s+of the People[’']s Republic of China\b/i, '')
    .replace(/^(?:The\s+)?People[’']s Republic of China\s+/i, '')
    .trim();
  return { en, zh };
}
