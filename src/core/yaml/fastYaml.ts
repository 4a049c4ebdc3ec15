import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';

// js-yaml's own core schema reads more as numbers than YAML 1.2 does ("-0x1F", "0b11", "1_000"):
// the yaml library's core schema, which wrote and reads these files, is followed exactly instead.
const INTEGERS: readonly [RegExp, (text: string) => number][] = [
  [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
  [/^0o[0-7]+$/, (text) => parseInt(text.slice(2), 8)],
  [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.slice(2), 16)],
];
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/**
 * A resolver that looks at the first character before its patterns: js-yaml asks every implicit
 * type about every plain scalar, and almost all of a sidecar's (ids, dates, quotes, tags) start
 * with a character none of that type's texts can start with.
 */
function startingWith(firsts: string, test: (text: string) => boolean): (text: string) => boolean {
  return (text) => (text === '' || firsts.includes(text[0])) && test(text);
}

const DIGITS = '0123456789';

const nothing = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: startingWith('~nN', (text) => NULL.test(text)),
  construct: () => null,
});

const boolean = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: startingWith('tTfF', (text) => BOOLEAN.test(text)),
  construct: (text: string) => text[0] === 't' || text[0] === 'T',
});

const integer = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: startingWith(`${DIGITS}+-`, (text) => INTEGERS.some(([pattern]) => pattern.test(text))),
  construct: (text: string) => (INTEGERS.find(([pattern]) => pattern.test(text)) ?? INTEGERS[0])[1](text),
});

const float = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: startingWith(`${DIGITS}+-.`, (text) => SPECIAL_FLOAT.test(text) || FLOAT.test(text)),
  construct: (text: string) => {
    if (!SPECIAL_FLOAT.test(text)) {
      return parseFloat(text);
    }
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text.startsWith('-') ? -Infinity : Infinity;
  },
});

const IMPLICIT = [nothing, boolean, integer, float];

/** Whether a plain scalar of this text reads as something other than a string (so a writer must quote it). */
export function resolvesAsNonString(text: string): boolean {
  return IMPLICIT.some((type) => type.resolve(text));
}

// A "!" where a tag can start: at a line's start or after a space or a flow bracket or comma.
const MAY_HOLD_TAG = /(?:^|[\s[{,])!/m;

const YAML_1_2_CORE = FAILSAFE_SCHEMA.extend({ implicit: IMPLICIT });

/**
 * The value of a YAML file read by js-yaml, the fastest correct reader we measured (~9× faster than
 * the yaml library on a file of 10,000 annotations: `npm run bench`), or undefined when the file
 * needs the careful reader: anything js-yaml refuses (syntax errors, duplicate keys, a second
 * document, unknown tags), aliases (which the careful reader counts against the alias limit),
 * nesting beyond half of `maxDepth` (the careful reader decides near the limit), or an empty file. The careful reader then gives located problems;
 * a clean file, the usual case, is read once, fast.
 *
 * The YAML 1.2 core schema, as the yaml library reads it: no timestamps, merge keys or binary.
 */
export function readPlainYaml(text: string, maxDepth: number): unknown {
  // A tag ("!", "!!str", "!local") may resolve differently in the two readers: left to the careful one.
  if (MAY_HOLD_TAG.test(text)) {
    return undefined;
  }
  let value: unknown;
  try {
    value = load(text, { schema: YAML_1_2_CORE });
  } catch {
    return undefined;
  }
  return value !== undefined && isPlainTree(value, maxDepth) ? value : undefined;
}

/** No deeper than `maxDepth`, and no object reached twice (js-yaml shares an alias's value). */
function isPlainTree(root: unknown, maxDepth: number): boolean {
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): boolean => {
    if (typeof value !== 'object' || value === null) {
      return true;
    }
    if (depth > maxDepth / 2 || seen.has(value)) {
      return false;
    }
    seen.add(value);
    return Object.values(value).every((child) => visit(child, depth + 1));
  };
  return visit(root, 1);
}
