import * as vscode from 'vscode';
import { languageOfLocale } from '../../core/l10n/localized';
import { Language } from '../../core/model';

/** The settings of reading the Opinions; each is read when used, so changes apply at once. */
const SECTION = 'policyAnnotator';

export const SETTINGS = {
  treeTitleLanguage: 'tree.titleLanguage',
  leftLanguage: 'sideBySide.leftLanguage',
  linkedScrolling: 'sideBySide.linkedScrolling',
  documentGrouping: 'documentGrouping',
} as const;

export function affects(event: vscode.ConfigurationChangeEvent, setting: (typeof SETTINGS)[keyof typeof SETTINGS]): boolean {
  return event.affectsConfiguration(`${SECTION}.${setting}`);
}

/**
 * The UI's language decides where a setting says `auto`: any Chinese UI reads Chinese titles. The
 * rule is the core's, which the command line applies to its locale, so both read a locale alike.
 */
export function uiLanguage(): Language {
  return languageOfLocale(vscode.env.language);
}

export function treeTitleLanguage(): Language {
  const value = vscode.workspace.getConfiguration(SECTION).get<string>(SETTINGS.treeTitleLanguage, 'auto');
  return value === 'en' || value === 'zh' ? value : uiLanguage();
}

export function leftLanguage(): Language {
  return vscode.workspace.getConfiguration(SECTION).get<string>(SETTINGS.leftLanguage, 'en') === 'zh' ? 'zh' : 'en';
}

export function linkedScrolling(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>(SETTINGS.linkedScrolling, true);
}

/**
 * Writes where the value is set now (workspace or user), so a command never writes a user setting
 * that a workspace setting would shadow.
 */
export async function updateSetting(setting: (typeof SETTINGS)[keyof typeof SETTINGS], value: unknown): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(SECTION);
  const target =
    configuration.inspect(setting)?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await configuration.update(setting, value, target);
}
