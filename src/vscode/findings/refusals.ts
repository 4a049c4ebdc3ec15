import * as vscode from 'vscode';
import { UnknownNameError } from '../../core/analysis/restriction';
import { ExpressionError } from '../../core/analysis/tagExpression';

/** What to tell the user when an analysis cannot run as asked: where the expression is wrong, or the unknown name. */
export function analysisRefusal(error: unknown, expression: string | undefined): string {
  if (error instanceof ExpressionError && expression !== undefined) {
    return vscode.l10n.t('{0}, at character {1} of "{2}"', error.message, error.offset + 1, expression);
  }
  if (error instanceof UnknownNameError) {
    return error.message;
  }
  throw error;
}
