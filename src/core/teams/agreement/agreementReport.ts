import { Annotation, Codebook } from '../../annotations/model/annotation';
import { Library } from '../../library';
import { KappaResult, cohensKappa } from './cohensKappa';
import { AlphaResult, krippendorffAlpha } from './krippendorffAlpha';
import { CodingTable, Unit, codingTable } from './codingUnits';

export interface TagAgreement {
  readonly tag: string;
  /** Units the tag was applied to, by each coder in `coders` order. */
  readonly applied: readonly number[];
  /** Only for exactly two coders. */
  readonly kappa?: KappaResult;
  readonly alpha: AlphaResult;
}

export interface AgreementReport {
  readonly coders: readonly string[];
  readonly units: readonly Unit[];
  readonly skipped: CodingTable['skipped'];
  /** The codebook's tags in its order, then tags used but not in the codebook. */
  readonly tags: readonly TagAgreement[];
}

/**
 * Agreement per tag with provisions as units, each tag a binary variable (applied or not):
 * Cohen's κ when there are two coders, Krippendorff's α (nominal) always. A child tag does not
 * imply its parent: the figures are about the tags as the coders applied them.
 */
export function agreementReport(annotations: readonly Annotation[], codebook: Codebook, library: Library, coders?: readonly string[]): AgreementReport | { readonly error: string } {
  const provisionCounts = new Map(library.documents.map((document) => [document.id, document.provisions.length]));
  const table = codingTable(annotations, provisionCounts, coders);
  if ('error' in table) {
    return table;
  }
  const known = codebook.tags.map((tag) => tag.id);
  const used = [...new Set(annotations.flatMap((annotation) => annotation.tags))].filter((tag) => !known.includes(tag)).sort();
  const coderIndices = table.coders.map((_, index) => index);
  const unitIndices = table.units.map((_, index) => index);
  return {
    coders: table.coders,
    units: table.units,
    skipped: table.skipped,
    tags: [...known, ...used].map((tag) => {
      const decisions = unitIndices.map((unit) => coderIndices.map((coder) => table.applied(coder, unit, tag)));
      return {
        tag,
        applied: coderIndices.map((coder) => decisions.filter((unit) => unit[coder]).length),
        ...(table.coders.length === 2 && { kappa: cohensKappa(decisions.map(([first, second]) => [first, second] as const)) }),
        alpha: krippendorffAlpha(decisions),
      };
    }),
  };
}
