/**
 * A small XML 1.0 reader for exchange files (REFI-QDA codebooks): elements, attributes, text,
 * CDATA, comments, processing instructions and the predefined and numeric character references.
 * A DOCTYPE is refused: exchange files have none, and refusing it rules out entity expansion
 * attacks. Namespaces are not resolved; `xmlns` attributes are kept as written, and callers
 * compare local names.
 */

export interface XmlElement {
  /** As written, with any prefix (`qda:Code`). */
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The element's own text (not its children's), references resolved. */
  readonly text: string;
  /** 1-based, where the start tag is. */
  readonly line: number;
  readonly column: number;
}

export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${line}:${column}: ${message}`);
  }
}

const NAME = /[A-Za-z_:\u00c0-\uffff][\w.:\-\u00b7\u00c0-\uffff]*/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The root element of a document; throws an XmlError with the position of the first mistake. */
export function parseXml(text: string): XmlElement {
  return new Reader(text.replace(/^\ufeff/, '')).document();
}

/** The element's name without its namespace prefix. */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

interface Building {
  readonly name: string;
  readonly attributes: Map<string, string>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
  readonly column: number;
}

class Reader {
  private at = 0;
  /** Where each line starts, found once, so that placing an element costs a binary search rather than a scan from the top. */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
      this.lineStarts.push(newline + 1);
    }
  }

  document(): XmlElement {
    this.misc();
    if (this.text.startsWith('<!DOCTYPE', this.at)) {
      this.fail('a DOCTYPE is not accepted in an exchange file');
    }
    if (this.text[this.at] !== '<') {
      this.fail('the document has no root element');
    }
    const root = this.element();
    this.misc();
    if (this.at < this.text.length) {
      this.fail('content after the root element');
    }
    return root;
  }

  /** Whitespace, comments and processing instructions (the XML declaration among them). */
  private misc(): void {
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith('<?', this.at)) {
        this.skipPast('?>', 'processing instruction');
      } else if (this.text.startsWith('<!--', this.at)) {
        this.skipPast('-->', 'comment');
      } else {
        return;
      }
    }
  }

  private element(): XmlElement {
    const { line, column } = this.position(this.at);
    this.at++; // <
    const open: Building = { name: this.name(), attributes: new Map(), children: [], text: '', line, column };
    if (this.attributes(open.attributes)) {
      return open;
    }
    const stack: Building[] = [open];
    for (;;) {
      const current = stack[stack.length - 1];
      const next = this.text.indexOf('<', this.at);
      if (next < 0) {
        this.at = this.text.length;
        this.fail(`<${current.name}> is not closed`);
      }
      current.text += this.characterData(this.text.slice(this.at, next));
      this.at = next;
      if (this.text.startsWith('</', this.at)) {
        this.at += 2;
        const name = this.name();
        if (name !== current.name) {
          this.fail(`</${name}> closes <${current.name}>`);
        }
        this.skipSpace();
        this.expect('>');
        stack.pop();
        if (stack.length === 0) {
          return current;
        }
        stack[stack.length - 1].children.push(current);
      } else if (this.text.startsWith('<!--', this.at)) {
        this.skipPast('-->', 'comment');
      } else if (this.text.startsWith('<![CDATA[', this.at)) {
        const end = this.text.indexOf(']]>', this.at);
        if (end < 0) {
          this.fail('CDATA section is not closed');
        }
        current.text += this.text.slice(this.at + 9, end);
        this.at = end + 3;
      } else if (this.text.startsWith('<?', this.at)) {
        this.skipPast('?>', 'processing instruction');
      } else {
        const position = this.position(this.at);
        this.at++;
        const child: Building = { name: this.name(), attributes: new Map(), children: [], text: '', ...position };
        if (this.attributes(child.attributes)) {
          current.children.push(child);
        } else {
          stack.push(child);
        }
      }
    }
  }

  /** Reads attributes up to `>` or `/>`; true for an empty element. */
  private attributes(into: Map<string, string>): boolean {
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.text.startsWith('/>', this.at)) {
        this.at += 2;
        return true;
      }
      if (this.text[this.at] === '>') {
        this.at++;
        return false;
      }
      if (!hadSpace) {
        this.fail('expected a space, ">" or "/>"');
      }
      const name = this.name();
      if (into.has(name)) {
        this.fail(`attribute ${name} is repeated`);
      }
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      const quote = this.text[this.at];
      if (quote !== '"' && quote !== "'") {
        this.fail(`the value of ${name} must be in quotes`);
      }
      const end = this.text.indexOf(quote, this.at + 1);
      if (end < 0) {
        this.fail(`the value of ${name} is not closed`);
      }
      const raw = this.text.slice(this.at + 1, end);
      if (raw.includes('<')) {
        this.fail(`"<" in the value of ${name}`);
      }
      this.at++;
      // Attribute-value normalisation: literal whitespace becomes a space, references stay as they say.
      into.set(name, this.characterData(raw.replace(/\r\n|[\t\n\r]/g, ' ')));
      this.at = end + 1;
    }
  }

  /** Text with its references resolved; `this.at` points at its start for error positions. */
  private characterData(raw: string): string {
    const start = this.at;
    return raw.replace(/&([^;&\s]*);?/g, (whole: string, reference: string, offset: number) => {
      if (!whole.endsWith(';')) {
        this.at = start + offset;
        this.fail('"&" must be written &amp;');
      }
      const value = reference.startsWith('#x') ? parseInt(reference.slice(2), 16) : reference.startsWith('#') ? parseInt(reference.slice(1), 10) : undefined;
      if (value !== undefined) {
        if (!Number.isInteger(value) || value < 1 || value > 0x10ffff || /[^0-9a-fA-F]/.test(reference.replace(/^#x?/, ''))) {
          this.at = start + offset;
          this.fail(`bad character reference &${reference};`);
        }
        return String.fromCodePoint(value);
      }
      const predefined = PREDEFINED[reference];
      if (predefined === undefined) {
        this.at = start + offset;
        this.fail(`unknown entity &${reference};`);
      }
      return predefined;
    });
  }

  private name(): string {
    NAME.lastIndex = this.at;
    const match = NAME.exec(this.text);
    if (!match) {
      this.fail('expected a name');
    }
    this.at += match[0].length;
    return match[0];
  }

  private skipSpace(): boolean {
    const start = this.at;
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at])) {
      this.at++;
    }
    return this.at > start;
  }

  private skipPast(end: string, what: string): void {
    const found = this.text.indexOf(end, this.at + 2);
    if (found < 0) {
      this.fail(`${what} is not closed`);
    }
    this.at = found + end.length;
  }

  private expect(character: string): void {
    if (this.text[this.at] !== character) {
      this.fail(`expected "${character}"`);
    }
    this.at++;
  }

  private position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }

  private fail(message: string): never {
    const { line, column } = this.position(Math.min(this.at, this.text.length));
    throw new XmlError(message, line, column);
  }
}
