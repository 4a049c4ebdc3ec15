import { getOrCreate } from '../lib/getOrCreate';
import { Library } from '../library';
import { parseNumberKey } from '../model';
import { CHINESE_NUMERAL_CHARACTERS, parseChineseNumeral } from './chineseNumerals';
import { CitationKeys, citationKey } from './citationKey';
import { PLACEHOLDERS } from './placeholders';
import { CompiledTemplate } from './template';
import { URI_PREFIX } from './uri';

/**
 * How a template becomes a regular expression that finds its references in a draft.
 *
 * Literal text and placeholder values match with flexible spacing: any run of spaces in them
 * matches any run of whitespace or `~` (LaTeX's non-breaking space), so a reference broken across
 * lines is still found. Matching is case-sensitive.
 */

/** What a capture group says about the reference it is part of. */
export type GroupReading =
  | { readonly kind: 'number'; readonly read: (text: string) => number | undefined }
  /** 之一 after 第一百二十条: the article was inserted after the one the number before names. */
  | { readonly kind: 'insert' }
  /** Normalised value → the ids of the documents (or provisions) that have it. */
  | { readonly kind: 'document' | 'provision'; readonly owners: ReadonlyMap<string, ReadonlySet<string>> };

export interface TemplatePattern {
  readonly source: string;
  /** `groups[i]` reads capture group i + 1. */
  readonly groups: readonly GroupReading[];
}

/** For each document- or provision-level placeholder: each value it takes in the library → its owners. */
export type PlaceholderValues = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;

const SPACING = /[\s~]+/g;
// A title inside a title is marked 〈〉 (GB/T 15834), or 《》 by writers who do not nest: both match.
const TITLE_MARKS = /[《》〈〉]/g;
const INNER_TITLE_MARKS = /[〈〉]/g;
const FLEXIBLE_SPACE = '[\\s~]+';
// Up to four digits: the Civil Code has 1,260 articles; "120-1" for an inserted article.
const DIGITS = '(\\d{1,4}(?:-\\d{1,3})?)(?![\\d-])';
// What follows 第一百二十条 in an inserted article's name: 之一.
const INSERTED_AFTER_ARTICLE = '条(?:之([一二三四五六七八九十]{1,3}))?';
// A reference never starts inside an ASCII word ("XMobile Internet Opinions"), but may follow one
// ("word\cite") or Chinese text, which has no spaces.
const NOT_INSIDE_WORD = '(?:(?<!\\w)|(?!\\w))';

/** Values compare after spacing is normalised, as the pattern matches it flexibly. */
export function normaliseSpacing(text: string): string {
  return text.replace(SPACING, ' ').replace(INNER_TITLE_MARKS, (mark) => (mark === '〈' ? '《' : '》'));
}

export function placeholderValues(library: Library, citationKeys?: CitationKeys): PlaceholderValues {
  const values = new Map<string, Map<string, Set<string>>>();
  for (const document of library.documents) {
    const key = citationKey(document, citationKeys);
    for (const provision of document.provisions) {
      for (const placeholder of PLACEHOLDERS) {
        if (placeholder.recognition !== 'document' && placeholder.recognition !== 'provision') {
          continue;
        }
        const owner = placeholder.recognition === 'document' ? document.id : provision.id;
        const value = normaliseSpacing(placeholder.render({ document, provision, citationKey: key }));
        const owners = getOrCreate(getOrCreate(values, placeholder.name, () => new Map()), value, () => new Set());
        owners.add(owner);
      }
    }
  }
  return values;
}

export function templatePattern(template: CompiledTemplate, values: PlaceholderValues, documentIds: readonly string[]): TemplatePattern {
  const groups: GroupReading[] = [];
  const parts = template.pieces.map((piece, index) => {
    if (piece.kind === 'literal') {
      const before = template.pieces[index - 1];
      if (before?.kind === 'placeholder' && before.placeholder.recognition === 'chineseNumeral' && piece.text.startsWith('条')) {
        groups.push({ kind: 'insert' });
        return INSERTED_AFTER_ARTICLE + flexible(piece.text.slice(1));
      }
      return flexible(piece.text);
    }
    const { placeholder } = piece;
    switch (placeholder.recognition) {
      case 'digits':
        groups.push({ kind: 'number', read: parseNumberKey });
        return DIGITS;
      case 'chineseNumeral':
        groups.push({ kind: 'number', read: parseChineseNumeral });
        // No canonical numeral up to 9999 is longer than 7 characters (九千九百九十九); the bound keeps backtracking short.
        return `(${CHINESE_NUMERAL_CHARACTERS}{1,8})`;
      case 'uri':
        groups.push({ kind: 'document', owners: new Map(documentIds.map((id) => [id, new Set([id])])) });
        groups.push({ kind: 'number', read: parseNumberKey });
        return `${escapeRegExp(URI_PREFIX)}(${alternation(documentIds)})/${DIGITS}`;
      case 'document':
      case 'provision': {
        const owners = values.get(placeholder.name) ?? new Map<string, ReadonlySet<string>>();
        groups.push({ kind: placeholder.recognition, owners });
        return `(${alternation([...owners.keys()])})`;
      }
    }
  });
  return { source: NOT_INSIDE_WORD + parts.join(''), groups };
}

/** Longest first, so that a value that is a prefix of another does not cut it short. */
function alternation(values: readonly string[]): string {
  return [...values].sort((a, b) => b.length - a.length).map(flexible).join('|');
}

function flexible(text: string): string {
  return text.split(SPACING).map((part) => escapeRegExp(part).replace(TITLE_MARKS, (mark) => (mark === '《' || mark === '〈' ? '[《〈]' : '[》〉]'))).join(FLEXIBLE_SPACE);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
