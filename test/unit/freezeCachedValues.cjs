// Required by .mocharc.json before the tests load: the values the core's caches keep are deep-frozen
// during the unit tests (src/core/lib/frozenInTests.ts), so that code that mutates one fails here.
globalThis.FREEZE_CACHED_VALUES = true;
