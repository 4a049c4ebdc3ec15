import * as vscode from 'vscode';
import { DERIVED_ATTRIBUTES } from '../../core/documents/documentAttributes';
import { groupDocuments } from '../../core/documents/documentGroups';
import { invocation } from '../commands/invocation';
import { Reader, withArgs } from '../commands/readers';
import { Refused, refusal, ok } from '../commands/result';
import { Services } from '../services';
import { SETTINGS, updateSetting } from '../reading/settings';

/** What Group Documents By… returns: the attribute (null: none) and the groups the view now shows. */
export interface DocumentGrouping {
  readonly attribute: string | null;
  readonly groups: readonly { readonly value: string | null; readonly documents: readonly string[] }[];
}

const NONE = 'none';

const attributeName: Reader<string> = (value, name) =>
  typeof value === 'string' && /^[\p{L}\p{N}_-]+$/u.test(value) ? ok(value) : refusal(vscode.l10n.t('"{0}" must be an attribute name (year, type, issuer, level…) or "none".', name));

/**
 * `policyAnnotator.groupDocumentsBy` `{ attribute }`: groups the Provisions view's documents by
 * an attribute (year, type, status, issuer, or one the user set), or not at all with "none". It
 * writes the setting policyAnnotator.documentGrouping (where it is set now), which the view follows.
 */
export function groupDocumentsByCommand(services: Services): (value?: unknown) => Promise<DocumentGrouping | Refused | undefined> {
  const apply = async (attribute: string): Promise<DocumentGrouping> => {
    await updateSetting(SETTINGS.documentGrouping, attribute === NONE ? '' : attribute);
    if (attribute === NONE) {
      return { attribute: null, groups: [] };
    }
    const groups = groupDocuments(await services.documentFacts(), attribute);
    return { attribute, groups: groups.map((group) => ({ value: group.value ?? null, documents: group.documents })) };
  };
  return async (value) => {
    const call = invocation(value);
    if ('args' in call) {
      return withArgs(call.args, { attribute: attributeName }, ({ attribute }) => apply(attribute));
    }
    const facts = await services.documentFacts();
    const names = [...new Set([...DERIVED_ATTRIBUTES, ...facts.flatMap((document) => Object.keys(document.facts.attributes ?? {}))])];
    const picked = await vscode.window.showQuickPick([{ label: vscode.l10n.t('None'), attribute: NONE }, ...names.map((name) => ({ label: name, attribute: name }))], {
      title: vscode.l10n.t('Group Documents By'),
    });
    return picked && apply(picked.attribute);
  };
}
