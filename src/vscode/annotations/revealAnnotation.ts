import * as vscode from 'vscode';
import { parsePolicyTextUri } from '../reading/policyUri';
import { SideBySideEditors } from '../reading/sideBySide';
import { NotesServices } from './notesServices';
import { Call, runCommand } from '../commands/declaration';
import { READING_COMMANDS } from '../reading/commands';
import { Refused, isRefused, refused } from '../commands/result';
import { storeToRead } from './access';
import { placeAnnotations } from './placements';

/**
 * `policyAnnotator.revealAnnotation` `{ id }` (what clicking an annotation in a tree runs): opens
 * the side-by-side editors at its provision and selects its words, or its heading, in the
 * language it was made in, so that the linked editors light up the translation too.
 */
export function revealAnnotationCommand(services: NotesServices): (call: Call<{ id: string }, never>) => Promise<SideBySideEditors | Refused | undefined> {
  return async (call) => {
    if (!('args' in call)) {
      return undefined;
    }
    const store = await storeToRead(services.annotations);
    if (isRefused(store)) {
      return store;
    }
    const { id } = call.args;
    const annotation = store.annotation(id);
    if (!annotation) {
      return refused(vscode.l10n.t('The annotation {0} is gone (deleted in another window or by hand).', id));
    }
    const editors = await runCommand(READING_COMMANDS.openSideBySide, { document: annotation.document, provision: annotation.provision });
    const [placed] = placeAnnotations(services.shared, store, await services.shared.getDocument(annotation.document), [annotation]);
    const language = placed.placement.language ?? 'en';
    const editor = vscode.window.visibleTextEditors.find((candidate) => {
      const ref = parsePolicyTextUri(candidate.document.uri);
      return ref?.documentId === annotation.document && ref.language === language;
    });
    if (editor) {
      const { start, end } = placed.placement.ranges[language];
      const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    return editors;
  };
}
