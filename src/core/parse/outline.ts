import { DivisionKind, Language } from '../model';
import { findBoundaries, isUnit } from './boundaries';
import { LineToken, readLine } from './grammar';
import { SourceLine, splitRunOnArticles } from './sourceLines';

/**
 * One language of a document read into its structure, before the two languages are paired:
 * front matter, preamble, divisions and provisions with the text of each, every piece remembering
 * the line it came from.
 */

/**
 * Which lines make provisions: 第X条 articles, numbered paragraphs (1.) or 一、 items; in a text
 * numbering none of these (a judicial reply, a case report), its paragraphs.
 */
export type ProvisionUnit = 'article' | 'numbered' | 'heading' | 'paragraph';

export interface StructurePlan {
  readonly unit: ProvisionUnit;
  /** 一、 headings are parts over numbered paragraphs (the Opinions). */
  readonly headingParts: boolean;
}

export interface OutlineDivision {
  readonly line: number;
  readonly kind: DivisionKind;
  /** As written; a hint only (translations renumber). */
  readonly number: number;
  readonly label: string;
  title: string;
  /** Its place among the kinds (book 0 … section 3); parts and unnumbered 附则 go where they are found. */
  readonly level: number;
  readonly parent?: OutlineDivision;
  /** Text between the heading and the first provision. */
  readonly intro: string[];
}

export interface OutlineProvision {
  readonly line: number;
  /** As written; a hint only in a translation. */
  readonly number: number;
  readonly label: string;
  /** Paragraphs, verbatim. */
  readonly paragraphs: string[];
  readonly division?: OutlineDivision;
}

export interface LanguageOutline {
  readonly language: Language;
  readonly title?: string;
  /** Lines around the title that are metadata (dates, issuers, a byline), not text. */
  readonly front: SourceLine[];
  readonly preamble: string[];
  readonly divisions: OutlineDivision[];
  readonly provisions: OutlineProvision[];
}

const LEVELS: Readonly<Record<DivisionKind, number>> = { appendix: -2, part: -1, book: 0, subbook: 1, chapter: 2, section: 3, supplementary: 2 };
// 一、 over articles: below every numbered division, so that the next chapter or section closes it.
const GROUP_LEVEL = 4;
// "《关于…的意见》全文如下。": a web page introducing the full text under its title.
const FULL_TEXT_FOLLOWS = /^《(.+)》全文如下[。：:]?$/;
// A paragraph of prose (not a title or a metadata line) ends as a sentence does or runs long.
const PROSE = { zh: /[。；;：:！？]$/, en: /[.;:!?]$/ };
const SHORT_LINE = { zh: 60, en: 160 };
// A title line ending where its name cannot end goes on in the next line.
const UNFINISHED_TITLE = { zh: /(?:关于|的|和|与|及|对|《)$/, en: /\b(?:of|and|the|on|for|in|to|concerning|regarding)$/i };
const TABLE_OF_CONTENTS = /^(?:目\s*录|(?:Table of )?Contents)$/i;

export function readOutline(given: readonly SourceLine[], language: Language, plan: StructurePlan): LanguageOutline {
  const outline: LanguageOutline = { language, front: [], preamble: [], divisions: [], provisions: [] };
  const lines = plan.unit === 'article' ? splitRunOnArticles(given) : given;
  const tokens = lines.map((line) => readLine(line.text, language, line.heading > 0));
  const body = readFront(lines, tokens, outline);
  if (plan.unit === 'paragraph') {
    lines.slice(body).forEach(({ line, text }, index) => outline.provisions.push({ line, number: index + 1, label: '', paragraphs: [text] }));
    return outline;
  }
  const boundaries = findBoundaries(lines, tokens, plan.unit, body, language === 'zh');
  let division: OutlineDivision | undefined;
  let provision: OutlineProvision | undefined;
  let inPreamble = false;
  let inAppendix = false;
  const open = (start: DivisionStart, line: number, level: number) => {
    let parent = division;
    while (parent && parent.level >= level) {
      parent = parent.parent;
    }
    division = { line, ...start, level, parent, intro: [] };
    outline.divisions.push(division);
    provision = undefined;
    inPreamble = false;
  };
  for (let index = body; index < lines.length; index++) {
    const { line, text } = lines[index];
    const token = tokens[index];
    if (boundaries.appendices.has(index)) {
      const appendices = outline.divisions.filter((candidate) => candidate.kind === 'appendix').length;
      const [label, title] = appendixHeading(text);
      open({ kind: 'appendix', number: appendices + 1, label, title }, line, LEVELS.appendix);
      inAppendix = true;
      continue;
    }
    if (!inAppendix && boundaries.contents.has(index)) {
      continue;
    }
    if (!inAppendix && TABLE_OF_CONTENTS.test(text)) {
      index = afterTableOfContents(lines, index);
      continue;
    }
    if (!inAppendix && token.kind === 'preamble') {
      inPreamble = true;
      continue;
    }
    const divisionToken = inAppendix || boundaries.text.has(index) ? undefined : asDivision(token, plan, boundaries.groups.has(index));
    if (divisionToken) {
      const level = boundaries.groups.has(index) ? GROUP_LEVEL : divisionToken.kind === 'supplementary' && division ? topLevel(division) : LEVELS[divisionToken.kind];
      open(divisionToken, line, level);
      continue;
    }
    if (!inAppendix && boundaries.provisions.has(index) && isUnit(token, plan.unit)) {
      provision = { line, number: token.number, label: token.label, paragraphs: token.rest === '' ? [] : [token.rest], division };
      outline.provisions.push(provision);
      inPreamble = false;
      continue;
    }
    if (provision) {
      provision.paragraphs.push(text);
    } else if (division && !inPreamble) {
      if (division.title === '' && division.intro.length === 0 && !PROSE[language].test(text)) {
        // "Chapter I" on one line and "General Provisions" on the next.
        division.title = text;
      } else {
        division.intro.push(text);
      }
    } else {
      outline.preamble.push(text);
    }
  }
  return outline;
}

/** "附件一：…" → ["附件一", "…"]; "附件" → ["附件", ""]. */
function appendixHeading(text: string): [string, string] {
  const match = /^(附\s*[件表录]\s*[一二三四五六七八九十\d０-９]*)[：:、.．\s]*(.*)$/.exec(text);
  return match ? [match[1], match[2]] : [text, ''];
}

type DivisionStart = { kind: DivisionKind; number: number; label: string; title: string };

function asDivision(token: LineToken, plan: StructurePlan, group: boolean): DivisionStart | undefined {
  if (token.kind === 'division') {
    return { kind: token.division, number: token.number, label: token.label, title: token.rest };
  }
  if (token.kind === 'supplementary') {
    return { kind: 'supplementary', number: 0, label: '', title: token.label };
  }
  if (token.kind === 'heading' && (plan.headingParts || group)) {
    // The numeral alone ("四", "IV"): renderers punctuate it as each language does.
    return { kind: 'part', number: token.number, label: token.label.replace(/[、.,．]$/, ''), title: token.rest };
  }
  return undefined;
}

/** 附则 standing alone sits beside the outermost divisions found so far. */
function topLevel(division: OutlineDivision): number {
  let top = division;
  while (top.parent) {
    top = top.parent;
  }
  return top.level;
}

/**
 * Reads the title and the metadata lines around it; returns the index of the first line of text.
 * The LawRefBook format marks its metadata (`# title`, dates) by `<!-- INFO END -->`; elsewhere the
 * front matter is the title and the short lines after it, up to the first prose or structure.
 */
function readFront(lines: readonly SourceLine[], tokens: readonly LineToken[], outline: LanguageOutline): number {
  let index = 0;
  let title: string | undefined;
  const setTitle = (text: string) => {
    // A title is a name, not text to quote: runs of spaces (a page's layout) are one space.
    title ??= text.replace(/\s+/g, ' ');
    (outline as { title?: string }).title = title;
  };
  while (index < lines.length && lines[index].front) {
    const line = lines[index];
    if (line.heading === 1 && title === undefined) {
      setTitle(line.text);
    } else {
      outline.front.push(line);
    }
    index++;
  }
  if (index > 0) {
    return index;
  }
  const first = lines[0];
  if (!first) {
    return 0;
  }
  const wrapper = FULL_TEXT_FOLLOWS.exec(first.text);
  const language = outline.language;
  if (wrapper) {
    setTitle(wrapper[1]);
  } else if (tokens[0].kind === 'text' && (first.heading === 1 || isShort(first.text, language))) {
    index = 1;
    let text = first.text;
    // "CONSTITUTION OF" / "THE PEOPLE'S REPUBLIC OF CHINA": a title set over two lines.
    while (UNFINISHED_TITLE[language].test(text) && index < lines.length && tokens[index].kind === 'text' && isShort(lines[index].text, language)) {
      text = `${text}${language === 'en' ? ' ' : ''}${lines[index].text}`;
      index++;
    }
    setTitle(text);
  } else {
    return 0;
  }
  index = Math.max(index, 1);
  while (
    index < lines.length &&
    tokens[index].kind === 'text' &&
    isShort(lines[index].text, language) &&
    lines[index].heading === 0 &&
    !TABLE_OF_CONTENTS.test(lines[index].text)
  ) {
    outline.front.push(lines[index]);
    index++;
  }
  return index;
}

/**
 * A table of contents lists the headings that follow; it ends where its first entry comes again
 * as the heading it names. Returns the index of the line before that heading.
 */
function afterTableOfContents(lines: readonly SourceLine[], index: number): number {
  const first = lines[index + 1]?.text;
  const again = lines.findIndex((line, at) => at > index + 1 && line.text === first);
  return again < 0 ? index : again - 1;
}

function isShort(text: string, language: Language): boolean {
  return text.length <= SHORT_LINE[language] && !PROSE[language].test(text);
}
