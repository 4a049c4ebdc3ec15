/** Reference formats, their recognition in drafts, and block quotes: the API the editor features and the CLI build on. */
export { MAX_CHINESE_NUMERAL, parseChineseNumeral, toChineseNumeral } from './chineseNumerals';
export { citationKey, defaultCitationKey } from './citationKey';
export type { CitationKeys } from './citationKey';
export { ARTICLE_FORMATS, BUILT_IN_FORMATS, DEFAULT_FORMAT_BY_LANGUAGE, TYPED_ARTICLE_FORMS, TYPED_FORMS, defaultFormatName, resolveFormats, templateFor } from './formats';
export { citationStyle, pinpoint, provisionName } from './citationStyle';
export type { CitationStyle } from './citationStyle';
export type { BuiltInFormatName, FormatProblem, ReferenceFormat, ResolvedFormats } from './formats';
export { PLACEHOLDERS } from './placeholders';
export type { Placeholder } from './placeholders';
export { formatQuote, quoteStyle } from './quote';
export type { QuoteLanguage, QuoteOptions, QuoteResult, QuoteStyle, SentenceSelection } from './quote';
export { buildMatchers, findReferences } from './recognise';
export type { FoundReference, ReferenceMatcher } from './recognise';
export { compileTemplate, renderTemplate } from './template';
export type { CompiledTemplate, TemplateError, TemplateResult } from './template';
export { URI_SCHEME, parseProvisionUri, provisionUri } from './uri';
