import * as vscode from 'vscode';
import { BIBLIOGRAPHY_FORMATS, BibliographyFormat, bibliography, bibliographyExtension } from '../../core/bibliography';
import { PolicyDocument } from '../../core/model';
import { Call } from '../commands/declaration';
import { fileArgument } from '../commands/fileArgument';
import { pickDocument } from '../documents/pickDocument';
import { DocumentNode } from '../tree/nodes';
import { Values, documentIn, oneOf, optional, text } from '../commands/readers';
import { Refused, refused } from '../commands/result';
import { uiLanguage } from '../reading/settings';
import { ReferenceFormats } from './referenceFormats';
import { researchFolder } from '../researchFolder';
import { writeExport } from '../workspaceFileSystem';

/** What a bibliography is written in when the argument names no format: the one Pandoc and biber both read. */
const DEFAULT_FORMAT: BibliographyFormat = 'biblatex';

/** The file Export Bibliography writes into the workspace folder when it is not told where. */
const DEFAULT_NAME = 'policy-documents';

/** How Copy Bibliography Entry reads its argument object. */
export const ENTRY_ARGS = { document: text, format: optional(oneOf(BIBLIOGRAPHY_FORMATS)) };

/** How Export Bibliography reads its argument object. */
export const EXPORT_BIBLIOGRAPHY_ARGS = { format: optional(oneOf(BIBLIOGRAPHY_FORMATS)), target: optional(fileArgument) };

/**
 * `policyAnnotator.copyBibliographyEntry` `{ document, format? }`: copies the document's entry to
 * the clipboard and returns it. From the palette it asks for the document and the format; from the
 * Provisions view it takes the document clicked.
 */
export function copyBibliographyEntryCommand(formats: ReferenceFormats): (call: Call<Values<typeof ENTRY_ARGS>, DocumentNode>) => Promise<string | Refused | undefined> {
  return async (call) => {
    const active = await formats.get();
    let document: PolicyDocument | undefined;
    let format: BibliographyFormat | undefined;
    if ('args' in call) {
      const named = documentIn(active.library)(call.args.document, 'document');
      if (!named.ok) {
        return refused(named.reason);
      }
      document = named.value;
      format = call.args.format ?? DEFAULT_FORMAT;
    } else {
      const clicked = call.item?.document.id;
      const title = vscode.l10n.t('Copy Bibliography Entry');
      document = clicked !== undefined ? active.library.document(clicked) : await pickDocument(active.library.documents, { title, placeHolder: vscode.l10n.t('The document to cite'), takeOnly: true });
      format = document && (await pickFormat(title));
    }
    if (!document || !format) {
      return undefined;
    }
    const entry = bibliography([document], format, active.citationKeys);
    await vscode.env.clipboard.writeText(entry);
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied the {0} entry of {1}.', format, document.shortTitle[uiLanguage()]));
    return entry;
  };
}

/**
 * `policyAnnotator.exportBibliography` `{ format?, target? }`: writes the entries of every document
 * to a .bib or .json file and returns its URI; the target is a URI, an absolute path or a path in
 * the workspace folder (by default `policy-documents.bib` / `.json` there). From the palette it asks
 * for the format, then where to save.
 */
export function exportBibliographyCommand(formats: ReferenceFormats): (call: Call<Values<typeof EXPORT_BIBLIOGRAPHY_ARGS>, never>) => Promise<vscode.Uri | Refused | undefined> {
  return async (call) => {
    const folder = researchFolder()?.uri;
    const defaultTarget = (format: BibliographyFormat) => folder && vscode.Uri.joinPath(folder, `${DEFAULT_NAME}.${bibliographyExtension(format)}`);
    if ('args' in call) {
      const { format = DEFAULT_FORMAT, target = defaultTarget(format) } = call.args;
      return target ? write(formats, format, target) : refused(vscode.l10n.t('Name a file to export to, or open a folder.'));
    }
    const format = await pickFormat(vscode.l10n.t('Export Bibliography'));
    const target =
      format &&
      (await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export Bibliography'),
        ...(defaultTarget(format) && { defaultUri: defaultTarget(format) }),
        filters: { [format]: [bibliographyExtension(format)] },
      }));
    return format && target && write(formats, format, target);
  };
}

async function write(formats: ReferenceFormats, format: BibliographyFormat, target: vscode.Uri): Promise<vscode.Uri> {
  const active = await formats.get();
  await writeExport(target, bibliography(active.library.documents, format, active.citationKeys));
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} entries to {1}.', active.library.documents.length, vscode.workspace.asRelativePath(target)));
  return target;
}

async function pickFormat(title: string): Promise<BibliographyFormat | undefined> {
  const items: (vscode.QuickPickItem & { readonly format: BibliographyFormat })[] = [
    { format: 'biblatex', label: 'biblatex', detail: vscode.l10n.t('@legislation with date, number, organization and the original title: for biber and Pandoc') },
    { format: 'bibtex', label: 'BibTeX', detail: vscode.l10n.t('@misc, for classic BibTeX styles') },
    { format: 'csl-json', label: 'CSL-JSON', detail: vscode.l10n.t('For Zotero, citeproc and Pandoc') },
  ];
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('The bibliography format') }))?.format;
}
