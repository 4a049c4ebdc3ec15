import { CodingInput } from '../../core/analysis/codingQuery';
import { isAttributeName } from '../../core/documents/documentAttributes';
import { Axis, MEASURES, MatrixRequest, Measure, axisNamed } from '../../core/analysis/codeMatrix';
import { Restriction, UnknownNameError } from '../../core/analysis/restriction';
import { ExpressionError } from '../../core/analysis/tagExpression';
import { localized, messageLanguage } from '../../core/l10n/localized';
import { CommandContext } from '../command';
import { GivenOptions, OptionName } from '../options';
import { UsageError } from '../usageError';
import { filesWithErrors, openNotes } from './notesFolder';

/** The options report, matrix and chart share: which documents, coders and dates they look at. */
export const RESTRICTION_OPTIONS: readonly OptionName[] = ['document', 'where', 'author', 'since', 'until', 'notes', 'allow-errors'];
export const MATRIX_OPTIONS: readonly OptionName[] = ['rows', 'columns', 'measure', 'tags', ...RESTRICTION_OPTIONS];

/** What the shared options mean when they select coded passages, not when they write notes. */
export const RESTRICTION_HELP: Partial<Record<OptionName, string>> = {
  author: "only this coder's annotations; repeat it for several",
  document: 'only this document; repeat it for several',
  tags: 'only these tags, separated by commas',
};

export function restrictionOf(options: GivenOptions): Restriction {
  const where = options.all('where').map((pair): [string, string] => {
    const equals = pair.indexOf('=');
    if (equals <= 0) {
      throw new UsageError(localized('cli.whereNeedsPair', pair));
    }
    return [pair.slice(0, equals).trim(), pair.slice(equals + 1).trim()];
  });
  const date = (name: 'since' | 'until') => {
    const value = options.value(name);
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      throw new UsageError(localized('cli.needsDate', name, value));
    }
    return value;
  };
  const [documents, authors, from, to] = [options.all('document'), options.all('author'), date('since'), date('until')];
  return {
    ...(documents.length > 0 && { documents }),
    ...(where.length > 0 && { where }),
    ...(authors.length > 0 && { authors }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
}

export function matrixRequestOf(options: GivenOptions): MatrixRequest {
  const measure = options.value('measure') ?? 'passages';
  if (!MEASURES.includes(measure as Measure)) {
    throw new UsageError(localized('cli.oneOf', '--measure', MEASURES.join(', '), measure));
  }
  const tags = options.value('tags')?.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  return {
    rows: axisOption(options, 'rows', 'tags'),
    columns: axisOption(options, 'columns', 'documents'),
    measure: measure as Measure,
    ...(tags && tags.length > 0 && { tags }),
    restriction: restrictionOf(options),
    language: messageLanguage(),
  };
}

function axisOption(options: GivenOptions, name: 'rows' | 'columns', fallback: string): Axis {
  const value = options.value(name) ?? fallback;
  if (!isAttributeName(value)) {
    throw new UsageError(localized('cli.axis', name, value));
  }
  return axisNamed(value);
}

/** The coding of the notes folder (--notes) and the codebook, with the files that have errors reported. */
export async function codingInput(options: GivenOptions, context: CommandContext): Promise<{ input: CodingInput; warnings: string[] }> {
  const library = await context.library();
  const { store } = await openNotes(options.value('notes'), library, context);
  const warnings = filesWithErrors(store, options);
  return { input: { annotations: store.annotations(), codebook: store.codebook, library }, warnings };
}

/** Runs an analysis, turning what the user named wrong into a usage error (exit 2) that says where. */
export function asked<T>(expression: string | undefined, analysis: () => T): T {
  try {
    return analysis();
  } catch (error) {
    if (error instanceof ExpressionError && expression !== undefined) {
      throw new UsageError(localized('cli.expressionAt', error.message, error.offset + 1, expression));
    }
    if (error instanceof UnknownNameError) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}
