import { sha1 } from './sha1';

/** The RFC 9562 namespace for names that are URLs (and, by extension here, URNs). */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The name-based UUID (version 5, SHA-1) of `name` in `namespace`: the same name always gives
 * the same UUID, on every machine, so that re-exported files diff cleanly. Lower case, as RFC 9562
 * asks of generators (readers must accept either case).
 */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID_PATTERN.test(namespace)) {
    throw new RangeError(`not a UUID: ${namespace}`);
  }
  const space = hexBytes(namespace.replace(/-/g, ''));
  const text = new TextEncoder().encode(name);
  const input = new Uint8Array(space.length + text.length);
  input.set(space);
  input.set(text, space.length);
  const bytes = sha1(input).slice(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The GUID a codebook tag has in exchange files: the UUID v5 of `urn:policy-annotator:tag:<id>`. */
export function tagGuid(tagId: string): string {
  return uuidV5(URL_NAMESPACE, `urn:policy-annotator:tag:${tagId}`);
}

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from({ length: hex.length / 2 }, (_, index) => parseInt(hex.slice(index * 2, index * 2 + 2), 16));
}
