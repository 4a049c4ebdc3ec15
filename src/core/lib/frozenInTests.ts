/**
 * The module-level caches keep values by identity (an annotation's item, a content's plain value,
 * an item found valid, the data a YAML node says) on the promise that nothing changes them once
 * made; a change would make a later save write stale bytes. The unit tests check that promise:
 * their run sets FREEZE_CACHED_VALUES before any module loads (test/unit/freezeCachedValues.cjs,
 * required by .mocharc.json), and every value a cache keeps is then deep-frozen, so a mutation
 * throws where it happens. The product's bundles define it false (scripts/build.mjs), so there
 * the check is compiled away; elsewhere (the bench) it is undefined, and nothing is frozen.
 */
declare const FREEZE_CACHED_VALUES: boolean | undefined;

/** `value` itself, deep-frozen when the tests run. */
export function frozenInTests<T>(value: T): T {
  if (typeof FREEZE_CACHED_VALUES !== 'undefined' && FREEZE_CACHED_VALUES) {
    deepFreeze(value);
  }
  return value;
}

/** Freezes plain data (objects, arrays) all the way down; other objects (a Map, a class's instance) are left as they are. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) {
    return;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) {
    return;
  }
  Object.freeze(value);
  Object.values(value).forEach(deepFreeze);
}
