import { Codebook, Tag } from './annotation';
import { CODEBOOK_SCHEMA } from '../files/schemas';
import { nextTagColor } from './tagColors';
import { localized } from '../../l10n/localized';

/**
 * The codebook schema's rule for tag ids (lower-case letters of any script, digits, - and _,
 * starting with a letter): one definition for the files, the editors and the commands.
 */
export const TAG_ID = new RegExp(CODEBOOK_SCHEMA.definitions?.tagId?.pattern ?? '', 'u');

/** The tags a list of names stands for, and the tags to add to the codebook for those it lacks. */
export interface NamedTags {
  /** The ids, in the order named, each once. */
  readonly ids: readonly string[];
  /** New tags, in the order named; empty when the codebook had them all. */
  readonly created: readonly Tag[];
}

/**
 * What a person means by the tag names they type or pass: an existing tag by its id, else by a
 * label in either language ("Privacy", "隐私"; English without regard to case), else a new tag
 * whose id comes from the name ("Data localisation" → `data-localisation`, "个人信息" keeps its
 * characters), labelled with the name in both languages and given the palette's next colour.
 * Returns a sentence instead when a name cannot make an id (no letter in it).
 */
export function resolveTagNames(codebook: Codebook, names: readonly string[]): NamedTags | { readonly refused: string } {
  const ids: string[] = [];
  const created: Tag[] = [];
  for (const name of names) {
    const known = [...codebook.tags, ...created];
    const existing = findTag(known, name);
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const id = tagIdFromName(name);
    if (id === undefined) {
      return { refused: localized('refusal.tagName', name) };
    }
    const same = known.find((tag) => tag.id === id);
    if (!same) {
      const label = name.trim() === id ? labelFromId(id) : name.trim().replace(/\s+/g, ' ');
      created.push({ id, label: { en: label, zh: label }, description: '', color: nextTagColor({ tags: known }) });
    }
    ids.push(id);
  }
  return { ids: [...new Set(ids)], created };
}

/** The tag a name means: by id, then by label (English case-insensitively, folded for width). */
export function findTag(tags: readonly Tag[], name: string): Tag | undefined {
  const wanted = fold(name);
  return tags.find((tag) => tag.id === name.trim()) ?? tags.find((tag) => fold(tag.label.en) === wanted || fold(tag.label.zh) === wanted);
}

/**
 * A tag id made from a name: folded (full-width to ASCII, lower case), every run of other marks
 * and spaces a single `-`, leading non-letters dropped, at most 64 characters. Undefined when no
 * letter is left.
 */
export function tagIdFromName(name: string): string | undefined {
  const id = fold(name)
    .replace(/[^\p{L}\p{M}\p{Nd}_-]+/gu, '-')
    .replace(/^[^\p{L}]+/u, '')
    .slice(0, 64)
    .replace(/[-_]+$/, '');
  return TAG_ID.test(id) ? id : undefined;
}

/** "data-localisation" → "Data localisation", a first label for an id; ids in Chinese stay as they are. */
export function labelFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}
