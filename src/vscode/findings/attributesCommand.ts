import * as vscode from 'vscode';
import { parseAttributeAssignments, writeDocumentAttributes } from '../../core/documents/documentAttributes';
import { NotesAccess } from '../annotations';
import { Call } from '../commands/declaration';
import { Reader } from '../commands/readers';
import { Refused, ok, refusal, refused } from '../commands/result';
import { Services } from '../services';

/** `attributes`: names and values, such as `{ level: 'national' }`. */
export const attributeMap: Reader<Record<string, string>> = (value, name) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === 'string')
    ? ok(value as Record<string, string>)
    : refusal(vscode.l10n.t('"{0}" must be an object of attribute names and values, such as {"level": "national"}; an empty value removes one.', name));

/**
 * `policyAnnotator.setAttributes` `{ document, attributes }`: sets a document's attributes
 * (`{ level: 'national' }`; an empty value removes one) in its document.yaml, and returns the
 * attributes it then has. From the palette it asks for the document and for name=value pairs.
 */
export function setAttributesCommand(services: Services, notes: NotesAccess): (call: Call<{ document: string; attributes: Record<string, string> }, never>) => Promise<Readonly<Record<string, string>> | Refused | undefined> {
  return async (call) => {
    if ('args' in call) {
      const { document, attributes } = call.args;
      return write(services, notes, document, Object.entries(attributes).map(([name, given]) => `${name}=${given}`));
    }
    const library = await services.getLibrary();
    const picked = await vscode.window.showQuickPick(
      library.documents.filter((document) => !services.isEmbedded(document.id)).map((document) => ({ label: document.shortTitle.zh || document.id, description: document.id, id: document.id })),
      { title: vscode.l10n.t('Set Document Attributes') },
    );
    const current = picked && library.document(picked.id)?.attributes;
    const typed =
      picked &&
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Set Document Attributes'),
        prompt: vscode.l10n.t('name=value pairs separated by spaces, e.g. level=national region=上海; name= removes one'),
        value: Object.entries(current ?? {}).map(([name, given]) => `${name}=${given}`).join(' '),
      }));
    return picked && typed !== undefined ? write(services, notes, picked.id, typed.split(/\s+/).filter((word) => word !== '')) : undefined;
  };
}

async function write(services: Services, notes: NotesAccess, document: string, assignments: readonly string[]): Promise<Readonly<Record<string, string>> | Refused> {
  const folder = notes.service.workspaceFolder();
  if (!folder || !(await services.getLibrary()).document(document) || services.isEmbedded(document)) {
    return refused(vscode.l10n.t('"{0}" is not a document of this workspace.', document));
  }
  try {
    const written = await writeDocumentAttributes(notes.fileSystem(folder.uri), document, parseAttributeAssignments(assignments));
    services.reloadLibrary();
    return written;
  } catch (error) {
    return refused(error instanceof Error ? error.message : String(error));
  }
}
