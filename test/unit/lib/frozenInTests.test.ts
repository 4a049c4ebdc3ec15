import * as assert from 'node:assert/strict';
import { frozenInTests } from '../../../src/core/lib/frozenInTests';
import { rememberPlain } from '../../../src/core/yaml/yamlFile';

describe('values the caches keep are frozen in the unit tests', () => {
  it('the test run sets the flag (test/unit/freezeCachedValues.cjs), so the check is on here', () => {
    assert.equal((globalThis as { FREEZE_CACHED_VALUES?: boolean }).FREEZE_CACHED_VALUES, true);
  });

  it('freezes plain data all the way down, so a mutation throws where it happens', () => {
    const value = frozenInTests({ annotations: [{ id: 'a1b2c3d4', tags: ['privacy'] }] });
    assert.throws(() => value.annotations[0].tags.push('security'), TypeError);
    assert.throws(() => {
      (value.annotations[0] as { id: string }).id = 'changed';
    }, TypeError);
  });

  it('leaves what is not plain data (a Map, a class) as it is', () => {
    const map = new Map([['k', 1]]);
    frozenInTests({ map });
    map.set('other', 2);
    assert.equal(map.size, 2);
    assert.equal(Object.isFrozen(map), false);
  });

  it('a cache keeps frozen values: the content and plain value a save remembers', () => {
    const content = { annotations: [{ id: 'a1b2c3d4' }] };
    const plain = { version: 1, annotations: [{ id: 'a1b2c3d4' }] };
    rememberPlain(content, plain);
    assert.ok(Object.isFrozen(content.annotations[0]) && Object.isFrozen(plain.annotations));
  });
});
