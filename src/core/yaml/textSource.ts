import { Document, LineCounter } from 'yaml';
import { ListLayout, layoutOf } from './listLayout';
import { parseChecked } from './yamlParse';

/** A file that parsed as YAML, or that a save just wrote: its text and its plain value (see textSource). */
export interface YamlSource {
  readonly text: string;
  readonly value: unknown;
  /** The document a save that renders the whole file edits: parsed from the text, or the one a save rendered it from. */
  readonly doc: Document;
  /** Where the values are in `text`, for locating problems. */
  readonly positions: Positions;
  /** Where the items of the list at `listKey` are in the text; undefined when it is not laid out as the writer lays it out. */
  layout(listKey: string): ListLayout | undefined;
}

export interface Positions {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
}

export interface KnownParts {
  /** The document the text was parsed into (with its positions), when it was. */
  readonly parsed?: Positions;
  /** The document a save rendered the text from, which the next save may edit instead of parsing the text. */
  readonly written?: Document;
  /** Where the items of a keyed list are, when a save just worked it out. */
  readonly layout?: { readonly listKey: string; readonly layout: ListLayout };
}

/**
 * A file's text and value, with what is costly worked out on first use: the yaml document (only a
 * save that renders the whole file needs it), where values are (only a problem to locate needs
 * it) and the layout of its list (the first save that splices works it out; later saves carry it).
 * Opening a corpus of notes therefore costs one fast read per file, and keeps the text and value.
 */
export function textSource(text: string, value: unknown, maxDepth: number, known: KnownParts = {}): YamlSource {
  let positions = known.parsed;
  const layouts = new Map<string, ListLayout | undefined>(known.layout ? [[known.layout.listKey, known.layout.layout]] : []);
  const parse = (): Positions => {
    if (!positions) {
      const lineCounter = new LineCounter();
      const parsed = parseChecked(text, maxDepth, lineCounter);
      // The text read cleanly before, so it parses again; a document of the value if not.
      positions = { doc: 'doc' in parsed ? parsed.doc : new Document(value), lineCounter };
    }
    return positions;
  };
  return {
    text,
    value,
    get doc() {
      return known.written ?? parse().doc;
    },
    get positions() {
      return parse();
    },
    layout(listKey: string) {
      if (!layouts.has(listKey)) {
        layouts.set(listKey, layoutOf(text, value, listKey));
      }
      return layouts.get(listKey);
    },
  };
}
