import * as vscode from 'vscode';
import { PolicyDocument, numberKey, provisionRange } from '../../core/model';
import { uiLanguage } from '../reading/settings';

/** "Mobile Internet Opinions has no provision 25 (it has 1–24)", for diagnostics and command errors alike. */
export function noSuchProvision(document: PolicyDocument, number: number): string {
  return vscode.l10n.t('{0} has no provision {1} (it has {2})', document.shortTitle[uiLanguage()], numberKey(number), provisionRange(document));
}
