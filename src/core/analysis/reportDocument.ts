import { localized, messageLanguage } from '../l10n/localized';
import { Library } from '../library';
import { ReportEntry, groupReport } from './codingReport';
import { ReportFormat, ReportWords, csvReport, htmlReport, markdownReport } from './reportFormats';

/** The words of a report in the UI's language; `selection` says what it shows (the expression, a matrix cell). */
export function reportWords(selection: string | undefined): ReportWords {
  return {
    heading: localized('report.heading', selection ?? localized('report.everything')),
    tags: localized('report.tags'),
    coder: localized('report.coder'),
    quote: localized('report.quote'),
    note: localized('report.note'),
    open: localized('report.open'),
    none: localized('report.none'),
  };
}

/** A coding report as a file of the format asked for. */
export function formatReport(format: ReportFormat, entries: readonly ReportEntry[], library: Library, selection: string | undefined): string {
  if (format === 'csv') {
    return csvReport(entries);
  }
  const language = messageLanguage();
  const groups = groupReport(entries, library, language);
  return format === 'html' ? htmlReport(groups, reportWords(selection), language) : markdownReport(groups, reportWords(selection));
}
