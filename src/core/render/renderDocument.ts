import { Division, Language, PolicyDocument, Provision, byNumber } from '../model';

/** Half-open range of UTF-16 offsets in a rendered text (the unit VS Code positions use). */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export interface RenderedProvision {
  readonly number: number;
  readonly part: number;
  /** The heading line ("15. Safeguarding users’ lawful rights and interest"). */
  readonly heading: OffsetRange;
  /** Where `provision.text[language]` sits, character for character. */
  readonly text: OffsetRange;
}

export interface RenderedPart {
  readonly number: number;
  readonly heading: OffsetRange;
  /** From the heading to the end of its last provision. */
  readonly extent: OffsetRange;
}

/**
 * One language of a document laid out as plain text, with the offsets of every piece so
 * editors, decorations and annotations can map between the text and the model.
 */
export interface RenderedDocument {
  readonly documentId: string;
  readonly language: Language;
  readonly text: string;
  readonly title: OffsetRange;
  /** Where `document.preamble[language]` sits. */
  readonly preamble: OffsetRange;
  readonly parts: readonly RenderedPart[];
  /** In document order; `renderedProvision` finds provision n (documents skip numbers and insert articles). */
  readonly provisions: readonly RenderedProvision[];
}

/** Headings as the original writes them: "I, …" became "I. …" for legibility; "一、…" is kept. */
function partHeading(numeral: string, title: string, language: Language): string {
  return language === 'en' ? `${numeral}. ${title}` : `${numeral}、${title}`;
}

function frontMatter(document: PolicyDocument, language: Language): string[] {
  const issuers = document.issuers[language].join(language === 'en' ? ', ' : '　');
  const lines = [[issuers, document.date].filter((fact) => fact !== '').join(' — ')];
  if (language === 'en' && document.translation) {
    lines.push(`Translation: ${document.translation.translator}, ${document.translation.publisher}`);
  }
  return lines;
}

/**
 * Lays the document out one paragraph per line, so that word wrap shows it as prose and
 * copying a provision's text gives exactly the source's characters.
 */
export function renderDocument(document: PolicyDocument, language: Language): RenderedDocument {
  let text = '';
  const append = (piece: string): OffsetRange => {
    const start = text.length;
    text += piece;
    return { start, end: text.length };
  };
  const title = append(document.title[language] || `${document.title.zh} (no English translation)`);
  append('\n');
  append(frontMatter(document, language).join('\n'));
  append('\n\n');
  const preamble = append(document.preamble[language]);
  append('\n');

  const parts: RenderedPart[] = [];
  const provisions: RenderedProvision[] = [];
  // Each division's heading comes before its first provision, outer divisions first; a top-level
  // division extends to the end of its last provision.
  const opening = new Map<string, Division[]>();
  const visit = (divisions: readonly Division[]): void => {
    for (const division of divisions) {
      const first = division.provisions[0];
      if (first) {
        opening.set(first.id, [...(opening.get(first.id) ?? []), division]);
      }
      visit(division.divisions);
    }
  };
  visit(document.parts);
  for (const provision of document.provisions) {
    for (const division of opening.get(provision.id) ?? []) {
      append('\n');
      const heading = append(divisionHeading(division, language));
      append('\n');
      const ordinal = document.parts.indexOf(division) + 1;
      if (ordinal > 0) {
        parts.push({ number: ordinal, heading, extent: heading });
      }
    }
    append('\n');
    const provisionHeading = append(headingOf(provision, language));
    append('\n');
    const body = append(provision.text[language]);
    append('\n');
    provisions.push({ number: provision.number, part: provision.part, heading: provisionHeading, text: body });
    const part = parts[parts.length - 1];
    if (part && part.number === provision.part) {
      parts[parts.length - 1] = { ...part, extent: { start: part.heading.start, end: body.end } };
    }
  }
  return { documentId: document.id, language, text, title, preamble, parts, provisions };
}

/** "IV. Title" / "四、标题" for parts over paragraphs; "Chapter II Title" / "第二章 标题" for a law's divisions. */
function divisionHeading(division: Division, language: Language): string {
  if (division.kind === 'part') {
    return partHeading(division.numeral[language], division.title[language], language);
  }
  const lang = division.numeral[language] || division.title[language] ? language : 'zh';
  return [division.numeral[lang], division.title[lang]].filter(Boolean).join(' ');
}

/**
 * "15. Title" where provisions have titles, else the label as written ("Article 38", "第三十八条");
 * a provision without translation says so in the English.
 */
function headingOf(provision: Provision, language: Language): string {
  if (provision.title[language]) {
    return `${provision.number}. ${provision.title[language]}`;
  }
  if (language === 'en' && provision.text.en === '') {
    return `${provision.label.zh || `${provision.number}.`} (no English translation)`;
  }
  return provision.label[language] || `${provision.number}.`;
}

/** What a rendered offset falls on: the front matter, the preamble, or a provision. */
export type RenderedPlace =
  | { readonly kind: 'front' }
  | { readonly kind: 'preamble'; readonly offset: number }
  | { readonly kind: 'part'; readonly part: number }
  | { readonly kind: 'provision'; readonly number: number; readonly part: number; readonly inHeading: boolean; readonly offset: number };

/** Binary search over provisions, so cursor moves stay cheap whatever the document's length. */
export function placeAt(rendered: RenderedDocument, offset: number): RenderedPlace {
  const { provisions } = rendered;
  let low = 0;
  let high = provisions.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (provisions[middle].heading.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const provision = found >= 0 ? provisions[found] : undefined;
  const part = rendered.parts.find((candidate) => candidate.heading.start <= offset && offset <= candidate.heading.end);
  if (part) {
    return { kind: 'part', part: part.number };
  }
  if (provision) {
    const inHeading = offset <= provision.heading.end;
    const clamped = Math.min(Math.max(offset, provision.text.start), provision.text.end) - provision.text.start;
    return { kind: 'provision', number: provision.number, part: provision.part, inHeading, offset: clamped };
  }
  if (offset >= rendered.preamble.start) {
    return { kind: 'preamble', offset: Math.min(offset, rendered.preamble.end) - rendered.preamble.start };
  }
  return { kind: 'front' };
}

/** The rendering of the provision numbered `number`. */
export function renderedProvision(rendered: RenderedDocument, number: number): RenderedProvision {
  const found = byNumber(rendered.provisions, number);
  if (!found) {
    throw new RangeError(`no provision ${number} in the rendered document`);
  }
  return found;
}
