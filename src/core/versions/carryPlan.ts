import { Anchor, createSpan, reanchor } from '../annotations/model/anchor';
import { Annotation, SpanTarget, makeAnnotation } from '../annotations/model/annotation';
import { namedAnnotationId } from '../annotations/model/ids';
import { VersionComparison } from './compareVersions';
import { mapThroughRevision } from './mapThroughRevision';
import { ComparableProvision } from './provisionContent';

/**
 * Where a carried annotation lands: on the same words ('exact'), on words slightly changed by
 * the revision ('fuzzy'), on the whole successor provision ('whole'), or kept with its old
 * quote, shown as orphaned for review ('orphaned'), when its words or its provision are gone.
 */
export type Landing = 'exact' | 'fuzzy' | 'whole' | 'orphaned';

export interface CarryItem {
  /** The annotation on the old version (never changed). */
  readonly from: Annotation;
  /** Its copy on the new version. */
  readonly to: Annotation;
  readonly landing: Landing;
  /** Why an orphan is one. */
  readonly reason?: 'words-gone' | 'provision-removed';
  /** The copy exists already (carried before): nothing is written for it. */
  readonly done: boolean;
}

export interface CarryPlan {
  readonly from: string;
  readonly to: string;
  /** In the order of the old version's annotations. */
  readonly items: readonly CarryItem[];
}

export interface VersionPair {
  readonly from: { readonly id: string; readonly provisions: readonly ComparableProvision[] };
  readonly to: { readonly id: string; readonly provisions: readonly ComparableProvision[] };
  readonly comparison: VersionComparison;
}

/**
 * What carrying notes from one version to the next would do, before anything is written. Each
 * annotation is copied (the old one stays) to the provision its own became: a span is found
 * again in the successor's text (or, for an article split in two, in the part that took its
 * words; for one merged into another, in that one); one that cannot be found keeps its old
 * quote and is an orphan. Notes on a removed provision are orphans on the provision that now
 * stands where it stood, quoting what they were about. The copy's id is named by the original
 * and the new version, so a second run finds its copies done; `exists` says which ids exist.
 */
export function planCarry(versions: VersionPair, annotations: readonly Annotation[], exists: (id: string) => boolean): CarryPlan {
  const routes = routesOf(versions.comparison);
  const oldByNumber = new Map(versions.from.provisions.map((provision) => [provision.number, provision]));
  const newByNumber = new Map(versions.to.provisions.map((provision) => [provision.number, provision]));
  const items = annotations
    .filter((annotation) => annotation.document === versions.from.id)
    .flatMap((annotation): CarryItem[] => {
      const route = routes.get(annotation.provision);
      if (!route) {
        return [];
      }
      const id = namedAnnotationId(`${annotation.id} ${versions.to.id}`);
      const copy = (provision: number, span: SpanTarget | undefined) => makeAnnotation({ ...annotation, id, document: versions.to.id, provision, span });
      const done = exists(id);
      if (route.removed) {
        const quote = annotation.span ?? wholeQuote(oldByNumber.get(annotation.provision));
        const standing = newByNumber.get(route.targets[0])?.text;
        const orphan = quote && standing ? unfound(quote, standing[quote.language] ?? '') : quote;
        return [{ from: annotation, to: copy(route.targets[0], orphan), landing: 'orphaned', reason: 'provision-removed', done }];
      }
      if (!annotation.span) {
        return [{ from: annotation, to: copy(route.targets[0], undefined), landing: 'whole', done }];
      }
      const span = annotation.span;
      const textOf = (provisions: ReadonlyMap<number, ComparableProvision>, number: number) => provisions.get(number)?.text[span.language] ?? '';
      const found =
        bestAnchor(span, route.targets, (number) => textOf(newByNumber, number)) ??
        followRevision(span, textOf(oldByNumber, annotation.provision), route.targets[0], textOf(newByNumber, route.targets[0]));
      if (!found) {
        return [{ from: annotation, to: copy(route.targets[0], span), landing: 'orphaned', reason: 'words-gone', done }];
      }
      const text = newByNumber.get(found.provision)?.text[span.language] ?? '';
      const landing = found.anchor.status === 'fuzzy' ? 'fuzzy' : 'exact';
      return [{ from: annotation, to: copy(found.provision, createSpan(text, span.language, found.anchor.start, found.anchor.end)), landing, done }];
    });
  return { from: versions.from.id, to: versions.to.id, items };
}

interface Route {
  /** New provisions to look in, the successor first; the first is where an orphan goes. */
  readonly targets: readonly number[];
  /** The provision is gone: its notes are orphans where it stood. */
  readonly removed: boolean;
}

/** For each old provision number, where its notes may go. A new version with no provisions takes nothing. */
function routesOf(comparison: VersionComparison): Map<number, Route> {
  const routes = new Map<number, Route>();
  const { changes } = comparison;
  const splits = new Map<number, number[]>();
  for (const change of changes) {
    if (change.kind === 'added' && change.splitFrom !== undefined && change.new !== null) {
      splits.set(change.splitFrom, [...(splits.get(change.splitFrom) ?? []), change.new]);
    }
  }
  changes.forEach((change, at) => {
    if (change.old === null) {
      return;
    }
    if (change.new !== null) {
      routes.set(change.old, { targets: [change.new, ...(splits.get(change.old) ?? [])], removed: false });
    } else if (change.mergedInto !== undefined) {
      routes.set(change.old, { targets: [change.mergedInto], removed: false });
    } else {
      const standing = standingPlace(changes, at);
      if (standing !== undefined) {
        routes.set(change.old, { targets: [standing], removed: true });
      }
    }
  });
  return routes;
}

/** The new provision that follows a removed one in the comparison, or else the one before it. */
function standingPlace(changes: VersionComparison['changes'], at: number): number | undefined {
  const after = changes.slice(at + 1).find((change) => change.new !== null);
  const before = changes.slice(0, at).reverse().find((change) => change.new !== null);
  return after?.new ?? before?.new ?? undefined;
}

/** An orphan of a whole provision quotes the provision's text (in Chinese, else English), so a reviewer sees what it was about. */
function wholeQuote(provision: ComparableProvision | undefined): SpanTarget | undefined {
  for (const language of ['zh', 'en'] as const) {
    const text = provision?.text[language] ?? '';
    if (text !== '') {
      return { language, exact: text, prefix: '', suffix: '', start: 0, end: text.length };
    }
  }
  return undefined;
}

/**
 * The quote of a removed provision's note, as the orphan it is where that provision stood: if
 * its words happen to be in the provision there too (a stock phrase), the quote takes in its
 * context, so that it is not taken for a note on that provision.
 */
function unfound(span: SpanTarget, text: string): SpanTarget {
  if (reanchor(span, text).status === 'orphaned') {
    return span;
  }
  const exact = span.prefix + span.exact + span.suffix;
  return { ...span, exact, prefix: '', suffix: '', start: Math.max(0, span.start - span.prefix.length), end: span.end + span.suffix.length };
}

/** Most of a quote's characters must survive the revision for it to follow its words into their new wording. */
const KEPT = 0.5;

/**
 * Words too changed for approximate matching (two characters inserted into a six-character
 * quote), followed through the diff between the old text and its successor instead: the copy
 * lands on their new wording if most of the quote is still there.
 */
function followRevision(span: SpanTarget, before: string, provision: number, after: string): { provision: number; anchor: Anchor } | undefined {
  const where = reanchor(span, before);
  const mapped = where.status === 'orphaned' ? undefined : mapThroughRevision(before, after, where.start, where.end);
  return mapped && mapped.kept >= KEPT ? { provision, anchor: { status: 'fuzzy', start: mapped.start, end: mapped.end } } : undefined;
}

/** The first target where the words are found verbatim, else the first where they are found approximately. */
function bestAnchor(span: SpanTarget, targets: readonly number[], textOf: (number: number) => string): { provision: number; anchor: Anchor } | undefined {
  let fuzzy: { provision: number; anchor: Anchor } | undefined;
  for (const provision of targets) {
    const anchor = reanchor(span, textOf(provision));
    if (anchor.status === 'anchored' || anchor.status === 'moved') {
      return { provision, anchor };
    }
    if (anchor.status === 'fuzzy' && !fuzzy) {
      fuzzy = { provision, anchor };
    }
  }
  return fuzzy;
}
