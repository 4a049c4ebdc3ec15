import * as vscode from 'vscode';

/** The settings of writing with references; read when used, so changes apply at once. */
const SECTION = 'policyAnnotator.references';

export interface ReferenceSettings {
  /** The user's formats, name → template; entries that are not strings are left out. */
  readonly formats: Readonly<Record<string, string>>;
  /** A format name, or '' for the format of each language. */
  readonly defaultFormat: string;
  /** The citation key of the default document, or '' for the one derived from its title. */
  readonly citationKey: string;
}

export function readReferenceSettings(): ReferenceSettings {
  const configuration = vscode.workspace.getConfiguration(SECTION);
  const formats = configuration.get<unknown>('formats');
  const own = typeof formats === 'object' && formats !== null ? Object.entries(formats) : [];
  return {
    formats: Object.fromEntries(own.filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    defaultFormat: configuration.get<string>('defaultFormat', '').trim(),
    citationKey: configuration.get<string>('citationKey', '').trim(),
  };
}

export function affectsReferenceSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
