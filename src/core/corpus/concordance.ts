import { CorpusPassage } from './passages';
import { localized } from '../l10n/localized';

/** What to look for: a word or phrase as written, or a regular expression; `width` characters each side. */
export interface ConcordanceQuery {
  readonly query: string;
  readonly regex?: boolean;
  /** Data finds Data and data: how a word of the Words view (lower-cased outside Chinese) is looked for. */
  readonly ignoreCase?: boolean;
  readonly width?: number;
}

/** One occurrence, keyword in context: `left + match + right` is a substring of the provision's text. */
export interface ConcordanceLine {
  readonly document: string;
  readonly provision: number;
  readonly language: CorpusPassage['language'];
  readonly left: string;
  readonly match: string;
  readonly right: string;
  /** Where the match starts in the provision's text. */
  readonly offset: number;
}

export const DEFAULT_CONTEXT_WIDTH = 20;

/** The query is not a regular expression JavaScript reads; the message says why. */
export class ConcordanceQueryError extends Error {}

/**
 * Every occurrence of the query in the passages, in corpus order. Context stops at the provision's
 * edges (a line never runs into the next article) and at line breaks, so that each line reads as
 * one paragraph. A pattern that matches the empty string finds nothing there, rather than a line
 * at every character.
 */
export function concordance(passages: Iterable<CorpusPassage>, { query, regex = false, ignoreCase = false, width = DEFAULT_CONTEXT_WIDTH }: ConcordanceQuery): ConcordanceLine[] {
  const pattern = compiled(query, regex, ignoreCase);
  const lines: ConcordanceLine[] = [];
  if (!pattern) {
    return lines;
  }
  for (const passage of passages) {
    const { text } = passage;
    pattern(text, (offset, length) => {
      const start = Math.max(offset - width, text.lastIndexOf('\n', offset - 1) + 1);
      const nextBreak = text.indexOf('\n', offset + length);
      const end = Math.min(offset + length + width, nextBreak < 0 ? text.length : nextBreak);
      lines.push({
        document: passage.document,
        provision: passage.provision,
        language: passage.language,
        left: text.slice(start, offset),
        match: text.slice(offset, offset + length),
        right: text.slice(offset + length, end),
        offset,
      });
    });
  }
  return lines;
}

// Calls `found` with each match's offset and length, in order (a callback: a generator per provision costs as much as the scan).
type Finder = (text: string, found: (offset: number, length: number) => void) => void;

function compiled(query: string, regex: boolean, ignoreCase: boolean): Finder | undefined {
  if (query === '') {
    return undefined;
  }
  if (!regex && ignoreCase) {
    return compiled(query.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), true, true);
  }
  if (!regex) {
    return (text, found) => {
      for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) {
        found(at, query.length);
      }
    };
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(query, ignoreCase ? 'giu' : 'gu');
  } catch (thrown) {
    throw new ConcordanceQueryError(localized('query.notRegex', query, (thrown as Error).message));
  }
  return (text, found) => {
    for (const match of text.matchAll(pattern)) {
      if (match[0] !== '') {
        found(match.index, match[0].length);
      }
    }
  };
}

export type ConcordanceOrder = 'corpus' | 'left' | 'right';

/**
 * The lines sorted as a concordance is read: by the words just left of the match (read from the
 * match outwards, so that 保护个人信息 and 处理个人信息 group by 护 and 理) or just right of it.
 */
export function sortConcordance(lines: readonly ConcordanceLine[], order: ConcordanceOrder): ConcordanceLine[] {
  if (order === 'corpus') {
    return [...lines];
  }
  const key = order === 'left' ? (line: ConcordanceLine) => [...line.left].reverse().join('') : (line: ConcordanceLine) => line.right;
  const keyed = lines.map((line) => ({ line, key: key(line) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ line }) => line);
}
