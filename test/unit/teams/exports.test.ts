import * as assert from 'node:assert/strict';
import { Annotation, Codebook } from '../../../src/core/annotations/model/annotation';
import { loadCodebook } from '../../../src/core/annotations/files/codebookFile';
import { csvExport } from '../../../src/core/teams/export/csvExport';
import { ExportInput } from '../../../src/core/teams/export/exportInput';
import { jsonLdExport } from '../../../src/core/teams/export/jsonLdExport';
import { markdownExport } from '../../../src/core/teams/export/markdownExport';
import { qdcExport } from '../../../src/core/teams/export/qdcExport';
import { tagGuid } from '../../../src/core/lib/uuid';
import { XmlElement, localName, parseXml } from '../../../src/core/lib/xmlParse';
import { spanOf } from '../annotations/fixtures';
import { opinions, opinionsLibrary } from '../helpers/opinions';
import { CODEBOOK, DOCUMENT, Workspace } from './helpers';

/** The team's notes: two coders, spans in both languages, a note with a line break, commas and quotes. */
async function teamNotes(): Promise<ExportInput> {
  const workspace = new Workspace();
  try {
    await workspace.annotate(
      'Li Wei',
      { document: DOCUMENT, provision: 15, span: spanOf(15, 'personal information'), tags: ['privacy'], note: 'Users\' data, "identity".\nSecond line.' },
      { document: DOCUMENT, provision: 15, span: spanOf(15, '伪基站', 'zh'), tags: ['security'] },
      { document: DOCUMENT, provision: 3, tags: ['innovation', 'security'] },
    );
    await workspace.annotate('张敏', { document: DOCUMENT, provision: 15, tags: ['privacy', 'security'] }, { document: DOCUMENT, provision: 20, note: '同意' });
    const store = await workspace.open('Li Wei');
    return { library: opinionsLibrary(), codebook: store.codebook, annotations: store.annotations() };
  } finally {
    workspace.remove();
  }
}

/** RFC 4180 records, read independently of the writer. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') {
        quoted = false;
      } else {
        field += character;
      }
    } else if (character === '"' && field === '') {
      quoted = true;
    } else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      index++;
    } else {
      assert.ok(character !== '"' && character !== '\n' && character !== '\r', `bare ${JSON.stringify(character)} at ${index}`);
      field += character;
    }
  }
  assert.equal(field + record.join(''), '', 'the last record ends with CRLF');
  return records;
}

describe('teams: exports', () => {
  let input: ExportInput;
  before(async () => {
    input = await teamNotes();
  });

  describe('W3C Web Annotation JSON-LD', () => {
    interface Selector {
      type: string;
      exact?: string;
      start?: number;
      end?: number;
    }
    interface Body {
      type: string;
      value: string;
      purpose: string;
    }
    interface WebAnnotation {
      id: string;
      type: string;
      motivation: string;
      creator: { type: string; name: string };
      created: string;
      modified: string;
      body?: Body | Body[];
      target: string | { source: string; selector: Selector | Selector[] };
    }

    it('is an AnnotationCollection with every annotation in its first page', () => {
      const collection = JSON.parse(jsonLdExport(input)) as Record<string, unknown> & { first: { type: string; items: WebAnnotation[] } };
      assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(collection.type, 'AnnotationCollection');
      assert.equal(collection.total, input.annotations.length);
      assert.equal(collection.first.type, 'AnnotationPage');
      assert.equal(collection.first.items.length, input.annotations.length);
    });

    it('gives each annotation an IRI, type, creator, times, bodies and a target', () => {
      const { items } = (JSON.parse(jsonLdExport(input)) as { first: { items: WebAnnotation[] } }).first;
      for (const [index, item] of items.entries()) {
        const annotation = input.annotations[index];
        assert.match(item.id, /^urn:policy-annotator:annotation:[a-z0-9]{8}$/);
        assert.equal(item.type, 'Annotation');
        assert.deepEqual(item.creator, { type: 'Person', name: annotation.author });
        assert.match(item.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        assert.match(item.modified, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
        assert.ok(bodies.every((body) => body.type === 'TextualBody' && typeof body.value === 'string'));
        assert.deepEqual(bodies.filter((body) => body.purpose === 'tagging').map((body) => body.value), annotation.tags);
        assert.deepEqual(bodies.filter((body) => body.purpose === 'commenting').map((body) => body.value), annotation.note === undefined ? [] : [annotation.note]);
        assert.ok(['commenting', 'tagging', 'highlighting'].includes(item.motivation));
      }
    });

    it("has both selectors for each span, and the quote is the provision text's slice at the position", () => {
      const { items } = (JSON.parse(jsonLdExport(input)) as { first: { items: WebAnnotation[] } }).first;
      let spans = 0;
      for (const [index, item] of items.entries()) {
        const annotation = input.annotations[index];
        if (!annotation.span) {
          assert.equal(item.target, `urn:policy-annotator:${DOCUMENT}:${annotation.provision}`);
          continue;
        }
        spans++;
        assert.ok(typeof item.target === 'object');
        assert.equal(item.target.source, `urn:policy-annotator:${DOCUMENT}:${annotation.provision}:${annotation.span.language}`);
        const selectors = Array.isArray(item.target.selector) ? item.target.selector : [item.target.selector];
        const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
        const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
        assert.ok(quote && position, 'both selectors');
        const text = opinions().provisions[annotation.provision - 1].text[annotation.span.language];
        assert.equal(quote.exact, text.slice(position.start, position.end));
      }
      assert.equal(spans, 2);
    });

    it('keeps only the quote selector for a quote no longer in the text', () => {
      const span = { language: 'en' as const, exact: 'words that were never there', prefix: '', suffix: '', start: 3, end: 30 };
      const lost: Annotation = { ...input.annotations[0], span };
      const item = (JSON.parse(jsonLdExport({ ...input, annotations: [lost] })) as { first: { items: WebAnnotation[] } }).first.items[0];
      assert.ok(typeof item.target === 'object');
      assert.deepEqual(item.target.selector, { type: 'TextQuoteSelector', exact: span.exact, prefix: '', suffix: '' });
    });
  });

  describe('CSV', () => {
    it('has a header and one RFC 4180 record per annotation, in UTF-8 without a BOM', () => {
      const text = csvExport(input);
      assert.ok(!text.startsWith('\ufeff'));
      const [header, ...rows] = parseCsv(text);
      assert.deepEqual(header, ['id', 'document', 'part', 'provision', 'author', 'tags', 'language', 'start', 'end', 'anchor', 'quote', 'note', 'created', 'updated']);
      assert.equal(rows.length, input.annotations.length);
      for (const row of rows) {
        assert.equal(row.length, header.length);
      }
      const noted = rows.find((row) => row[0] === input.annotations.find((annotation) => annotation.note?.startsWith('Users'))?.id);
      assert.deepEqual(noted?.slice(4, 12), ['Li Wei', 'privacy', 'en', '111', '131', 'anchored', 'personal information', 'Users\' data, "identity".\nSecond line.']);
      assert.equal(rows.find((row) => row[4] === '张敏' && row[3] === '15')?.[5], 'privacy;security');
    });
  });

  describe('REFI-QDA codebook (.qdc)', () => {
    const GUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
    const RGB = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;

    /**
     * The structure Codebook.xsd (QDA-XML codebook 1.0) requires: root CodeBook in its namespace;
     * a Codes with at least one Code, then optionally Sets with at least one Set; each Code with
     * guid (GUIDType), name, isCodable (xsd:boolean) and optionally color (RGBType), holding at
     * most one Description, first, then Codes. Returns each code's guid → its parent's guid.
     */
    function checkCodebook(xml: string): Map<string, string | undefined> {
      const root = parseXml(xml);
      assert.equal(localName(root), 'CodeBook');
      assert.equal(root.attributes.get('xmlns'), 'urn:QDA-XML:codebook:1.0');
      assert.deepEqual(root.children.map(localName).slice(0, 1), ['Codes']);
      assert.ok(root.children.length === 1 || (root.children.length === 2 && localName(root.children[1]) === 'Sets' && root.children[1].children.length > 0));
      const codes = root.children[0];
      assert.ok(codes.children.length > 0, 'Codes holds at least one Code');
      const parents = new Map<string, string | undefined>();
      const visit = (code: XmlElement, parent: string | undefined) => {
        assert.equal(localName(code), 'Code');
        const guid = code.attributes.get('guid') ?? '';
        assert.match(guid, GUID);
        assert.ok(!parents.has(guid.toLowerCase()), `guid ${guid} is unique`);
        parents.set(guid.toLowerCase(), parent);
        assert.ok((code.attributes.get('name') ?? '') !== '', 'name');
        assert.match(code.attributes.get('isCodable') ?? '', /^(true|false|1|0)$/);
        const color = code.attributes.get('color');
        assert.ok(color === undefined || RGB.test(color), `color ${color}`);
        const names = code.children.map(localName);
        assert.ok(names.lastIndexOf('Description') <= 0, 'at most one Description, first');
        code.children.filter((child) => localName(child) === 'Code').forEach((child) => visit(child, guid.toLowerCase()));
      };
      codes.children.forEach((code) => visit(code, undefined));
      return parents;
    }

    it('has one code per tag, nested by parent, valid by the codebook schema', () => {
      const xml = qdcExport(input.codebook);
      assert.equal(typeof xml, 'string');
      const parents = checkCodebook(xml as string);
      assert.equal(parents.size, input.codebook.tags.length);
      for (const tag of input.codebook.tags) {
        assert.equal(parents.get(tagGuid(tag.id)), tag.parent && tagGuid(tag.parent), tag.id);
      }
      assert.match(xml as string, /<Code guid="[^"]+" name="Security" isCodable="true" color="#D62728">\n\s+<Description>Cybersecurity &amp; control of information\.<\/Description>\n\s+<Code [^>]*name="Privacy"/);
    });

    it('is the same file every time', () => {
      const reordered: Codebook = { tags: [...input.codebook.tags] };
      assert.equal(qdcExport(reordered), qdcExport(input.codebook));
    });

    it('writes tags in a parent loop at the top rather than losing them', () => {
      const tags = loadCodebook(new TextEncoder().encode(CODEBOOK)).content?.tags ?? [];
      const looped: Codebook = { tags: tags.map((tag) => (tag.id === 'security' ? { ...tag, parent: 'privacy' } : tag)) };
      assert.equal(checkCodebook(qdcExport(looped) as string).size, 3);
    });

    it('refuses an empty codebook', () => {
      assert.deepEqual(qdcExport({ tags: [] }), { error: 'the codebook has no tags, and a REFI-QDA codebook needs at least one code' });
    });
  });

  describe('Markdown', () => {
    it('reports by part, provision and tag, with the quote and the aligned sentence', () => {
      const text = markdownExport(input);
      const order = ['### I. ', '#### ¶3 Basic principles', '### IV. ', '#### ¶15 ', '**Security · 安全**', '**Privacy · 隐私**', '### V. ', '#### ¶20 ', '**Untagged · 无标签**'];
      let at = -1;
      for (const heading of order) {
        const found = text.indexOf(heading, at + 1);
        assert.ok(found > at, `${heading} after the previous heading`);
        at = found;
      }
      assert.match(text, /- EN: “personal information”\n {2}- ZH \(aligned\): “[^”]*个人信息[^”]*”\n {2}- Note: Users' data, "identity"\.\n {4}Second line\./);
      assert.match(text, /- ZH: “伪基站”\n {2}- EN \(aligned\): “[^”]*fake base stations/);
      assert.match(text, /张敏, 2024-05-01, on the whole provision/);
    });
  });
});
