import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sha1 } from '../../../src/core/lib/sha1';
import { URL_NAMESPACE, UUID_PATTERN, tagGuid, uuidV5 } from '../../../src/core/lib/uuid';

describe('teams: SHA-1 and name-based UUIDs', () => {
  it('computes SHA-1 as node:crypto does, across the padding boundaries and for UTF-8 text', () => {
    const inputs = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(63), 'a'.repeat(64), 'a'.repeat(1000), '隐私与安全 privacy'];
    for (const input of inputs) {
      const bytes = new TextEncoder().encode(input);
      const expected = createHash('sha1').update(bytes).digest('hex');
      assert.equal(Buffer.from(sha1(bytes)).toString('hex'), expected, `length ${bytes.length}`);
    }
  });

  it('gives the RFC 9562 / Python uuid5 values', () => {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org') in Python's documentation.
    assert.equal(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.org/隐私'), computed with Python 3.
    assert.equal(uuidV5(URL_NAMESPACE, 'https://example.org/隐私'), '1f4784c4-02ac-5b2f-a363-ac1402769edc');
  });

  it('gives each tag one stable GUID, version 5, variant RFC', () => {
    const guid = tagGuid('security');
    assert.equal(guid, 'fa963c5a-f41d-59d0-b72e-f7cade1c89fa');
    assert.equal(tagGuid('security'), guid);
    assert.notEqual(tagGuid('privacy'), guid);
    assert.match(guid, UUID_PATTERN);
    assert.equal(guid[14], '5');
    assert.match(guid[19], /[89ab]/);
  });
});
