import { localized } from '../l10n/localized';

/**
 * Something wrong with a notes or codebook file, where a person can find it: line and column
 * are 1-based, as in `file:line:col` and VS Code diagnostics.
 */
export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

export const START_OF_FILE: Position = { line: 1, column: 1 };

export function error(message: string, at: Position): Problem {
  return { severity: 'error', message, line: at.line, column: at.column };
}

export function warning(message: string, at: Position): Problem {
  return { severity: 'warning', message, line: at.line, column: at.column };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** Why a file with errors is not written, in one line, e.g. "it has errors: 12:5 missing "provision" (and 2 more)". */
export function refusalReason(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const more = errors.length > 1 ? localized('problem.refusalMore', errors.length - 1) : '';
  return errors.length > 0 ? localized('problem.refusal', errors[0].line, errors[0].column, errors[0].message, more) : localized('problem.refusalUnreadable');
}
