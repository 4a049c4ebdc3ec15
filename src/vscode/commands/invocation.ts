/**
 * How a command was run: with an argument object (a script, a keybinding's `args`, the API, the
 * tests), then it asks nothing; or from the UI, which passes nothing (the palette, a key) or the
 * thing a menu was opened on (a tree node, an editor's URI), and then it asks for what is missing.
 */
export type Invocation = { readonly args: Record<string, unknown> } | { readonly item: unknown };

/**
 * An argument object is a plain object (an object literal, or parsed JSON) that is not one of our
 * tree nodes, which are plain objects too but all carry a `kind`. What else VS Code passes from a
 * menu (a URI, an array of selected items) is no plain object.
 */
export function invocation(value: unknown): Invocation {
  return isPlainObject(value) && !('kind' in value) ? { args: value } : { item: value };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
