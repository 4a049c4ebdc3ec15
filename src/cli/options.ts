import { UsageError } from './usageError';
import { localized } from '../core/l10n/localized';

export interface OptionSpec {
  readonly name: string;
  /** One-letter alias, typed with a single dash. */
  readonly short?: string;
  /** Placeholder for the option's value in help ("N"); flags take none. */
  readonly value?: string;
  readonly description: string;
}

/** Every option the program knows; a command says which of them it takes besides json and help. */
export const OPTIONS = [
  { name: 'json', description: 'print JSON instead of text' },
  { name: 'help', short: 'h', description: 'show how to use the program or a command' },
  { name: 'lang', value: 'en|zh', description: 'the language of problems, refusals and reports (default: from LC_ALL, LC_MESSAGES or LANG)' },
  { name: 'limit', value: 'N', description: 'print at most N results' },
  {
    name: 'format',
    value: 'NAME',
    description: 'the format to write',
  },
  { name: 'output', short: 'o', value: 'FILE', description: 'write to FILE instead of printing' },
  { name: 'authors', value: 'A,B,…', description: 'the coders to compare, by name or file name, separated by commas' },
  { name: 'textconv', description: "print a sidecar as one line per annotation, for git's diff.<driver>.textconv" },
  { name: 'dry-run', description: 'print what would be written, and write nothing' },
  { name: 'tags', value: 'A,B,…', description: 'the tags to apply, by id or label, separated by commas; tags the codebook lacks are added to it' },
  { name: 'scope', value: 'SCOPE', description: 'what each match codes: provision, sentence (the default) or match (the words matched)' },
  { name: 'language', value: 'en|zh', description: 'only matches in English or in Chinese (default: both)' },
  { name: 'author', value: 'NAME', description: "the coder whose notes file gets the annotations (default: git's user.name, else your user name)" },
  { name: 'notes', value: 'FOLDER', description: 'the notes folder (default policy-notes)' },
  { name: 'folder', value: 'DIR', description: 'the workspace whose policy-documents/ the library holds besides the embedded Opinions (default: the current folder)' },
  { name: 'english', value: 'FILE', description: 'the English translation, when it is a file of its own; with --id and no other file, attached to that document' },
  { name: 'revises', value: 'ID', description: 'the document this one revises (an earlier version of it)' },
  { name: 'id', value: 'ID', description: 'the document id to use (lowercase letters, digits and dashes); by default made from the file name' },
  { name: 'recursive', short: 'r', description: 'the files in the folders inside the folders named too' },
  { name: 'replace', description: 'replace the text of the document --id names; its notes follow their words' },
  { name: 'document', value: 'ID', description: 'only this document (default: every document); may be given more than once where a command reads several' },
  { name: 'note', value: 'TEXT', description: 'the note (Markdown)' },
  { name: 'quote', value: 'TEXT', description: "the words annotated, as they are in the provision's text (else the whole provision)" },
  { name: 'allow-errors', description: 'go on when notes files have errors (what cannot be read in them is left out)' },
  { name: 'regex', description: 'the query is a regular expression (JavaScript syntax)' },
  { name: 'width', value: 'N', description: 'characters of context on each side (default 20)' },
  { name: 'sort', value: 'left|right', description: 'order the lines by the words left of the match (read outwards from it) or right of it (default: corpus order)' },
  { name: 'tag', value: 'TAG', description: 'only the passages annotated with this tag (id or label)' },
  { name: 'where', value: 'KEY=VALUE', description: 'only documents whose attribute KEY (year, type, status, issuer, id…) is VALUE; may be given more than once' },
  { name: 'top', value: 'N', description: 'print the N first' },
  { name: 'rows', value: 'AXIS', description: 'what the rows are: tags (the default), documents, coders, or an attribute (year, type, status, issuer, level…)' },
  { name: 'columns', value: 'AXIS', description: 'what the columns are, as --rows (default: documents)' },
  { name: 'measure', value: 'NAME', description: 'what a cell counts: passages (the default), provisions, documents or share (of provisions)' },
  { name: 'csv', description: 'print CSV instead of a table' },
  { name: 'since', value: 'DATE', description: 'only annotations changed on or after this date (YYYY-MM-DD)' },
  { name: 'until', value: 'DATE', description: 'only annotations changed on or before this date (YYYY-MM-DD)' },
] as const satisfies readonly OptionSpec[];

export type OptionName = (typeof OPTIONS)[number]['name'];

/** Options every command takes. */
export const COMMON_OPTIONS: readonly OptionName[] = ['json', 'help', 'lang', 'folder'];

/** The options given on a command line, each with its value (`true` for flags). */
export class GivenOptions {
  constructor(
    private readonly values: ReadonlyMap<OptionName, string | true>,
    private readonly repeated: ReadonlyMap<OptionName, readonly string[]> = new Map(),
  ) {}

  names(): OptionName[] {
    return [...this.values.keys()];
  }

  has(name: OptionName): boolean {
    return this.values.has(name);
  }

  /** The value of an option that takes one, or undefined when it is absent. */
  value(name: OptionName): string | undefined {
    const value = this.values.get(name);
    return typeof value === 'string' ? value : undefined;
  }

  /** Every value of an option that may be given more than once, in order; empty when it is absent. */
  all(name: OptionName): readonly string[] {
    return this.repeated.get(name) ?? [];
  }

  /** A whole number ≥ 1, or `fallback` when the option is absent. */
  count(name: OptionName, fallback: number): number {
    const value = this.values.get(name);
    if (value === undefined) {
      return fallback;
    }
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1) {
      throw new UsageError(localized('cli.wholeNumber', name, String(value)));
    }
    return count;
  }
}
