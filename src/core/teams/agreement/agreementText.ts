import { AgreementReport } from './agreementReport';
import { markdownTable } from '../../lib/markdownTable';

/** Figures to three places; undefined ones as "n/a", explained under the table. */
function figure(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

/**
 * The report as Markdown: who and what was compared, one row per tag with the counts behind each
 * figure, and why any figure is n/a. For two coders: applied by each, both / only one / neither,
 * p_o, p_e and κ; always: n (pairable values), D_o, D_e and α.
 */
export function agreementMarkdown(report: AgreementReport, width?: (text: string) => number): string {
  const two = report.coders.length === 2;
  const header = [
    'tag',
    ...report.coders,
    ...(two ? ['both', `only ${report.coders[0]}`, `only ${report.coders[1]}`, 'neither', 'p_o', 'p_e', 'κ'] : []),
    'n',
    'D_o',
    'D_e',
    'α',
  ];
  const rows = report.tags.map((tag) => [
    tag.tag,
    ...tag.applied.map(String),
    ...(tag.kappa
      ? [String(tag.kappa.both), String(tag.kappa.onlyFirst), String(tag.kappa.onlySecond), String(tag.kappa.neither), figure(tag.kappa.observed), figure(tag.kappa.expected), figure(tag.kappa.kappa)]
      : []),
    String(tag.alpha.pairable),
    figure(tag.alpha.observedDisagreement),
    figure(tag.alpha.expectedDisagreement),
    figure(tag.alpha.alpha),
  ]);
  const numeric = new Set(header.map((_, index) => index).filter((index) => index > 0));
  const reasons = report.tags.flatMap((tag) => [
    ...(tag.kappa?.reason ? [`- \`${tag.tag}\`: κ is ${tag.kappa.reason}.`] : []),
    ...(tag.alpha.reason ? [`- \`${tag.tag}\`: α is ${tag.alpha.reason}.`] : []),
  ]);
  const documents = [...new Set(report.units.map((unit) => unit.document))];
  return [
    '# Agreement between coders',
    '',
    `Coders: ${report.coders.join(', ')}. Units: ${report.units.length} provisions of ${documents.join(', ') || 'no document'}; a coder applies a tag to a provision when any of their annotations there carries it.`,
    ...report.skipped.map((skip) => `Left out: ${skip.document}, which ${skip.missing.join(', ')} did not annotate.`),
    '',
    report.tags.length > 0 ? markdownTable(header, rows, numeric, width) : 'The codebook has no tags and no annotation has one.',
    ...(reasons.length > 0 ? ['', ...reasons] : []),
  ].join('\n');
}
