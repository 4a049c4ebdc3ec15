import { PolicyDocument, Provision } from '../model';
import { articleOf, numberKey } from '../model';
import { toChineseNumeral } from './chineseNumerals';
import { documentYear } from './citationKey';
import { provisionUri } from './uri';

/** What a placeholder is rendered from. */
export interface RenderContext {
  readonly document: PolicyDocument;
  readonly provision: Provision;
  readonly citationKey: string;
}

/**
 * How recognition matches a placeholder in a draft:
 * - `digits`: `\d{1,4}`, read as the provision number;
 * - `chineseNumeral`: a run of numeral characters, read as the provision number;
 * - `uri`: a `policy-annotator:` link, read as document and number;
 * - `document`: one of the values the placeholder takes for the library's documents;
 * - `provision`: one of the values it takes for the library's provisions (titles, parts). The
 *   alternation, not a wildcard, so that a title cannot swallow the prose around it and a value
 *   that belongs to another provision than the number says is rejected.
 */
export type Recognition = 'digits' | 'chineseNumeral' | 'uri' | 'document' | 'provision';

export interface Placeholder {
  /** Written `{name}` in a template. */
  readonly name: string;
  /** One line for the README and the settings' description. */
  readonly description: string;
  readonly recognition: Recognition;
  readonly render: (context: RenderContext) => string;
}

/** The numeral of the top-level division holding the provision; '' for a provision outside any. */
function partNumeral(context: RenderContext, language: 'en' | 'zh'): string {
  // Top-level divisions are numbered 1… in order, so division n sits at index n - 1.
  return context.document.parts[context.provision.part - 1]?.numeral[language] ?? '';
}

/**
 * Every placeholder a reference template may use. Examples are for provision 15 of the Mobile
 * Internet Opinions; `{{` and `}}` write literal braces.
 */
export const PLACEHOLDERS: readonly Placeholder[] = [
  {
    name: 'number',
    description: 'The provision number in digits: 15.',
    recognition: 'digits',
    render: ({ provision }) => numberKey(provision.number),
  },
  {
    name: 'numberZh',
    description: 'The provision number in Chinese numerals: 十五 (as in 第十五条; 第一百二十条之一 for an inserted article).',
    recognition: 'chineseNumeral',
    render: ({ provision }) => toChineseNumeral(articleOf(provision.number)),
  },
  {
    name: 'title.en',
    description: "The provision's English heading: Safeguarding users’ lawful rights and interest.",
    recognition: 'provision',
    render: ({ provision }) => provision.title.en,
  },
  {
    name: 'title.zh',
    description: "The provision's Chinese heading: 维护用户合法权益.",
    recognition: 'provision',
    render: ({ provision }) => provision.title.zh,
  },
  {
    name: 'shortTitle.en',
    description: "The document's short English title: Mobile Internet Opinions.",
    recognition: 'document',
    render: ({ document }) => document.shortTitle.en,
  },
  {
    name: 'shortTitle.zh',
    description: "The document's short Chinese title: 移动互联网意见.",
    recognition: 'document',
    render: ({ document }) => document.shortTitle.zh,
  },
  {
    name: 'documentTitle.en',
    description: "The document's full English title: Opinions concerning Stimulating the Healthy and Orderly Development of the Mobile Internet (the Chinese title for a document without translation).",
    recognition: 'document',
    render: ({ document }) => document.title.en || document.title.zh,
  },
  {
    name: 'documentTitle.zh',
    description: "The document's full Chinese title, without 《》: 关于促进移动互联网健康有序发展的意见.",
    recognition: 'document',
    render: ({ document }) => document.title.zh,
  },
  {
    name: 'year',
    description: 'The year of issue: 2017.',
    recognition: 'document',
    render: ({ document }) => documentYear(document),
  },
  {
    name: 'date',
    description: 'The date of issue, ISO 8601: 2017-01-15.',
    recognition: 'document',
    render: ({ document }) => document.date,
  },
  {
    name: 'part',
    description: 'The number of the part holding the provision, in digits: 4.',
    recognition: 'provision',
    render: (context) => String(context.document.parts[context.provision.part - 1]?.number ?? ''),
  },
  {
    name: 'partNumeral.en',
    description: 'The part as the translation numbers it, in Roman numerals: IV.',
    recognition: 'provision',
    render: (context) => partNumeral(context, 'en'),
  },
  {
    name: 'partNumeral.zh',
    description: 'The part as the original numbers it, in Chinese numerals: 四.',
    recognition: 'provision',
    render: (context) => partNumeral(context, 'zh'),
  },
  {
    name: 'key',
    description: 'The citation key for BibTeX / Pandoc, set per document in the settings; by default mobileInternetOpinions2017.',
    recognition: 'document',
    render: ({ citationKey }) => citationKey,
  },
  {
    name: 'uri',
    description: 'A link that opens the provision in the extension: policy-annotator:/mobile-internet-opinions-2017/15.',
    recognition: 'uri',
    render: ({ document, provision }) => provisionUri(document.id, provision.number),
  },
  {
    name: 'document',
    description: 'The document id: mobile-internet-opinions-2017.',
    recognition: 'document',
    render: ({ document }) => document.id,
  },
];

const BY_NAME: ReadonlyMap<string, Placeholder> = new Map(PLACEHOLDERS.map((placeholder) => [placeholder.name, placeholder]));

export function findPlaceholder(name: string): Placeholder | undefined {
  return BY_NAME.get(name);
}
