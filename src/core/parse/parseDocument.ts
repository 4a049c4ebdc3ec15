import { Bilingual, Division, PolicyDocument, Provision, TranslationCredit, UnpairedTranslation, divisionId, provisionId } from '../model';
import { documentType } from './documentType';
import { FrontFacts, readFrontFacts } from './frontMatter';
import { Layout, splitLanguages } from './languageRuns';
import { LanguageOutline, OutlineDivision, OutlineProvision, ProvisionUnit, readOutline } from './outline';
import { pairProvisions } from './pairing';
import { shortTitleOf } from './shortTitle';
import { SourceFormatError } from './sourceFormatError';
import { SourceLine, sourceLines } from './sourceLines';
import { planForTranslation, planFromOriginal } from './structure';

/**
 * The one parser of policy and legal texts: a Chinese original with or without its English
 * translation, in one file (the translation before or after the original, or interleaved paragraph
 * by paragraph) or two. Text is kept verbatim; numbers in the translation are hints only.
 */

/** Facts about a document that the user sets or corrects (document.yaml); each wins over the text. */
export interface DocumentFacts {
  readonly title?: Partial<Bilingual>;
  readonly shortTitle?: Partial<Bilingual>;
  readonly issuers?: Partial<Bilingual<readonly string[]>>;
  readonly date?: string;
  readonly documentNumber?: string;
  readonly dates?: PolicyDocument['dates'];
  readonly type?: string;
  readonly status?: string;
  readonly citationKey?: string;
  /** The id of the document this one revises. */
  readonly revises?: string;
  readonly translation?: TranslationCredit;
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface DocumentSources {
  readonly id: string;
  /** The original, as text; it may hold the translation too. */
  readonly chinese: string;
  /** The translation in a file of its own. */
  readonly english?: string;
  readonly facts?: DocumentFacts;
}

export interface ParsedDocument {
  readonly document: PolicyDocument;
  /** How the given file(s) held the two languages. */
  readonly layout: Layout | 'two files';
  /** Numbers of the Chinese provisions the translation has no partner for (when there is a translation). */
  readonly untranslated: readonly number[];
  /** What the provisions are: articles, numbered paragraphs, 一、 items, or (a text numbering none) its paragraphs. */
  readonly unit: ProvisionUnit;
}

export function parseDocument(sources: DocumentSources): ParsedDocument {
  const split = splitLanguages(sourceLines(sources.chinese));
  if (split.zh.length === 0) {
    throw new SourceFormatError('no Chinese text found', 1);
  }
  const english = sources.english === undefined ? split.en : englishLines(sources.english);
  const plan = planFromOriginal(split.zh);
  const zh = readOutline(split.zh, 'zh', plan);
  if (zh.provisions.length === 0) {
    throw new SourceFormatError('no text found: nothing but a title and its front matter', split.zh[0].line);
  }
  const en = english.length > 0 ? readOutline(english, 'en', planForTranslation(plan, english, 'en')) : undefined;
  const partnerOf = en ? pair(zh, en) : zh.provisions.map(() => undefined);
  const layout = sources.english === undefined ? split.layout : 'two files';
  // Articles (条) and plain paragraphs never carry heading sentences; numbered paragraphs and items may.
  const titled = (plan.unit === 'numbered' || plan.unit === 'heading') && hasTitles(zh.provisions);
  return { ...assemble(sources, zh, en, partnerOf, titled), layout, unit: plan.unit };
}

function englishLines(text: string): readonly SourceLine[] {
  const split = splitLanguages(sourceLines(text));
  if (split.en.length === 0) {
    throw new SourceFormatError('the English file holds no English text', split.zh[0]?.line ?? 1, 'english');
  }
  return split.en;
}

function pair(zh: LanguageOutline, en: LanguageOutline): (number | undefined)[] {
  if (en.provisions.length === 0) {
    throw new SourceFormatError('the translation has no provisions to pair (no Article N, I. or 1. lines)', 1, 'english');
  }
  const pairing = pairProvisions(zh.provisions, en.provisions);
  if (pairing.partnerOf.every((partner) => partner === undefined)) {
    throw new SourceFormatError('the translation cannot be paired with the original: no provision of one matches a provision of the other', en.provisions[0].line, 'english');
  }
  return [...pairing.partnerOf];
}

function assemble(
  sources: DocumentSources,
  zh: LanguageOutline,
  en: LanguageOutline | undefined,
  partnerOf: readonly (number | undefined)[],
  titled: boolean,
): Omit<ParsedDocument, 'layout' | 'unit'> {
  const id = sources.id;
  const facts = sources.facts ?? {};
  const divisions = new Map<OutlineDivision, { id: string; provisions: Provision[]; children: OutlineDivision[] }>();
  const siblingIds = new Set<string>();
  for (const division of zh.divisions) {
    const parentId = division.parent ? (divisions.get(division.parent)?.id ?? id) : id;
    let divisionIdText = divisionId(parentId, division.kind, division.number);
    for (let repeat = 2; siblingIds.has(divisionIdText); repeat++) {
      divisionIdText = `${divisionId(parentId, division.kind, division.number)}-${repeat}`;
    }
    siblingIds.add(divisionIdText);
    divisions.set(division, { id: divisionIdText, provisions: [], children: [] });
    if (division.parent) {
      divisions.get(division.parent)?.children.push(division);
    }
  }
  const topDivisions = zh.divisions.filter((division) => !division.parent);
  const enDivisionOf = englishDivisions(zh, en, partnerOf);

  const provisions = zh.provisions.map((zhProvision, index): Provision => {
    const enProvision = partnerOf[index] === undefined ? undefined : en?.provisions[partnerOf[index]];
    const zhBody = splitTitle(zhProvision.paragraphs, titled, 'zh');
    const enBody = enProvision ? splitTitle(enProvision.paragraphs, titled && zhBody.title !== '', 'en') : { title: '', text: '' };
    const top = outermost(zhProvision.division);
    const provision: Provision = {
      id: provisionId(id, zhProvision.number),
      documentId: id,
      number: zhProvision.number,
      part: top ? topDivisions.indexOf(top) + 1 : 0,
      ...(zhProvision.division ? { division: divisions.get(zhProvision.division)?.id } : {}),
      label: { en: enProvision?.label ?? '', zh: zhProvision.label },
      title: { en: enBody.title, zh: zhBody.title },
      text: { en: enBody.text, zh: zhBody.text },
    };
    for (let division = zhProvision.division; division; division = division.parent) {
      divisions.get(division)?.provisions.push(provision);
    }
    return provision;
  });

  const build = (division: OutlineDivision): Division => {
    const built = divisions.get(division);
    const partner = enDivisionOf.get(division);
    return {
      id: built?.id ?? id,
      kind: division.kind,
      number: division.number,
      numeral: { en: partner?.label ?? '', zh: division.label },
      title: { en: partner?.title ?? '', zh: division.title },
      text: { en: partner?.intro.join('\n') ?? '', zh: division.intro.join('\n') },
      divisions: (built?.children ?? []).map(build),
      provisions: built?.provisions ?? [],
    };
  };

  const paired = new Set(partnerOf.filter((partner): partner is number => partner !== undefined));
  const unpaired: UnpairedTranslation[] = [];
  en?.provisions.forEach((provision, index) => {
    if (!paired.has(index)) {
      const before = partnerOf.reduce((last: number, partner, zhIndex) => (partner !== undefined && partner < index ? zh.provisions[zhIndex].number : last), 0);
      unpaired.push({ text: [provision.label, ...provision.paragraphs].join(' ').trim(), after: before, line: provision.line });
    }
  });

  const zhFacts = readFrontFacts(zh.front, 'zh');
  const enFacts: FrontFacts = en ? readFrontFacts(en.front, 'en') : { issuers: [], amended: [] };
  const title = { en: facts.title?.en ?? en?.title ?? '', zh: facts.title?.zh ?? zh.title ?? '' };
  const derivedShort = shortTitleOf(title);
  const date = facts.date ?? zhFacts.date ?? enFacts.date ?? '';
  const documentNumber = facts.documentNumber ?? zhFacts.documentNumber;
  const effective = zhFacts.effective ?? enFacts.effective;
  const type = facts.type ?? documentType(title.zh, facts.issuers?.zh ?? zhFacts.issuers);
  const status = facts.status ?? zhFacts.status;
  const dates = facts.dates ?? (effective || zhFacts.amended.length > 0 ? { ...(effective ? { effective } : {}), ...(zhFacts.amended.length > 0 ? { amended: zhFacts.amended } : {}) } : undefined);
  const document: PolicyDocument = {
    id,
    title,
    shortTitle: {
      en: facts.shortTitle?.en ?? (derivedShort.en || derivedShort.zh),
      zh: facts.shortTitle?.zh ?? derivedShort.zh,
    },
    issuers: { en: facts.issuers?.en ?? enFacts.issuers, zh: facts.issuers?.zh ?? zhFacts.issuers },
    date,
    ...(documentNumber ? { documentNumber } : {}),
    ...(dates ? { dates } : {}),
    ...(type ? { type } : {}),
    ...(status ? { status } : {}),
    ...(facts.citationKey ? { citationKey: facts.citationKey } : {}),
    ...(facts.revises ? { revises: facts.revises } : {}),
    ...(facts.attributes && Object.keys(facts.attributes).length > 0 ? { attributes: facts.attributes } : {}),
    translated: en !== undefined,
    ...(facts.translation ? { translation: facts.translation } : {}),
    preamble: { en: en?.preamble.join('\n') ?? '', zh: zh.preamble.join('\n') },
    parts: topDivisions.map(build),
    provisions,
    unpaired,
  };
  const untranslated = en ? provisions.filter((_, index) => partnerOf[index] === undefined).map((provision) => provision.number) : [];
  return { document, untranslated };
}

/**
 * The English division matching each Chinese one: the division at the same depth that holds the
 * partner of its first provision; for a division without provisions, the one at its position.
 */
function englishDivisions(zh: LanguageOutline, en: LanguageOutline | undefined, partnerOf: readonly (number | undefined)[]): Map<OutlineDivision, OutlineDivision> {
  const found = new Map<OutlineDivision, OutlineDivision>();
  if (!en) {
    return found;
  }
  zh.divisions.forEach((division, position) => {
    const depth = depthOf(division);
    const first = zh.provisions.findIndex((provision) => within(provision.division, division) && partnerOf[zh.provisions.indexOf(provision)] !== undefined);
    const partner = first < 0 ? undefined : en.provisions[partnerOf[first] ?? -1];
    let candidate = partner?.division;
    while (candidate && depthOf(candidate) > depth) {
      candidate = candidate.parent;
    }
    const byPosition = en.divisions.length === zh.divisions.length ? en.divisions[position] : undefined;
    const match = candidate && depthOf(candidate) === depth ? candidate : byPosition;
    if (match) {
      found.set(division, match);
    }
  });
  return found;
}

function within(inner: OutlineDivision | undefined, outer: OutlineDivision): boolean {
  for (let division = inner; division; division = division.parent) {
    if (division === outer) {
      return true;
    }
  }
  return false;
}

function depthOf(division: OutlineDivision): number {
  let depth = 0;
  for (let parent = division.parent; parent; parent = parent.parent) {
    depth++;
  }
  return depth;
}

function outermost(division: OutlineDivision | undefined): OutlineDivision | undefined {
  let top = division;
  while (top?.parent) {
    top = top.parent;
  }
  return top;
}

// A heading sentence is short and lists nothing: "重要性和紧迫性。", not "为了…，制定本法。".
const TITLE_SENTENCE = /^([^。，,；;：:]{1,24})。/;

/** Numbered paragraphs open with a heading sentence in some documents (the Opinions); only when nearly all do. */
function hasTitles(provisions: readonly OutlineProvision[]): boolean {
  const titled = provisions.filter((provision) => TITLE_SENTENCE.test(provision.paragraphs[0] ?? '')).length;
  return provisions.length > 0 && titled >= provisions.length * 0.8;
}

function splitTitle(paragraphs: readonly string[], titled: boolean, language: 'en' | 'zh'): { title: string; text: string } {
  const text = paragraphs.join('\n');
  if (!titled) {
    return { title: '', text };
  }
  const stop = language === 'zh' ? '。' : '. ';
  const index = text.indexOf(stop);
  if (index < 0 || (language === 'zh' && !TITLE_SENTENCE.test(text))) {
    return { title: '', text };
  }
  return { title: text.slice(0, index).trim(), text: text.slice(index + stop.length).trim() };
}
