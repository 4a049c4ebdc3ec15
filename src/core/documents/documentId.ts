/**
 * Document ids: slugs chosen once (notes folders and references store them), lowercase letters,
 * digits and dashes, as document.schema.json says.
 */
export const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

// What file names add after the name of the document: its language and its format.
const SUFFIXES = /\.(?:md|markdown|txt|text|zh|cn|chs|chinese|en|eng|english|zh-en|en-zh|bilingual)$/i;

/**
 * "e-commerce-law-2018.zh.md" → "e-commerce-law-2018"; '' when the name has no Latin letters
 * (个人信息保护法(2021-08-20).md names the document by what a slug cannot write).
 */
export function slugOf(text: string): string {
  let name = text.replace(/^.*[/\\]/, '');
  while (SUFFIXES.test(name)) {
    name = name.replace(SUFFIXES, '');
  }
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return /[a-z]/.test(slug) ? slug : '';
}

/** What kind of text a document is (documentType.ts), as an id says it. */
const TYPE_SLUGS: Readonly<Record<string, string>> = {
  宪法: 'constitution',
  法律: 'law',
  行政法规: 'regulation',
  司法解释: 'interpretation',
  地方性法规: 'local-regulation',
  地方政府规章: 'local-rule',
  部门规章: 'rule',
};

/**
 * An id from what a text says of itself, for a file whose name gives no slug: its kind and its
 * date, "local-regulation-2018-04-09". Two documents share it only when both agree, so the ids of
 * a corpus do not depend on the order its files were added in (as "document-2017-3" did).
 */
export function factsSlug(type: string | undefined, date: string): string {
  const kind = (type !== undefined && Object.hasOwn(TYPE_SLUGS, type) && TYPE_SLUGS[type]) || 'document';
  const day = /^\d{4}(?:-\d{2}-\d{2})?/.exec(date)?.[0];
  return day ? `${kind}-${day}` : kind;
}

/** `wanted`, or `wanted-2`, `wanted-3` … whichever is free. */
export function freeId(wanted: string, taken: ReadonlySet<string>): string {
  let id = wanted;
  for (let count = 2; taken.has(id); count++) {
    id = `${wanted}-${count}`;
  }
  return id;
}
