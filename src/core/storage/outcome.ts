export type Outcome<T> =
  | { readonly ok: true; readonly value: T; /** The files written; none when nothing changed. */ readonly written: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export function failure(reason: string): { readonly ok: false; readonly reason: string } {
  return { ok: false, reason };
}
