import { YAMLMap } from 'yaml';

type Context = NonNullable<Parameters<YAMLMap['toString']>[0]>;

interface Rendering {
  readonly context: string;
  readonly text: string;
  /** Whether rendering took the map's trailing comment, or ended in a kept block scalar: the list it is in must know. */
  readonly tookComment: boolean;
  readonly keptChomp: boolean;
}

const renderings = new WeakMap<YAMLMap, Rendering>();
const optionKeys = new WeakMap<object, string>();
const schemaIds = new WeakMap<object, number>();
let schemaCount = 0;

/**
 * Makes the yaml library render `map` once per context: the next rendering in the same context
 * returns the same text. Sound because writeYaml never changes a node that is in a document (a
 * changed node is a copy, a different object), so a file of 10,000 annotations re-renders only the
 * annotations an edit touched. The rendering is this map's own `toString`, which the library calls.
 */
export function memoiseRendering(map: YAMLMap): void {
  if (Object.prototype.hasOwnProperty.call(map, 'toString')) {
    return;
  }
  const render = YAMLMap.prototype.toString;
  Object.defineProperty(map, 'toString', {
    configurable: true,
    writable: true,
    value(this: YAMLMap, ctx?: Context, onComment?: () => void, onChompKeep?: () => void): string {
      if (!ctx) {
        return render.call(this);
      }
      const context = contextKey(ctx);
      const known = renderings.get(this);
      if (known?.context === context) {
        if (known.tookComment) {
          onComment?.();
        }
        if (known.keptChomp) {
          onChompKeep?.();
        }
        return known.text;
      }
      let tookComment = false;
      let keptChomp = false;
      const text = render.call(
        this,
        ctx,
        () => {
          tookComment = true;
          onComment?.();
        },
        () => {
          keptChomp = true;
          onChompKeep?.();
        },
      );
      renderings.set(this, { context, text, tookComment, keptChomp });
      return text;
    },
  });
}

/** The last context seen, with its key: the items of one list are rendered in one context, one after another. */
let last: { readonly fields: readonly unknown[]; readonly key: string } | undefined;

/** Everything in a stringify context that can change how a map is rendered, as a string. */
function contextKey(ctx: Context): string {
  const fields = [
    ctx.indent,
    ctx.indentStep,
    ctx.indentAtStart,
    ctx.inFlow,
    ctx.implicitKey,
    ctx.allNullValues,
    ctx.forceBlockIndent,
    ctx.actualString,
    ctx.inStringifyKey,
    ctx.flowCollectionPadding,
    ctx.doc.schema,
    ctx.options,
  ];
  if (last && fields.every((field, index) => field === last?.fields[index])) {
    return last.key;
  }
  let options = optionKeys.get(ctx.options);
  if (options === undefined) {
    options = JSON.stringify(ctx.options);
    optionKeys.set(ctx.options, options);
  }
  let schema = schemaIds.get(ctx.doc.schema);
  if (schema === undefined) {
    schema = ++schemaCount;
    schemaIds.set(ctx.doc.schema, schema);
  }
  const key = [...fields.slice(0, -2), schema, options].join('\u0000');
  last = { fields, key };
  return key;
}
