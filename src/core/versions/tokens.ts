/**
 * The units in which two versions of a provision are compared and their differences shown:
 * each Han character alone (Chinese has no spaces, and a reader follows a revision character by
 * character), a run of letters or digits as one word (English is read word by word), a run of
 * white space, and every other character (punctuation) alone. Joined, the tokens give back the
 * text exactly, so a diff over them can always be printed verbatim.
 */
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}_'’-])+|\s+|[^]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Tokens that carry content: white space says nothing about whether a provision changed. */
export function isContent(token: string): boolean {
  return !/^\s+$/.test(token);
}
