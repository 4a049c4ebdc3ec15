import * as assert from 'node:assert/strict';
import { CODEBOOK_FORMAT, loadCodebook } from '../../../src/core/annotations/files/codebookFile';
import { saveFile } from '../../../src/core/yaml/yamlFile';
import { qdcExport } from '../../../src/core/teams/export/qdcExport';
import { importQdc } from '../../../src/core/teams/export/qdcImport';
import { tagGuid } from '../../../src/core/lib/uuid';
import { CODEBOOK } from './helpers';

const current = loadCodebook(new TextEncoder().encode(CODEBOOK));

/** What ATLAS.ti or MAXQDA write: upper-case GUIDs, nested codes, a Sets element. */
const OTHER_TOOL = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti 23">
  <Codes>
    <Code guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="Security" isCodable="true" color="#00aa00">
      <Description>Control of networks.</Description>
      <Code guid="2FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="Data localisation" isCodable="true" color="#F0F">
        <Description>Data must stay in China.</Description>
      </Code>
    </Code>
    <Code guid="3FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="数据安全" isCodable="false"/>
  </Codes>
  <Sets>
    <Set guid="ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0" name="group"><MemberCode guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294"/></Set>
  </Sets>
</CodeBook>`;

describe('teams: importing a REFI-QDA codebook', () => {
  it("matches codes to tags by label, adds new ones with parents and colours, keeps the rest", () => {
    const result = importQdc(OTHER_TOOL, current.content ?? { tags: [] });
    assert.ok(!('error' in result), 'error' in result ? result.error : '');
    assert.deepEqual(result.added, ['data-localisation', 'code-3ff58b12']);
    assert.deepEqual(result.updated, ['security']);
    assert.deepEqual(result.unchanged, ['innovation', 'privacy']);
    const byId = new Map(result.codebook.tags.map((tag) => [tag.id, tag]));
    assert.deepEqual(byId.get('security'), { id: 'security', label: { en: 'Security', zh: '安全' }, description: 'Control of networks.', color: '#00aa00' });
    assert.deepEqual(byId.get('data-localisation'), { id: 'data-localisation', label: { en: 'Data localisation', zh: 'Data localisation' }, description: 'Data must stay in China.', color: '#ff00ff', parent: 'security' });
    assert.equal(byId.get('code-3ff58b12')?.label.zh, '数据安全');
    assert.match(byId.get('code-3ff58b12')?.color ?? '', /^#[0-9a-f]{6}$/);
    // Untouched: privacy keeps its parent.
    assert.equal(byId.get('privacy')?.parent, 'security');
  });

  it('writes codebook.yaml keeping its comments, and the result loads without problems', () => {
    const result = importQdc(OTHER_TOOL, current.content ?? { tags: [] });
    assert.ok(!('error' in result));
    const saved = saveFile(CODEBOOK_FORMAT, current, result.codebook);
    assert.equal(saved.status, 'changed');
    const text = saved.status === 'changed' ? saved.source.text : '';
    assert.match(text, /# Everything about control of networks and information\.\n {2}- id: security/);
    assert.deepEqual(loadCodebook(new TextEncoder().encode(text)).problems, []);
  });

  it('round-trips an export: codes match by GUID, a renamed code renames the label', () => {
    const exported = qdcExport(current.content ?? { tags: [] });
    assert.equal(typeof exported, 'string');
    const same = importQdc(exported as string, current.content ?? { tags: [] });
    assert.ok(!('error' in same));
    assert.deepEqual([same.added, same.updated], [[], []]);
    const renamed = importQdc((exported as string).replace('name="Security"', 'name="Cybersecurity"'), current.content ?? { tags: [] });
    assert.ok(!('error' in renamed));
    assert.deepEqual(renamed.updated, ['security']);
    assert.deepEqual(renamed.codebook.tags.find((tag) => tag.id === 'security')?.label, { en: 'Cybersecurity', zh: '安全' });
    assert.equal(tagGuid('security'), (exported as string).match(/guid="([^"]+)" name="Security"/)?.[1]);
  });

  it('reads the codebook inside a QDA-XML project', () => {
    const project = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code guid="${tagGuid('x')}" name="Innovation" isCodable="true"/></Codes></CodeBook></Project>`;
    const result = importQdc(project, current.content ?? { tags: [] });
    assert.ok(!('error' in result));
    assert.deepEqual(result.added, []);
  });

  it('says what is wrong with a file it cannot use', () => {
    const cases: [string, RegExp][] = [
      ['<CodeBook><Codes><Code name="x"', /not well-formed XML: 1:\d+/],
      ['<Other/>', /no <CodeBook>/],
      ['<CodeBook><Codes><Code name="x" isCodable="true"/></Codes></CodeBook>', /<Code> at 1:\d+ needs a guid and a name/],
      [`<CodeBook><Codes><Code guid="${tagGuid('a')}" name="a" isCodable="true"/><Code guid="${tagGuid('a')}" name="b" isCodable="true"/></Codes></CodeBook>`, /used by two codes/],
    ];
    for (const [xml, message] of cases) {
      const result = importQdc(xml, { tags: [] });
      assert.match('error' in result ? result.error : '', message);
    }
  });
});
