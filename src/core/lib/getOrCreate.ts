/** What getOrCreate needs of a map: a Map and a WeakMap both are one. */
interface Keyed<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value of `key` in `map`, created and stored by `create` the first time. */
export function getOrCreate<K, V>(map: Keyed<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
