import { CST, Composer, Document, LineCounter, Parser, YAMLParseError } from 'yaml';
import { tooDeepAt } from './yamlDepth';

export type Checked = { readonly doc: Document.Parsed } | { readonly tooDeep: number };

/**
 * What the yaml library's parseDocument does, with one pass of its parser instead of two: each
 * top-level token is checked for depth (see tooDeepAt) before the composer sees it, and composing
 * stops at the first that is too deep. Like parseDocument, a second document is an error.
 */
export function parseChecked(text: string, maxDepth: number, lineCounter: LineCounter = new LineCounter()): Checked {
  let tooDeep: number | undefined;
  function* checked(tokens: Iterable<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      tooDeep = tooDeepAt(token, maxDepth);
      if (tooDeep !== undefined) {
        return;
      }
      yield token;
    }
  }
  let doc: Document.Parsed | undefined;
  const composer = new Composer({ uniqueKeys: true });
  for (const next of composer.compose(checked(new Parser(lineCounter.addNewLine).parse(text)), true, text.length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  if (tooDeep !== undefined) {
    return { tooDeep };
  }
  if (!doc) {
    // compose(…, forceDoc = true) always ends with a document; this only satisfies the types.
    throw new Error('the yaml library composed no document');
  }
  return { doc };
}

/** The document of a text as the careful reader reads it, when it reads without errors. */
export function parseClean(text: string, maxDepth: number): Document.Parsed | undefined {
  const parsed = parseChecked(text, maxDepth);
  return 'doc' in parsed && parsed.doc.errors.length === 0 ? parsed.doc : undefined;
}
