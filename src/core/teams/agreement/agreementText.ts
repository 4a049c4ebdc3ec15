import { AgreementReport } from './agreementReport';
import { markdownTable } from '../../lib/markdownTable';
import { localized } from '../../l10n/localized';

/** Figures to three places; undefined ones as "n/a", explained under the table. */
function figure(value: number | null): string {
  return value === null ? localized('agreement.na') : value.toFixed(3);
}

/**
 * The report as Markdown: who and what was compared, one row per tag with the counts behind each
 * figure, and why any figure is n/a. For two coders: applied by each, both / only one / neither,
 * p_o, p_e and κ; always: n (pairable values), D_o, D_e and α.
 */
export function agreementMarkdown(report: AgreementReport, width?: (text: string) => number): string {
  const two = report.coders.length === 2;
  const header = [
    localized('agreement.tag'),
    ...report.coders,
    ...(two ? [localized('agreement.both'), localized('agreement.only', report.coders[0]), localized('agreement.only', report.coders[1]), localized('agreement.neither'), 'p_o', 'p_e', 'κ'] : []),
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
    ...(tag.kappa?.reason ? [localized('agreement.kappaReason', tag.tag, tag.kappa.reason)] : []),
    ...(tag.alpha.reason ? [localized('agreement.alphaReason', tag.tag, tag.alpha.reason)] : []),
  ]);
  const documents = [...new Set(report.units.map((unit) => unit.document))];
  return [
    localized('agreement.title'),
    '',
    localized('agreement.coders', report.coders.join(', '), report.units.length, documents.join(', ') || localized('agreement.noDocument')),
    ...report.skipped.map((skip) => localized('agreement.leftOut', skip.document, skip.missing.join(', '))),
    '',
    report.tags.length > 0 ? markdownTable(header, rows, numeric, width) : localized('agreement.noTags'),
    ...(reasons.length > 0 ? ['', ...reasons] : []),
  ].join('\n');
}
