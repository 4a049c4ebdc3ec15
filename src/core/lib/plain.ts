/**
 * Whether two values of plain data (strings, numbers, booleans, lists and objects of them) are
 * equal, with members that are undefined taken as absent (they are not written). For the values of
 * a file format, whose members always come in the same order, this is JSON.stringify(a) ===
 * JSON.stringify(b) without building the two strings, which for a file of 10,000 annotations cost
 * more than the rest of a save; shared parts (the same object) are not walked.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  }
  const membersOfA = definedMembers(a);
  const membersOfB = definedMembers(b);
  return membersOfA.length === membersOfB.length && membersOfA.every(([key, value]) => key in b && sameData(value, (b as Record<string, unknown>)[key]));
}

function definedMembers(value: object): [string, unknown][] {
  return Object.entries(value).filter((entry) => entry[1] !== undefined);
}
