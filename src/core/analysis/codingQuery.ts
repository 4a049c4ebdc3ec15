import { Annotation, Codebook, compareAnnotations } from '../annotations/model/annotation';
import { Library } from '../library';
import { selectedSentences } from '../references/selectedSentences';
import { groupByProvision } from './provisionGroups';
import { Restriction, restrictAnnotations, selectedDocuments } from './restriction';
import { TagHierarchy, usedTags } from './tagHierarchy';
import { ExpressionError, TagExpression, expressionTags, parseTagExpression } from './tagExpression';
import { localized } from '../l10n/localized';

/** Everything a query reads: the coding, the codebook and the documents. */
export interface CodingInput {
  readonly annotations: readonly Annotation[];
  readonly codebook: Codebook;
  readonly library: Library;
}

/**
 * The coded passages (annotations) an expression selects among those the restriction keeps, in
 * document order. Without an expression, every tagged passage. The expression's tags are checked
 * first: an unknown one is an ExpressionError at its place. Linear in the annotations: they are
 * grouped by provision once, and the expression is evaluated on each provision's group.
 */
export function selectPassages(input: CodingInput, expressionText: string | undefined, restriction: Restriction = {}): Annotation[] {
  const hierarchy = new TagHierarchy(input.codebook, usedTags(input.annotations));
  const expression = expressionText === undefined ? undefined : resolvedExpression(expressionText, hierarchy);
  const kept = restrictAnnotations(input.annotations, selectedDocuments(input.library, restriction), restriction).filter((annotation) => annotation.tags.length > 0);
  if (!expression) {
    return kept.sort(compareAnnotations);
  }
  const byProvision = groupByProvision(kept);
  const near = nearness(input.library);
  const selected: Annotation[] = [];
  for (const group of byProvision) {
    selected.push(...evaluate(expression, group, hierarchy, near));
  }
  return selected.sort(compareAnnotations);
}

/** The expression with every word replaced by the tag id it names (an id or a label). */
function resolvedExpression(text: string, hierarchy: TagHierarchy): TagExpression {
  const expression = parseTagExpression(text);
  for (const { tag, at } of expressionTags(expression)) {
    if (hierarchy.resolve(tag) === undefined) {
      throw new ExpressionError(localized('query.noTag', tag), at);
    }
  }
  const resolve = (node: TagExpression): TagExpression =>
    node.kind === 'tag' ? { ...node, tag: hierarchy.resolve(node.tag) ?? node.tag } : { kind: node.kind, left: resolve(node.left), right: resolve(node.right) };
  return resolve(expression);
}

type Nearness = (a: Annotation, b: Annotation) => boolean;

/** The passages of one provision an expression selects; none when the provision does not match. */
function evaluate(expression: TagExpression, group: readonly Annotation[], hierarchy: TagHierarchy, near: Nearness): Annotation[] {
  if (expression.kind === 'tag') {
    return group.filter((annotation) => hierarchy.covers(expression.tag, annotation.tags));
  }
  const left = evaluate(expression.left, group, hierarchy, near);
  // AND, NOT and NEAR select nothing when the left selects nothing, whatever the right.
  if (left.length === 0 && expression.kind !== 'or') {
    return [];
  }
  const right = evaluate(expression.right, group, hierarchy, near);
  switch (expression.kind) {
    case 'and':
      return left.length > 0 && right.length > 0 ? union(left, right) : [];
    case 'or':
      return union(left, right);
    case 'not':
      return right.length > 0 ? [] : left;
    case 'near':
      return union(
        left.filter((a) => right.some((b) => near(a, b))),
        right.filter((b) => left.some((a) => near(a, b))),
      );
  }
}

function union(left: Annotation[], right: Annotation[]): Annotation[] {
  return right.length === 0 ? left : left.length === 0 ? right : [...new Set([...left, ...right])];
}

/**
 * Two passages of a provision are near when they overlap (a whole-provision annotation overlaps
 * everything) or touch the same sentence of the same language; spans in different languages
 * are near only when they overlap through a whole-provision annotation, as their offsets do not compare.
 */
function nearness(library: Library): Nearness {
  return (a, b) => {
    if (!a.span || !b.span) {
      return true;
    }
    if (a.span.language !== b.span.language) {
      return false;
    }
    if (a.span.start < b.span.end && b.span.start < a.span.end) {
      return true;
    }
    const text = library.provision(a.document, a.provision)?.text[a.span.language] ?? '';
    const sentencesOfA = new Set(selectedSentences(text, a.span.language, a.span.start, a.span.end));
    return selectedSentences(text, b.span.language, b.span.start, b.span.end).some((sentence) => sentencesOfA.has(sentence));
  };
}
