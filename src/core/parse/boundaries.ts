import { articleOf, insertOf } from '../model';
import { LineToken } from './grammar';
import { SourceLine } from './sourceLines';

/**
 * Where a text's provisions begin and end, decided by its numbering rather than line by line:
 * - a provision line out of sequence inside a provision is quoted text (an amendment quoting the
 *   articles it inserts: 宪法修正案 article 52 quoting 第一百二十三条 … and 第七节);
 * - a 一、 heading standing between two articles groups the articles after it;
 * - after the last provision, 附件 / 附表 / 附录 open the appendices, which are text, never a
 *   provision's;
 * - a run of division headings repeated further down is a table of contents, read once.
 */
export interface Boundaries {
  /** Indexes of the lines that begin a provision. */
  readonly provisions: ReadonlySet<number>;
  /** Indexes of lines that look like provisions or divisions but are text of the provision they are in. */
  readonly text: ReadonlySet<number>;
  /** Indexes of 一、 lines that are headings over the articles after them. */
  readonly groups: ReadonlySet<number>;
  /** Indexes of lines listing the headings before the headings themselves. */
  readonly contents: ReadonlySet<number>;
  /** Indexes of the lines opening an appendix; every line after the first of them is an appendix's. */
  readonly appendices: ReadonlySet<number>;
}

type Unit = 'article' | 'numbered' | 'heading' | 'paragraph';

// 附件 / 附件一 / 附件2：… / 附表 / 附录: a line opening an appendix (not "附件所列…" prose).
const APPENDIX = /^附\s*(?:件|表|录)\s*[一二三四五六七八九十\d０-９]*(?:[：:、.．\s]|$)/;
const MAX_APPENDIX_HEADING = 60;
// A line introducing what follows as a quotation: "…内容如下：".
const INTRODUCES = /[：:]$/;

/**
 * `original` is false for a translation: its numbers are hints only (translations renumber and
 * slip), so every line of the unit there begins a provision, and pairing sorts them out.
 */
export function findBoundaries(lines: readonly SourceLine[], tokens: readonly LineToken[], unit: Unit, from: number, original: boolean): Boundaries {
  const text = new Set<number>();
  const groups = new Set<number>();
  const contents = tableOfContents(lines, tokens, from);
  const accepted: number[] = [];
  let last: number | undefined;
  let quoting = false;
  for (let index = from; index < lines.length; index++) {
    const token = tokens[index];
    if (contents.has(index)) {
      continue;
    }
    if (token.kind === 'division' && last !== undefined && (quoting || INTRODUCES.test(lines[index - 1]?.text ?? ''))) {
      quoting = true;
      text.add(index);
      continue;
    }
    if (!isUnit(token, unit)) {
      continue;
    }
    const number = token.number;
    const spaced = token.kind !== 'article' || token.spaced;
    if (last === undefined ? spaced || number === 1 : follows(last, number)) {
      last = number;
      quoting = false;
      accepted.push(index);
      continue;
    }
    if (!spaced || last === undefined) {
      continue;
    }
    if (!original) {
      last = number;
      accepted.push(index);
      continue;
    }
    if (number <= last || quoting || INTRODUCES.test(lines[index - 1]?.text ?? '') || continuesLater(tokens, index, last, number, unit)) {
      quoting = true;
      text.add(index);
      continue;
    }
    // A gap (articles repealed and left out): the numbering goes on from here.
    last = number;
    accepted.push(index);
  }
  if (unit === 'article') {
    findGroups(lines, tokens, new Set(accepted), groups);
  }
  return { provisions: new Set(accepted), text, groups, contents, appendices: appendices(lines, accepted[accepted.length - 1] ?? from - 1) };
}

/** Whether the line is of the kind that makes the text's provisions. */
export function isUnit(token: LineToken, unit: Unit): token is Extract<LineToken, { kind: 'article' | 'numbered' | 'heading' }> {
  return token.kind === unit;
}

/** The next article (120 → 121), or the next one inserted after it (120 → 120-1 → 120-2). */
function follows(last: number, number: number): boolean {
  return number === articleOf(last) + 1 || (articleOf(number) === articleOf(last) && insertOf(number) === insertOf(last) + 1);
}

/** Whether the numbering picks up again after a jump: then the jump was quoted. */
function continuesLater(tokens: readonly LineToken[], index: number, last: number, number: number, unit: Unit): boolean {
  for (let later = index + 1; later < tokens.length; later++) {
    const token = tokens[later];
    if (isUnit(token, unit) && token.number > last && token.number < number) {
      return true;
    }
  }
  return false;
}

/**
 * 一、 lines that are short headings and stand before an article the numbering takes, with at most
 * a short subheading between ("四、关于质押部分的解释", "（一）动产质押", "第八十四条 …").
 */
function findGroups(lines: readonly SourceLine[], tokens: readonly LineToken[], articles: ReadonlySet<number>, groups: Set<number>): void {
  tokens.forEach((token, index) => {
    if (token.kind !== 'heading' || !isHeadingText(lines[index].text)) {
      return;
    }
    const next = index + 1;
    if (articles.has(next) || (articles.has(next + 1) && tokens[next].kind === 'text' && isHeadingText(lines[next].text))) {
      groups.add(index);
    }
  });
}

function isHeadingText(text: string): boolean {
  return text.length <= MAX_APPENDIX_HEADING && !/[。；;，,]/.test(text);
}

function appendices(lines: readonly SourceLine[], lastProvision: number): Set<number> {
  const found = new Set<number>();
  for (let index = lastProvision + 1; index < lines.length; index++) {
    const text = lines[index].text;
    if (APPENDIX.test(text) && text.length <= MAX_APPENDIX_HEADING && !/[。；;]$/.test(text)) {
      found.add(index);
    }
  }
  return found;
}

/**
 * Division headings listed before the headings themselves: a run of two or more heading lines with
 * nothing between them whose first comes again further down.
 */
function tableOfContents(lines: readonly SourceLine[], tokens: readonly LineToken[], from: number): Set<number> {
  const found = new Set<number>();
  let start = from;
  while (start < lines.length && tokens[start].kind !== 'division') {
    start++;
  }
  // The contents and the headings may be spaced differently ("第一章 总 则", "第一章 总则").
  const entries = new Set<string>();
  let end = start;
  while (end < lines.length && (tokens[end].kind === 'division' || tokens[end].kind === 'supplementary') && !entries.has(unspaced(lines[end].text))) {
    entries.add(unspaced(lines[end].text));
    end++;
  }
  if (end - start < 2) {
    return found;
  }
  if (lines.some((line, index) => index >= end && entries.has(unspaced(line.text)))) {
    for (let index = start; index < end; index++) {
      found.add(index);
    }
  }
  return found;
}

function unspaced(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}
