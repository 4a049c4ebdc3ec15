import { Bilingual, Part, PolicyDocument, Provision, TranslationCredit, partId, provisionId } from '../model';

/** What the seed's sidecar JSON says about a document that its text does not. */
export interface DocumentMetadata {
  readonly id: string;
  readonly shortTitle: Bilingual;
  readonly issuers: { readonly zh: readonly string[] };
  readonly date: string;
  readonly translation: TranslationCredit;
}

/** The source text does not have the shape of the Opinions; `line` is 1-based. */
export class SourceFormatError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'SourceFormatError';
  }
}

interface RawProvision {
  readonly line: number;
  /** The number as the source writes it; the English restarts it in every part. */
  readonly writtenNumber: number;
  body: string;
}

interface RawPart {
  readonly line: number;
  readonly numeral: string;
  readonly title: string;
  readonly provisions: RawProvision[];
}

interface RawLanguage {
  readonly preamble: string;
  readonly parts: RawPart[];
}

const ENGLISH_PART = /^(I|II|III|IV|V|VI|VII|VIII|IX|X), (.+)$/;
const CHINESE_PART = /^([一二三四五六七八九十]+)、(.+)$/;
const CHINESE_PROVISION = /^(\d+)\.(.+)$/;
// The Chinese original is introduced by a wrapper line that is not part of the document.
const CHINESE_WRAPPER = /^《(.+)》全文如下。$/;
const CJK = /[\u3400-\u9fff]/;
const BLOG_BYLINE = /^Posted on\b/;

/**
 * Parses the blog page that holds the English translation followed by the Chinese original.
 * Throws SourceFormatError naming the line where the structure stops matching.
 */
export function parseOpinions(source: string, metadata: DocumentMetadata): PolicyDocument {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const wrapperIndex = lines.findIndex((line) => CHINESE_WRAPPER.test(line.trim()));
  if (wrapperIndex < 0) {
    throw new SourceFormatError('no line "《…》全文如下。" introduces the Chinese original', lines.length);
  }
  const englishTitle = normaliseSpaces(lines[0] ?? '');
  const chineseTitle = CHINESE_WRAPPER.exec(lines[wrapperIndex].trim())?.[1] ?? '';
  const { issuers, preambleStart } = readEnglishFrontMatter(lines, wrapperIndex);
  const english = readLanguage(lines, preambleStart, wrapperIndex, ENGLISH);
  const chinese = readLanguage(lines, wrapperIndex + 1, lines.length, CHINESE);
  return assemble(metadata, { en: englishTitle, zh: chineseTitle }, issuers, english, chinese);
}

function normaliseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The lines between the title and the preamble: the blog's byline, then the issuing offices. */
function readEnglishFrontMatter(lines: readonly string[], end: number): { issuers: string[]; preambleStart: number } {
  const issuers: string[] = [];
  for (let index = 1; index < end; index++) {
    const line = lines[index].trim();
    if (line === '' || BLOG_BYLINE.test(line)) {
      continue;
    }
    // The issuers are short lines without sentence punctuation; the preamble is prose.
    if (/[.,;]/.test(line)) {
      return { issuers, preambleStart: index };
    }
    issuers.push(line);
  }
  throw new SourceFormatError('the English preamble was not found before the Chinese original', end + 1);
}

/** How one language writes its structure, and where its text stops. */
interface LanguageGrammar {
  readonly part: RegExp;
  readonly provision: RegExp;
  /** True at the first line that is no longer the document (the blog resuming after the Chinese). */
  readonly endsAt?: (line: string) => boolean;
}

// Provision 4 of the translation is written "4," instead of "4.".
const ENGLISH: LanguageGrammar = { part: ENGLISH_PART, provision: /^(\d+)[.,] (.+)$/ };
// The original ends where the blog resumes ("Advertisements", comments, log-in text).
const CHINESE: LanguageGrammar = { part: CHINESE_PART, provision: CHINESE_PROVISION, endsAt: (line) => !CJK.test(line) };

/** Reads lines [start, end): a preamble, then parts holding provisions, paragraphs joining the provision above. */
function readLanguage(lines: readonly string[], start: number, end: number, grammar: LanguageGrammar): RawLanguage {
  const preamble: string[] = [];
  const parts: RawPart[] = [];
  for (let index = start; index < end; index++) {
    const line = lines[index].trim();
    if (line === '') {
      continue;
    }
    if (grammar.endsAt?.(line)) {
      break;
    }
    const partMatch = grammar.part.exec(line);
    const provisionMatch = grammar.provision.exec(line);
    const currentPart = parts[parts.length - 1];
    if (partMatch) {
      parts.push({ line: index + 1, numeral: partMatch[1], title: partMatch[2].trim(), provisions: [] });
    } else if (provisionMatch && currentPart) {
      currentPart.provisions.push({ line: index + 1, writtenNumber: Number(provisionMatch[1]), body: provisionMatch[2] });
    } else if (!currentPart) {
      preamble.push(line);
    } else {
      appendParagraph(currentPart, line, index + 1);
    }
  }
  return { preamble: preamble.join('\n'), parts };
}

function appendParagraph(part: RawPart, paragraph: string, line: number): void {
  const provision = part.provisions[part.provisions.length - 1];
  if (!provision) {
    throw new SourceFormatError(`text before the first provision of part ${part.numeral}`, line);
  }
  provision.body += `\n${paragraph}`;
}

/** Splits "Title. Body…" (or "标题。正文…") at the first full stop. */
function splitTitle(body: string, stop: string, line: number): { title: string; text: string } {
  const index = body.indexOf(stop);
  if (index < 0) {
    throw new SourceFormatError(`provision has no title ending in "${stop.trim()}"`, line);
  }
  return { title: body.slice(0, index).trim(), text: body.slice(index + stop.length).trim() };
}

function assemble(
  metadata: DocumentMetadata,
  title: Bilingual,
  issuersEn: readonly string[],
  english: RawLanguage,
  chinese: RawLanguage,
): PolicyDocument {
  if (english.parts.length !== chinese.parts.length || english.parts.length === 0) {
    const where = english.parts[0]?.line ?? chinese.parts[0]?.line ?? 1;
    throw new SourceFormatError(
      `the English has ${english.parts.length} parts and the Chinese ${chinese.parts.length}; they must match`,
      where,
    );
  }
  const provisions: Provision[] = [];
  const parts: Part[] = english.parts.map((englishPart, partIndex) => {
    const chinesePart = chinese.parts[partIndex];
    const partNumber = partIndex + 1;
    if (englishPart.provisions.length !== chinesePart.provisions.length) {
      throw new SourceFormatError(
        `part ${englishPart.numeral} has ${englishPart.provisions.length} provisions in English but part ${chinesePart.numeral} has ${chinesePart.provisions.length} in Chinese (line ${chinesePart.line})`,
        englishPart.line,
      );
    }
    // The translation restarts its numbering in every part, except where it keeps the original's
    // overall number (provision 4 is "4,", followed by "1." for provision 5).
    let nextLocalNumber = 1;
    const partProvisions = englishPart.provisions.map((englishProvision, index) => {
      const chineseProvision = chinesePart.provisions[index];
      const number = provisions.length + 1;
      if (chineseProvision.writtenNumber !== number) {
        throw new SourceFormatError(`expected Chinese provision ${number}, found ${chineseProvision.writtenNumber}`, chineseProvision.line);
      }
      if (englishProvision.writtenNumber === nextLocalNumber) {
        nextLocalNumber++;
      } else if (englishProvision.writtenNumber !== number) {
        throw new SourceFormatError(
          `English provision numbered ${englishProvision.writtenNumber} is neither ${nextLocalNumber} (in its part) nor ${number} (overall)`,
          englishProvision.line,
        );
      }
      const en = splitTitle(englishProvision.body, '. ', englishProvision.line);
      const zh = splitTitle(chineseProvision.body, '。', chineseProvision.line);
      const provision: Provision = {
        id: provisionId(metadata.id, number),
        documentId: metadata.id,
        number,
        part: partNumber,
        title: { en: en.title, zh: zh.title },
        text: { en: en.text, zh: zh.text },
      };
      provisions.push(provision);
      return provision;
    });
    return {
      id: partId(metadata.id, partNumber),
      number: partNumber,
      numeral: { en: englishPart.numeral, zh: chinesePart.numeral },
      title: { en: englishPart.title, zh: chinesePart.title },
      provisions: partProvisions,
    };
  });
  return {
    id: metadata.id,
    title,
    shortTitle: metadata.shortTitle,
    issuers: { en: issuersEn, zh: metadata.issuers.zh },
    date: metadata.date,
    translation: metadata.translation,
    preamble: { en: english.preamble, zh: chinese.preamble },
    parts,
    provisions,
  };
}
