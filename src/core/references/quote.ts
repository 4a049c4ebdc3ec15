import { Segment, segmentChinese, segmentEnglish } from '../align/segment';
import { Bilingual, Language, PolicyDocument, Provision } from '../model';
import { CitationKeys } from './citationKey';
import { CompiledTemplate, renderTemplate } from './template';
import { texEscape } from '../lib/texEscape';

export type QuoteLanguage = Language | 'both';

/** How a block quote is written; chosen from the VS Code language id by quoteStyle. */
export type QuoteStyle = 'markdown' | 'latex' | 'plain';

/**
 * 1-based sentence numbers, the same for each quoted language or per language; a language left
 * out is quoted whole. Sentences are the units the alignment pairs (align/segment: sentences, cut
 * also at semicolons), so the numbers match what the reader sees side by side; the two languages
 * are cut independently and need not have as many (provision 4: 2 English, 3 Chinese).
 */
export type SentenceSelection = readonly number[] | Partial<Bilingual<readonly number[]>>;

export interface QuoteOptions {
  readonly language: QuoteLanguage;
  /** The VS Code language id of the draft: markdown, latex, anything else is plain text. */
  readonly languageId: string;
  /** The format of the reference that closes the quote; inserted as it renders, unescaped. */
  readonly format: CompiledTemplate;
  readonly citationKeys?: CitationKeys;
  /** Quote only these sentences; gaps between them are marked with an ellipsis. */
  readonly sentences?: SentenceSelection;
}

export type QuoteResult = { readonly quote: string } | { readonly error: string };

interface Style {
  /** Makes the provision's text literal in the target markup. */
  readonly escape: (text: string) => string;
  /** Marks sentences left out between quoted ones. */
  readonly ellipsis: Bilingual;
  /** The block around the paragraphs (languages follow each other as paragraphs), without a final newline. */
  readonly block: (paragraphs: readonly string[], reference: string) => string;
}

const STYLES: Readonly<Record<QuoteStyle, Style>> = {
  markdown: {
    escape: escapeMarkdown,
    ellipsis: { en: ' […] ', zh: '……' },
    block: (paragraphs, reference) => [...paragraphs, `— ${reference}`].map((line) => `> ${line}`).join('\n>\n'),
  },
  latex: {
    escape: texEscape,
    ellipsis: { en: ' [\\ldots] ', zh: '……' },
    block: (paragraphs, reference) => ['\\begin{quote}', [...paragraphs, `--- ${reference}`].join('\n\n'), '\\end{quote}'].join('\n'),
  },
  plain: {
    escape: (text) => text,
    ellipsis: { en: ' […] ', zh: '……' },
    block: (paragraphs, reference) => [...paragraphs, `— ${reference}`].map((line) => `    ${line}`).join('\n\n'),
  },
};

const STYLE_BY_LANGUAGE_ID: Readonly<Record<string, QuoteStyle>> = { markdown: 'markdown', latex: 'latex' };

export function quoteStyle(languageId: string): QuoteStyle {
  return Object.hasOwn(STYLE_BY_LANGUAGE_ID, languageId) ? STYLE_BY_LANGUAGE_ID[languageId] : 'plain';
}

/**
 * A provision (or some of its sentences) as a block quote in the draft's markup, English then
 * Chinese for `both`, closed by its reference. Says why in `error` if a sentence number is not one.
 */
export function formatQuote(document: PolicyDocument, provision: Provision, options: QuoteOptions): QuoteResult {
  const style = STYLES[quoteStyle(options.languageId)];
  const languages: readonly Language[] = options.language === 'both' ? ['en', 'zh'] : [options.language];
  const paragraphs: string[] = [];
  for (const language of languages) {
    const text = provision.text[language];
    const sentences = language === 'en' ? segmentEnglish(text) : segmentChinese(text);
    const wanted = selectionFor(options.sentences, language);
    const bad = wanted?.find((number) => !Number.isInteger(number) || number < 1 || number > sentences.length);
    if (bad !== undefined) {
      const name = language === 'en' ? 'English' : 'Chinese';
      return { error: `provision ${provision.number} has ${sentences.length} ${name} sentences; there is no sentence ${bad}` };
    }
    paragraphs.push(...quotedParagraphs(text, sentences, wanted, language, style));
  }
  if (paragraphs.length === 0) {
    return { error: 'no sentence was selected' };
  }
  const reference = renderTemplate(options.format, document, provision, options.citationKeys);
  return { quote: style.block(paragraphs, reference) };
}

function selectionFor(selection: SentenceSelection | undefined, language: Language): readonly number[] | undefined {
  return isPerLanguage(selection) ? selection[language] : selection;
}

function isPerLanguage(selection: SentenceSelection | undefined): selection is Partial<Bilingual<readonly number[]>> {
  return selection !== undefined && !Array.isArray(selection);
}

/** The chosen sentences, escaped, in their paragraphs (lines of the text); consecutive ones join, gaps get an ellipsis. */
function quotedParagraphs(
  text: string,
  sentences: readonly Segment[],
  wanted: readonly number[] | undefined,
  language: Language,
  style: Style,
): string[] {
  const chosen = wanted ? [...new Set(wanted)].sort((a, b) => a - b) : sentences.map((_, index) => index + 1);
  const paragraphs: string[] = [];
  let previous: { number: number; paragraph: number } | undefined;
  for (const number of chosen) {
    const sentence = sentences[number - 1];
    const paragraph = paragraphAt(text, sentence.start);
    const quoted = style.escape(sentence.text);
    if (!previous || previous.paragraph !== paragraph) {
      paragraphs.push(quoted);
    } else {
      const separator = number === previous.number + 1 ? (language === 'en' ? ' ' : '') : style.ellipsis[language];
      paragraphs[paragraphs.length - 1] += separator + quoted;
    }
    previous = { number, paragraph };
  }
  // A sentence that runs over a line break keeps the break as a paragraph break.
  return paragraphs.flatMap((paragraph) => paragraph.split(/\s*\n\s*/));
}

function paragraphAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length - 1;
}

/**
 * Escapes what Markdown would read as markup, inline and at the start of a paragraph (headings,
 * lists). Also for hovers, where VS Code's appendText would make every space non-breaking.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^([#+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
