import * as vscode from 'vscode';
import { hasErrors } from '../../core/yaml';
import { EXPORT_FORMATS, ExportFormat, exportNotes } from '../../core/teams/export/exportFormats';
import { NotesAccess } from '../annotations';
import { Call } from '../commands/declaration';
import { fileArgument } from '../commands/fileArgument';
import { oneOf, optional } from '../commands/readers';
import { Refused, isRefused, refused } from '../commands/result';
import { Services } from '../services';
import { writeExport } from '../workspaceFileSystem';

/** The file name an export gets when the argument names no target. */
const DEFAULT_NAMES: Readonly<Record<ExportFormat, string>> = {
  markdown: 'policy-annotations.md',
  csv: 'policy-annotations.csv',
  jsonld: 'policy-annotations.jsonld',
  qdc: 'policy-codebook.qdc',
};

const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** How Export Annotations reads its argument object. */
export const EXPORT_ARGS = { format: oneOf(EXPORT_FORMAT_NAMES), target: optional(fileArgument) };

/**
 * `policyAnnotator.exportAnnotations` `{ format, target? }`: writes the team's annotations (all
 * coders') as Markdown, CSV, Web Annotations or a REFI-QDA codebook, and returns the file's URI.
 * The target is a URI or a path relative to the workspace folder; without one the file goes into
 * the workspace folder. From the UI it asks for the format, then where to save.
 */
export function exportAnnotationsCommand(services: Services, notes: NotesAccess): (call: Call<{ format: ExportFormat; target: vscode.Uri | undefined }, never>) => Promise<vscode.Uri | Refused | undefined> {
  const service = notes.service;
  return async (call) => {
    if ('args' in call) {
      const { format, target = service.uriOf(DEFAULT_NAMES[format]) } = call.args;
      return target ? write(services, notes, format, target) : refused(vscode.l10n.t('Open a folder to keep notes in.'));
    }
    const format = await pickFormat();
    if (!format) {
      return undefined;
    }
    const target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export Annotations'),
      defaultUri: service.uriOf(DEFAULT_NAMES[format]),
      filters: { [format]: [EXPORT_FORMATS[format].extension] },
    });
    return target && write(services, notes, format, target);
  };
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { readonly format: ExportFormat })[] = [
    { format: 'markdown', label: vscode.l10n.t('Markdown report'), detail: vscode.l10n.t('By part, provision and tag, with the quotes in English and Chinese') },
    { format: 'csv', label: vscode.l10n.t('CSV'), detail: vscode.l10n.t('One row per annotation, for spreadsheets and statistics') },
    { format: 'jsonld', label: vscode.l10n.t('Web Annotations (JSON-LD)'), detail: vscode.l10n.t('The W3C Web Annotation model, with quote and position selectors') },
    { format: 'qdc', label: vscode.l10n.t('REFI-QDA codebook (.qdc)'), detail: vscode.l10n.t('The codebook, for ATLAS.ti, MAXQDA, NVivo or QualCoder') },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Annotations'), placeHolder: vscode.l10n.t('The format to export to') }))?.format;
}

async function write(services: Services, notes: NotesAccess, format: ExportFormat, target: vscode.Uri): Promise<vscode.Uri | Refused> {
  const store = await notes.storeToRead();
  if (isRefused(store)) {
    return store;
  }
  const text = exportNotes(format, { library: await services.getLibrary(), codebook: store.codebook, annotations: store.annotations() });
  if (typeof text !== 'string') {
    return refused(vscode.l10n.t('Nothing was exported: {0}', text.error));
  }
  await writeExport(target, text);
  const unreadable = store.files().filter((file) => hasErrors(file.problems)).length;
  const message =
    unreadable > 0
      ? vscode.l10n.t('Exported to {0}. {1} notes files have errors: what could not be read in them is not in the export.', vscode.workspace.asRelativePath(target), unreadable)
      : vscode.l10n.t('Exported to {0}.', vscode.workspace.asRelativePath(target));
  void vscode.window.showInformationMessage(message);
  return target;
}
