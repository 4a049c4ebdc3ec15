import { UsageError } from './usageError';

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
    description: 'cite: the reference format (short, full, chinese, bilingual, markdownLink, pandoc or latex); bib: bibtex, biblatex or csl-json; export: markdown, csv, jsonld or qdc; import: qdc',
  },
  { name: 'output', short: 'o', value: 'FILE', description: 'write to FILE instead of printing' },
  { name: 'authors', value: 'A,B,…', description: 'the coders to compare, by name or file name, separated by commas' },
  { name: 'textconv', description: "print a sidecar as one line per annotation, for git's diff.<driver>.textconv" },
  { name: 'dry-run', description: 'autocode, carry: print what would be written, and write nothing' },
  { name: 'tags', value: 'A,B,…', description: 'autocode: the tags to apply, by id or label, separated by commas; tags the codebook lacks are added to it; annotate: tag ids from the codebook' },
  { name: 'scope', value: 'SCOPE', description: 'autocode: what each match codes: provision, sentence (the default) or match (the words matched)' },
  { name: 'language', value: 'en|zh', description: 'autocode: only matches in English or in Chinese (default: both); annotate: the language of --quote (default: the one whose text has it)' },
  { name: 'author', value: 'NAME', description: "autocode, annotate: the coder whose notes file gets the annotations (default: git's user.name, else your user name)" },
  { name: 'notes', value: 'FOLDER', description: 'autocode, annotate, add --replace: the notes folder (default policy-notes)' },
  { name: 'folder', value: 'DIR', description: 'the workspace whose policy-documents/ the library holds besides the embedded Opinions (default: the current folder)' },
  { name: 'english', value: 'FILE', description: 'add: the English translation, when it is a file of its own; with --id and no other file, attached to that document' },
  { name: 'revises', value: 'ID', description: 'add: the document this one revises (an earlier version of it)' },
  { name: 'id', value: 'ID', description: 'add: the document id to use (lowercase letters, digits and dashes); by default made from the file name' },
  { name: 'recursive', short: 'r', description: 'add: the files in the folders inside the folders named too' },
  { name: 'replace', description: 'add: replace the text of the document --id names; its notes follow their words' },
  { name: 'document', value: 'ID', description: 'list, search, autocode: only this document (default: every document)' },
  { name: 'note', value: 'TEXT', description: 'annotate: the note (Markdown)' },
  { name: 'quote', value: 'TEXT', description: "annotate: the words annotated, as they are in the provision's text (else the whole provision)" },
  { name: 'allow-errors', description: 'export, agreement, stats: go on when notes files have errors (what cannot be read in them is left out)' },
] as const satisfies readonly OptionSpec[];

export type OptionName = (typeof OPTIONS)[number]['name'];

/** Options every command takes. */
export const COMMON_OPTIONS: readonly OptionName[] = ['json', 'help', 'lang', 'folder'];

/** The options given on a command line, each with its value (`true` for flags). */
export class GivenOptions {
  constructor(private readonly values: ReadonlyMap<OptionName, string | true>) {}

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

  /** A whole number ≥ 1, or `fallback` when the option is absent. */
  count(name: OptionName, fallback: number): number {
    const value = this.values.get(name);
    if (value === undefined) {
      return fallback;
    }
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1) {
      throw new UsageError(`--${name} needs a whole number of at least 1, not "${String(value)}"`);
    }
    return count;
  }
}
