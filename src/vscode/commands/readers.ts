import { Library } from '../../core/library';
import { Bilingual, Language, PolicyDocument, isProvisionNumber, parseNumberKey } from '../../core/model';
import { SentenceSelection } from '../../core/references';
import { ARGUMENT_MESSAGES } from './messages';
import { Result, ok, refusal } from './result';

/** Reads one property of an argument object (its value, and its name for the message). */
export type Reader<T> = (value: unknown, name: string) => Result<T>;

/** The values `readArgs` gives for readers `S`: each property's reader's type. */
export type Values<S> = { readonly [K in keyof S]: S[K] extends Reader<infer T> ? T : never };

/**
 * Reads the properties of an argument object that `readers` names, each with its reader; the
 * first that cannot be used refuses the whole, with its reason. Other properties are ignored.
 */
export function readArgs<S extends Record<string, Reader<unknown>>>(args: Record<string, unknown>, readers: S): Result<Values<S>> {
  const values: Record<string, unknown> = {};
  for (const [name, reader] of Object.entries(readers)) {
    const read = reader(args[name], name);
    if (!read.ok) {
      return read;
    }
    values[name] = read.value;
  }
  return ok(values as Values<S>);
}

/** Absent (undefined) is fine; anything else must satisfy `reader`. */
export function optional<T>(reader: Reader<T>): Reader<T | undefined> {
  return (value, name) => (value === undefined ? ok(undefined) : reader(value, name));
}

/** A string with more than blanks in it: an id, a name, a query. */
export const text: Reader<string> = (value, name) =>
  typeof value === 'string' && value.trim() !== '' ? ok(value) : refusal(ARGUMENT_MESSAGES.text(name));

/** Any string, even empty: a query, where empty means none. */
export const string: Reader<string> = (value, name) => (typeof value === 'string' ? ok(value) : refusal(ARGUMENT_MESSAGES.text(name)));

/** A provision's number as an argument gives it: 21, or an inserted article as its number or its key "120-1". */
function asProvisionNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' ? parseNumberKey(value) : value;
  return typeof number === 'number' && isProvisionNumber(number) ? number : undefined;
}

/** A provision's number in its document. */
export const provisionNumber: Reader<number> = (value) => {
  const number = asProvisionNumber(value);
  return number === undefined ? refusal(ARGUMENT_MESSAGES.provision()) : ok(number);
};

/** A provision's number, or null (or absent) for none: where a provision has no counterpart. */
export const provisionOrNull: Reader<number | null> = (value, name) => {
  const number = asProvisionNumber(value);
  return value === undefined || value === null ? ok(null) : number === undefined ? refusal(ARGUMENT_MESSAGES.provisionOrNull(name)) : ok(number);
};

/** Markdown, e.g. a note; may be empty (an empty note removes one). */
export const markdown: Reader<string> = (value) => (typeof value === 'string' ? ok(value) : refusal(ARGUMENT_MESSAGES.note()));

export const tagIds: Reader<string[]> = (value) => (isStrings(value) ? ok(value) : refusal(ARGUMENT_MESSAGES.tags()));

export const coderNames: Reader<string[]> = (value, name) => (isStrings(value) ? ok(value) : refusal(ARGUMENT_MESSAGES.names(name)));

/** A text in both languages: one string for both, or `{ en, zh }`; blanks around are dropped, and neither may be blank. */
export const bilingual: Reader<Bilingual> = (value, name) => {
  if (typeof value === 'string' && value.trim() !== '') {
    return ok({ en: value.trim(), zh: value.trim() });
  }
  const { en, zh } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return typeof en === 'string' && typeof zh === 'string' && en.trim() !== '' && zh.trim() !== '' ? ok({ en: en.trim(), zh: zh.trim() }) : refusal(ARGUMENT_MESSAGES.label(name));
};

/** One of a few words, e.g. a format's name. */
export function oneOf<T extends string>(values: readonly T[]): Reader<T> {
  return (value, name) => (values.includes(value as T) ? ok(value as T) : refusal(ARGUMENT_MESSAGES.oneOf(name, values)));
}

/** Sentence numbers, for both languages or by language: `[1, 2]` or `{ en: [1], zh: [1, 2] }`. */
export const sentenceSelection: Reader<SentenceSelection> = (value) => {
  const isNumbers = (list: unknown): list is number[] => Array.isArray(list) && list.every((item) => typeof item === 'number');
  if (isNumbers(value)) {
    return ok(value);
  }
  const { en, zh } = (typeof value === 'object' && value !== null ? value : { en: false }) as Record<string, unknown>;
  return (en === undefined || isNumbers(en)) && (zh === undefined || isNumbers(zh)) ? ok(value as SentenceSelection) : refusal(ARGUMENT_MESSAGES.sentences());
};

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Words of a provision's text in one language: `{ language, start, end }`, offsets in that text. */
export const words: Reader<{ language: Language; start: number; end: number }> = (value, name) => {
  const { language, start, end } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const offset = (candidate: unknown): candidate is number => Number.isSafeInteger(candidate) && (candidate as number) >= 0;
  return (language === 'en' || language === 'zh') && offset(start) && offset(end) && start <= end ? ok({ language, start, end }) : refusal(ARGUMENT_MESSAGES.words(name));
};

/** A document of `library`, named by its id: the one way every command reads a document id. */
export function documentIn(library: Library): Reader<PolicyDocument> {
  return (value, name) => {
    const id = text(value, name);
    const document = id.ok ? library.document(id.value) : undefined;
    return !id.ok ? id : document ? ok(document) : refusal(ARGUMENT_MESSAGES.noDocument(id.value));
  };
}

/** true or false. */
export const flag: Reader<boolean> = (value, name) => (typeof value === 'boolean' ? ok(value) : refusal(ARGUMENT_MESSAGES.flag(name)));
