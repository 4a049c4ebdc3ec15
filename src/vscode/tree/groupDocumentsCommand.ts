import * as vscode from 'vscode';
import { DERIVED_ATTRIBUTES } from '../../core/documents/documentAttributes';
import { groupDocuments } from '../../core/documents/documentGroups';
import { Call } from '../commands/declaration';
import { Services } from '../services';
import { SETTINGS, updateSetting } from '../reading/settings';

/** What Group Documents By… returns: the attribute (null: none) and the groups the view now shows. */
export interface DocumentGrouping {
  readonly attribute: string | null;
  readonly groups: readonly { readonly value: string | null; readonly documents: readonly string[] }[];
}

const NONE = 'none';

/**
 * `policyAnnotator.groupDocumentsBy` `{ attribute }`: groups the Provisions view's documents by
 * an attribute (year, type, status, issuer, or one the user set), or not at all with "none". It
 * writes the setting policyAnnotator.documentGrouping (where it is set now), which the view follows.
 */
export function groupDocumentsByCommand(services: Services): (call: Call<{ attribute: string }, never>) => Promise<DocumentGrouping | undefined> {
  const apply = async (attribute: string): Promise<DocumentGrouping> => {
    await updateSetting(SETTINGS.documentGrouping, attribute === NONE ? '' : attribute);
    if (attribute === NONE) {
      return { attribute: null, groups: [] };
    }
    const groups = groupDocuments(await services.documentFacts(), attribute);
    return { attribute, groups: groups.map((group) => ({ value: group.value ?? null, documents: group.documents })) };
  };
  return async (call) => {
    if ('args' in call) {
      return apply(call.args.attribute);
    }
    const facts = await services.documentFacts();
    const names = [...new Set([...DERIVED_ATTRIBUTES, ...facts.flatMap((document) => Object.keys(document.facts.attributes ?? {}))])];
    const picked = await vscode.window.showQuickPick([{ label: vscode.l10n.t('None'), attribute: NONE }, ...names.map((name) => ({ label: name, attribute: name }))], {
      title: vscode.l10n.t('Group Documents By'),
    });
    return picked && apply(picked.attribute);
  };
}
