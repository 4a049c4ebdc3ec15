import * as vscode from 'vscode';

/** What reading arguments, and a command that may refuse, gives: a value, or the reason there is none. */
export type Result<T> = { readonly ok: true; readonly value: T } | Refused;

/** What a command that did nothing returns; the reason is also shown as an error message. */
export interface Refused {
  readonly ok: false;
  readonly reason: string;
}

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A refusal that is not shown (yet): the caller decides, e.g. a reader inside another. */
export function refusal(reason: string): Refused {
  return { ok: false, reason };
}

/** Shows the reason as an error message and returns the refusal. */
export function refused(reason: string): Refused {
  void vscode.window.showErrorMessage(reason);
  return refusal(reason);
}

export function isRefused(value: object): value is Refused {
  return 'ok' in value && value.ok === false;
}
