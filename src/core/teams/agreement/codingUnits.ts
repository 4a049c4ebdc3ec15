import { Annotation } from '../../annotations/model/annotation';
import { authorSlug } from '../../annotations/model/authorSlug';

/** A provision as a unit of analysis. */
export interface Unit {
  readonly document: string;
  readonly provision: number;
}

/** Who decided what about which unit, as agreement measures need it. */
export interface CodingTable {
  readonly coders: readonly string[];
  /** The provisions of the documents every coder annotated, in order. */
  readonly units: readonly Unit[];
  /** Documents some of the coders annotated but not all, with those who did not: left out. */
  readonly skipped: readonly { readonly document: string; readonly missing: readonly string[] }[];
  /** Whether coder c applied tag t to unit u: any of c's annotations on u carries t. */
  applied(coder: number, unit: number, tag: string): boolean;
}

/**
 * The coders are the annotations' authors (all, or those named, by display name or file name,
 * in any case). A document counts when every coder annotated it at least once: a coder with no
 * annotation on a document has probably not coded it yet, and counting their silence as "the
 * tag does not apply" everywhere would distort every figure. Its provisions are then the units,
 * those nobody annotated included: reading a provision and tagging nothing is a decision.
 */
export function codingTable(annotations: readonly Annotation[], provisionCounts: ReadonlyMap<string, number>, wanted?: readonly string[]): CodingTable | { readonly error: string } {
  const authors = [...new Set(annotations.map((annotation) => annotation.author))].sort();
  const coders = wanted ? wanted.map((name) => authors.find((author) => sameCoder(author, name)) ?? name) : authors;
  const unknown = coders.filter((coder) => !authors.includes(coder));
  if (unknown.length > 0) {
    return { error: `no annotations by ${unknown.join(', ')} (coders: ${authors.join(', ') || 'none'})` };
  }
  if (new Set(coders).size < 2) {
    return { error: `agreement needs two coders or more (coders: ${authors.join(', ') || 'none'})` };
  }
  const coded = new Map<string, Set<string>>();
  for (const annotation of annotations) {
    coded.set(annotation.document, (coded.get(annotation.document) ?? new Set<string>()).add(annotation.author));
  }
  const units: Unit[] = [];
  const skipped: { document: string; missing: string[] }[] = [];
  // Where each counted document's units start: a unit is found by arithmetic, not by a key made per look-up.
  const firstUnit = new Map<string, number>();
  for (const document of [...coded.keys()].sort()) {
    const missing = coders.filter((coder) => !coded.get(document)?.has(coder));
    if (missing.length === coders.length) {
      continue;
    }
    if (missing.length > 0) {
      skipped.push({ document, missing });
      continue;
    }
    firstUnit.set(document, units.length);
    for (let provision = 1; provision <= (provisionCounts.get(document) ?? 0); provision++) {
      units.push({ document, provision });
    }
  }
  // The tags each coder applied to each unit (by their indices): 200,000 annotations are placed
  // once, and each of the measures' look-ups is two array indexings.
  const coderIndex = new Map(coders.map((coder, index) => [coder, index]));
  const applied: (Set<string> | undefined)[][] = coders.map(() => []);
  for (const annotation of annotations) {
    const coder = coderIndex.get(annotation.author);
    const first = firstUnit.get(annotation.document);
    // Only whole articles of the document are units (an inserted one, 第一百二十条之一, is none).
    const isUnit = Number.isInteger(annotation.provision) && annotation.provision >= 1 && annotation.provision <= (provisionCounts.get(annotation.document) ?? 0);
    if (coder === undefined || first === undefined || !isUnit) {
      continue;
    }
    const tags = (applied[coder][first + annotation.provision - 1] ??= new Set<string>());
    annotation.tags.forEach((tag) => tags.add(tag));
  }
  return {
    coders,
    units,
    skipped,
    applied: (coder, unit, tag) => applied[coder][unit]?.has(tag) ?? false,
  };
}

function sameCoder(author: string, name: string): boolean {
  return author.toLowerCase() === name.toLowerCase() || authorSlug(author) === authorSlug(name);
}
