import { Library } from './library';
import { Provision, insertedNumber, numberKey, parseNumberKey, provisionRange } from './model';
import { parseChineseNumber } from './parse/numbers';
import { CHINESE_NUMERAL_CHARACTERS, parseChineseNumeral } from './references/chineseNumerals';
import { localized } from './l10n/localized';

/**
 * A provision reference as typed on the command line or stored in a link:
 * `15`, `p15`, `¶15` or `<document-id>#15`; an inserted article `120-1` or `<document-id>#120-1`.
 * Without a document id it means the default document.
 */
export interface ProvisionRef {
  readonly documentId?: string;
  readonly number: number;
}

const REF = /^(?:([a-z0-9][a-z0-9-]*)#)?(?:p|¶)?(\d{1,4}(?:-\d{1,3})?)$/i;
// 第一百二十条之一, as the Chinese original names the article.
const CHINESE_REF = new RegExp(`^(?:([a-z0-9][a-z0-9-]*)#)?第(${CHINESE_NUMERAL_CHARACTERS}{1,8}|\\d{1,4})条(?:之([一二三四五六七八九十]{1,3}))?$`, 'i');

export function parseProvisionRef(text: string): ProvisionRef | undefined {
  const match = REF.exec(text.trim()) ?? CHINESE_REF.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const number = match[3] !== undefined || !/^[\d-]+$/.test(match[2]) ? chineseArticle(match[2], match[3]) : (parseNumberKey(match[2]) ?? Number.NaN);
  return match[1] === undefined ? { number } : { documentId: match[1], number };
}

function chineseArticle(article: string, inserted: string | undefined): number {
  const number = parseChineseNumber(article);
  return number === undefined ? Number.NaN : insertedNumber(number, inserted === undefined ? 0 : (parseChineseNumeral(inserted) ?? 0));
}

export type ResolvedRef = { readonly provision: Provision } | { readonly error: string };

/** Resolves a typed reference, or says in one line why it names nothing. */
export function resolveProvisionRef(library: Library, text: string): ResolvedRef {
  const ref = parseProvisionRef(text);
  if (!ref) {
    return { error: localized('reference.notARef', text) };
  }
  const document = library.document(ref.documentId);
  if (!document) {
    return { error: localized('reference.unknownDocument', String(ref.documentId), knownIds(library, String(ref.documentId))) };
  }
  const provision = library.provision(document.id, ref.number);
  if (!provision) {
    return { error: localized('problem.noProvision', document.id, numberKey(ref.number), provisionRange(document)) };
  }
  return { provision };
}

/** How many ids an unknown document's message lists: all of a small library, the closest of a corpus. */
const IDS_LISTED = 8;

/**
 * The ids "unknown document "x" (known: …)" lists: every id of a small library; of a corpus (a
 * thousand ids would be a page of text) the ids closest to the one typed, by the start they share,
 * then how many there are.
 */
export function knownIds(library: Library, id: string): string {
  const ids = library.documents.map((document) => document.id);
  if (ids.length <= IDS_LISTED) {
    return ids.join(', ');
  }
  const shared = (known: string) => {
    let length = 0;
    while (length < known.length && known[length] === id[length]) {
      length++;
    }
    return length;
  };
  const closest = ids
    .map((known) => ({ known, shared: shared(known) }))
    .sort((a, b) => b.shared - a.shared || Math.abs(a.known.length - id.length) - Math.abs(b.known.length - id.length) || a.known.localeCompare(b.known))
    .slice(0, IDS_LISTED)
    .map(({ known }) => known);
  return localized('reference.someOf', closest.join(', '), ids.length);
}
