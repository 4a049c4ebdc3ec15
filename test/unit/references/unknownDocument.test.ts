import * as assert from 'node:assert/strict';
import { Library } from '../../../src/core/library';
import { PolicyDocument } from '../../../src/core/model';
import { resolveProvisionRef } from '../../../src/core/reference';
import { opinions } from '../helpers/opinions';

const library = (ids: readonly string[]) => new Library(ids.map((id): PolicyDocument => ({ ...opinions(), id })));

describe('a reference to a document the library lacks', () => {
  it('lists every id of a small library', () => {
    assert.deepEqual(resolveProvisionRef(library(['pipl-2021', 'dsl-2021']), 'csl-2016#3'), { error: 'unknown document "csl-2016" (known: pipl-2021, dsl-2021)' });
  });

  it('lists the ids closest to the one typed in a corpus, and how many there are, not a page of ids', () => {
    const ids = Array.from({ length: 1500 }, (_, index) => `law-${1000 + index}`);
    const corpus = library([...ids, 'local-regulation-2017-08-31', 'local-regulation-2017-09-30', 'local-regulation-2018-04-10']);
    const resolved = resolveProvisionRef(corpus, 'local-regulation-2018-04-09#3');
    assert.ok('error' in resolved);
    assert.match(resolved.error, /^unknown document "local-regulation-2018-04-09" \(known: local-regulation-2018-04-10, local-regulation-2017-08-31, local-regulation-2017-09-30, law-\d+, .* … of 1503; see policy-annotator list\)$/);
    assert.ok(resolved.error.length < 300, resolved.error);
  });
});
