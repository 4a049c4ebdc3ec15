import * as assert from 'node:assert/strict';
import { URI_SCHEME, parseProvisionUri, provisionUri } from '../../../src/core/references/uri';

describe('provision links', () => {
  it('writes policy-annotator:/<document>/<number>', () => {
    assert.equal(URI_SCHEME, 'policy-annotator');
    assert.equal(provisionUri('mobile-internet-opinions-2017', 15), 'policy-annotator:/mobile-internet-opinions-2017/15');
  });

  it('reads back what it writes', () => {
    assert.deepEqual(parseProvisionUri(provisionUri('mobile-internet-opinions-2017', 24)), { documentId: 'mobile-internet-opinions-2017', number: 24 });
  });

  it('reads nothing from other links', () => {
    for (const uri of ['policy-text:/mobile-internet-opinions-2017/15', 'policy-annotator:/mobile-internet-opinions-2017', 'policy-annotator:/Mobile/15', 'policy-annotator:/x/15/16', 'https://example.org/']) {
      assert.equal(parseProvisionUri(uri), undefined, uri);
    }
  });
});
