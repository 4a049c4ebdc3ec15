import * as assert from 'node:assert/strict';
import { DOCUMENT, LI_WEI_PATH, memoryWithCodebook, openStore } from './fixtures';

const COMMENTED = `# Coding notes of Li Wei for the 2017 Opinions.
# Second pass: focus on security.

version: 1
document: ${DOCUMENT}
author: Li Wei
annotations:
  # The key provision on the digital divide.
  - id: aaaaaaaa
    provision: 3
    tags: [innovation] # check with Zhang Min
    created: 2024-05-01T10:00:00Z
    updated: 2024-05-01T10:00:00Z

  - id: bbbbbbbb
    provision: 10
    # tagged twice on purpose
    tags: [security, innovation]
    note: |
      Compare with the 2016 Cybersecurity Law.
    created: 2024-05-01T10:00:00Z
    updated: 2024-05-01T10:00:00Z

  # Delete me later.
  - id: cccccccc
    provision: 20
    tags: []
    created: 2024-05-01T10:00:00Z
    updated: 2024-05-01T10:00:00Z

  - id: dddddddd
    provision: 24
    tags: [] # nothing yet
    created: 2024-05-01T10:00:00Z
    updated: 2024-05-01T10:00:00Z

# End of the second pass.
`;

/** The line after the one that is exactly `line`. */
function lineAfter(text: string, line: string): string | undefined {
  const lines = text.split('\n');
  const index = lines.indexOf(line);
  return index < 0 ? undefined : lines[index + 1];
}

describe('annotations: hand-written comments', () => {
  it('survive adding, updating and deleting other annotations', async () => {
    const fs = memoryWithCodebook({ [LI_WEI_PATH]: COMMENTED });
    const store = await openStore(fs);
    assert.deepEqual(store.files().flatMap((file) => file.problems), []);

    const first = await store.add({ document: DOCUMENT, provision: 1, tags: ['security'] });
    const middle = await store.add({ document: DOCUMENT, provision: 15, note: 'New in the middle.' });
    assert.ok(first.ok && middle.ok);
    assert.ok((await store.update('dddddddd', { tags: ['innovation'] })).ok);
    assert.ok((await store.update('bbbbbbbb', { note: 'Compare with the 2016 Cybersecurity Law.\nAnd the 2017 rules.' })).ok);
    assert.ok((await store.delete('cccccccc')).ok);

    const text = fs.text(LI_WEI_PATH) ?? '';
    assert.ok(text.startsWith('# Coding notes of Li Wei for the 2017 Opinions.\n# Second pass: focus on security.\n\nversion: 1\n'), text);
    // The comment above an annotation stays above it when another is inserted before it.
    assert.equal(lineAfter(text, '  # The key provision on the digital divide.'), '  - id: aaaaaaaa');
    assert.ok(text.indexOf(`id: ${first.value.id}`) < text.indexOf('# The key provision'), text);
    assert.ok(text.includes('    tags: [innovation] # check with Zhang Min\n'), text);
    assert.equal(lineAfter(text, '    # tagged twice on purpose'), '    tags: [security, innovation]');
    // An updated value keeps the comment written beside it.
    assert.ok(text.includes('    tags: [innovation] # nothing yet\n'), text);
    assert.ok(text.includes('      And the 2017 rules.\n'), text);
    assert.ok(!text.includes('cccccccc') && !text.includes('Delete me later'), text);
    assert.ok(text.includes('# End of the second pass.\n'), text);
    assert.deepEqual(
      store.annotations().map((annotation) => annotation.provision),
      [1, 3, 10, 15, 24],
    );
    assert.ok(text.indexOf(`id: ${middle.value.id}`) > text.indexOf('id: bbbbbbbb') && text.indexOf(`id: ${middle.value.id}`) < text.indexOf('id: dddddddd'));
  });

  it('survive in the codebook when a tag is added and another renamed', async () => {
    const codebook = `# Agreed at the kick-off meeting.
version: 1
tags:
  # Economic
  - id: innovation
    label: {en: Innovation, zh: 创新}
    description: Calls for new technology. # keep short
    color: "#1f77b4"
  - id: security
    label: {en: Security, zh: 安全}
    description: ""
    color: "#d62728"
`;
    const fs = memoryWithCodebook({ 'notes/codebook.yaml': codebook });
    const store = await openStore(fs);
    assert.ok((await store.renameTag('security', 'cybersecurity')).ok);
    assert.ok((await store.addTag({ id: 'openness', label: { en: 'Openness', zh: '开放' }, description: '', color: '#2ca02c' })).ok);
    const text = fs.text('notes/codebook.yaml') ?? '';
    assert.ok(text.startsWith('# Agreed at the kick-off meeting.\n'), text);
    assert.equal(lineAfter(text, '  # Economic'), '  - id: innovation');
    assert.ok(text.includes('    description: Calls for new technology. # keep short\n'), text);
    assert.ok(text.includes('  - id: cybersecurity\n'), text);
    assert.ok(text.includes('    label: {en: Innovation, zh: 创新}\n'), text);
  });
});
