/**
 * What kind of text a document is (法律, 行政法规, 部门规章, 司法解释, 地方性法规 …), inferred from
 * who issued it and how its title names it, as the hierarchy of the Legislation Law sorts them.
 * Undefined when neither says; the user sets it in document.yaml.
 */

const RULES: readonly { readonly type: string; readonly issuer?: RegExp; readonly title?: RegExp }[] = [
  { type: '宪法', title: /^中华人民共和国宪法(?:修正案)?(?:（|$)/ },
  { type: '司法解释', issuer: /^最高人民(?:法院|检察院)/ },
  { type: '司法解释', title: /^最高人民(?:法院|检察院)/ },
  { type: '地方性法规', issuer: /^.{2,12}(?:省|市|自治区|自治州|自治县)人民代表大会(?:常务委员会)?$/ },
  { type: '法律', issuer: /^全国人民代表大会(?:常务委员会)?$/ },
  { type: '法律', title: /^中华人民共和国.+法(?:（.+）)?$/ },
  { type: '行政法规', issuer: /^国务院$/, title: /(?:条例|规定|办法|细则)(?:（.+）)?$/ },
  { type: '行政法规', title: /^中华人民共和国.+条例(?:（.+）)?$/ },
  { type: '地方政府规章', issuer: /^.{2,12}(?:省|市|自治区|自治州)人民政府$/, title: /(?:规定|办法|细则)(?:（.+）)?$/ },
  { type: '部门规章', issuer: /(?:部|委员会|总局|局|署|银行)$/, title: /(?:规定|办法|细则|规则)(?:（.+）)?$/ },
  { type: '地方性法规', title: /^.{2,12}(?:省|市|自治区|自治州|自治县|经济特区).*条例(?:（.+）)?$/ },
];

export function documentType(title: string, issuers: readonly string[]): string | undefined {
  return RULES.find(
    (rule) => (rule.issuer === undefined || issuers.some((issuer) => rule.issuer?.test(issuer))) && (rule.title === undefined || rule.title.test(title)),
  )?.type;
}
