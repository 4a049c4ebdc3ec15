import { PolicyDocument } from '../model';
import { citationStyle } from './citationStyle';
import { CompiledTemplate, TemplateError, compileTemplate } from './template';

/**
 * The formats the extension offers for inserting references. Their names are part of the
 * settings, so they never change.
 * Examples are for provision 15.
 */
export const BUILT_IN_FORMATS = {
  /** Mobile Internet Opinions ¶15 */
  short: '{shortTitle.en} ¶{number}',
  /** Opinions concerning Stimulating the Healthy and Orderly Development of the Mobile Internet (2017), para. 15 */
  full: '{documentTitle.en} ({year}), para. {number}',
  /** 《关于促进移动互联网健康有序发展的意见》第十五条 */
  chinese: '《{documentTitle.zh}》第{numberZh}条',
  /** Mobile Internet Opinions ¶15 (《关于促进移动互联网健康有序发展的意见》第十五条) */
  bilingual: '{shortTitle.en} ¶{number} (《{documentTitle.zh}》第{numberZh}条)',
  /** [Mobile Internet Opinions ¶15](policy-annotator:/mobile-internet-opinions-2017/15) */
  markdownLink: '[{shortTitle.en} ¶{number}]({uri})',
  /** [@mobileInternetOpinions2017, para. 15] */
  pandoc: '[@{key}, para. {number}]',
  /** \cite[para.~15]{mobileInternetOpinions2017} */
  latex: '\\cite[para.~{number}]{{{key}}}',
} as const;

export type BuiltInFormatName = keyof typeof BUILT_IN_FORMATS;

/**
 * The built-in formats for documents numbered in articles (第X条: laws, regulations), where they
 * differ: English cites "Art. 21", and Pandoc and LaTeX give the locator `art.` (CSL's term for an
 * article) instead of `para.`. Examples are for article 21 of the Cybersecurity Law.
 */
export const ARTICLE_FORMATS: Readonly<Partial<Record<BuiltInFormatName, string>>> = {
  /** Cybersecurity Law, Art. 21 */
  short: '{shortTitle.en}, Art. {number}',
  /** Cybersecurity Law of the People's Republic of China (2016), art. 21 */
  full: '{documentTitle.en} ({year}), art. {number}',
  /** Cybersecurity Law, Art. 21 (《中华人民共和国网络安全法》第二十一条) */
  bilingual: '{shortTitle.en}, Art. {number} (《{documentTitle.zh}》第{numberZh}条)',
  /** [Cybersecurity Law, Art. 21](policy-annotator:/cybersecurity-law-2016/21) */
  markdownLink: '[{shortTitle.en}, Art. {number}]({uri})',
  /** [@cybersecurityLaw2016, art. 21] */
  pandoc: '[@{key}, art. {number}]',
  /** \cite[art.~21]{cybersecurityLaw2016} */
  latex: '\\cite[art.~{number}]{{{key}}}',
};

/**
 * Forms writers type by hand that no built-in format produces. They are recognised in drafts
 * (and reported under these names) but not offered for inserting.
 */
export const TYPED_FORMS: Readonly<Record<string, string>> = {
  /** Mobile Internet Opinions, para. 15 */
  shortPara: '{shortTitle.en}, para. {number}',
  /** Mobile Internet Opinions ¶ 15 */
  shortSpaced: '{shortTitle.en} ¶ {number}',
  /** 《关于促进移动互联网健康有序发展的意见》第15条 */
  chineseDigits: '《{documentTitle.zh}》第{number}条',
  /** 移动互联网意见第十五条 */
  chineseShort: '{shortTitle.zh}第{numberZh}条',
  /** 《移动互联网意见》第十五条, 《网络安全法》第二十一条 */
  chineseShortQuoted: '《{shortTitle.zh}》第{numberZh}条',
};

/** The typed forms of documents numbered in articles, where they differ ("Cybersecurity Law, Article 21"). */
export const TYPED_ARTICLE_FORMS: Readonly<Record<string, string>> = {
  /** Cybersecurity Law, Article 21 */
  shortPara: '{shortTitle.en}, Article {number}',
  /** Cybersecurity Law Art. 21 */
  shortSpaced: '{shortTitle.en} Art. {number}',
};

/** The format inserted by default, by VS Code language id; other languages get `short`. */
export const DEFAULT_FORMAT_BY_LANGUAGE: Readonly<Record<string, BuiltInFormatName>> = {
  markdown: 'markdownLink',
  latex: 'latex',
  plaintext: 'short',
};

export function defaultFormatName(languageId: string): BuiltInFormatName {
  return Object.hasOwn(DEFAULT_FORMAT_BY_LANGUAGE, languageId) ? DEFAULT_FORMAT_BY_LANGUAGE[languageId] : 'short';
}

export interface ReferenceFormat {
  readonly name: string;
  /** The template of documents numbered in paragraphs, and of every document when `articles` is absent. */
  readonly template: CompiledTemplate;
  /** The template of documents numbered in articles, where it differs (built-ins the user has not overridden). */
  readonly articles?: CompiledTemplate;
  /** False for the typed forms, which are only recognised. */
  readonly insertable: boolean;
}

/** A user format that could not be compiled; it is left out (a built-in of that name stays). */
export interface FormatProblem {
  readonly name: string;
  readonly template: string;
  readonly error: TemplateError;
}

export interface ResolvedFormats {
  /** Built-ins (as overridden), then the user's own formats, then the typed forms. */
  readonly formats: readonly ReferenceFormat[];
  readonly problems: readonly FormatProblem[];
}

/** The active formats: the user's (name → template) merged over the built-ins and typed forms. */
export function resolveFormats(userFormats: Readonly<Record<string, string>> = {}): ResolvedFormats {
  const problems: FormatProblem[] = [];
  const compileUser = (name: string): CompiledTemplate | undefined => {
    if (!Object.hasOwn(userFormats, name)) {
      return undefined;
    }
    const result = compileTemplate(userFormats[name]);
    if ('error' in result) {
      problems.push({ name, template: userFormats[name], error: result.error });
      return undefined;
    }
    return result.template;
  };
  const builtIns = Object.entries(BUILT_IN_FORMATS).map(([name, source]): ReferenceFormat => {
    const own = compileUser(name);
    // A format the user writes is theirs for every document; only the built-in knows articles.
    const articles = own ? undefined : ARTICLE_FORMATS[name as BuiltInFormatName];
    return { name, template: own ?? compileBuiltIn(source), ...(articles !== undefined && { articles: compileBuiltIn(articles) }), insertable: true };
  });
  const own = Object.keys(userFormats)
    .filter((name) => !Object.hasOwn(BUILT_IN_FORMATS, name))
    .flatMap((name) => {
      const template = compileUser(name);
      return template ? [{ name, template, insertable: true }] : [];
    });
  const ownNames = new Set(own.map((format) => format.name));
  const typed = Object.entries(TYPED_FORMS)
    .filter(([name]) => !ownNames.has(name))
    .map(([name, source]): ReferenceFormat => {
      const articles = Object.hasOwn(TYPED_ARTICLE_FORMS, name) ? TYPED_ARTICLE_FORMS[name] : undefined;
      return { name, template: compileBuiltIn(source), ...(articles !== undefined && { articles: compileBuiltIn(articles) }), insertable: false };
    });
  return { formats: [...builtIns, ...own, ...typed], problems };
}

/** The template a format writes a reference to this document's provisions with. */
export function templateFor(format: ReferenceFormat, document: PolicyDocument): CompiledTemplate {
  return format.articles && citationStyle(document) === 'article' ? format.articles : format.template;
}

function compileBuiltIn(source: string): CompiledTemplate {
  const result = compileTemplate(source);
  if ('error' in result) {
    // Only reachable if a built-in above is edited into an invalid template; the tests compile them all.
    throw new Error(`built-in reference format ${source}: ${result.error.message}`);
  }
  return result.template;
}
