import * as vscode from 'vscode';
import { otherLanguage } from '../../core/model';
import { Call } from '../commands/declaration';
import { Refused, isRefused, refusal, refused } from '../commands/result';
import { Services } from '../services';
import { parsePolicyTextUri } from './policyUri';
import { treeTitleLanguage } from './settings';
import { SideBySide, SideBySideArgs, SideBySideEditors } from './sideBySide';

interface ProvisionPick extends vscode.QuickPickItem {
  readonly provision?: number;
}

/** The document of the active policy-text editor, so "Go to" stays in the document being read. */
function activeDocumentId(): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri && parsePolicyTextUri(uri)?.documentId;
}

/** The provision the reader picks in `documentId` (undefined when they cancel), or a refusal for an unknown document. */
async function pickProvision(services: Services, documentId: string | undefined): Promise<SideBySideArgs | Refused | undefined> {
  const document = await services.findDocument(documentId);
  if (!document) {
    return refusal(vscode.l10n.t('Unknown document "{0}".', documentId ?? ''));
  }
  const language = treeTitleLanguage();
  const other = otherLanguage(language);
  const items = document.parts.flatMap((part): ProvisionPick[] => [
    { kind: vscode.QuickPickItemKind.Separator, label: language === 'en' ? `${part.numeral.en}. ${part.title.en}` : `${part.numeral.zh}、${part.title.zh}` },
    ...part.provisions.map((provision) => ({
      label: `${provision.number}. ${provision.title[language]}`,
      description: provision.title[other],
      provision: provision.number,
    })),
  ]);
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Go to Provision'),
    placeHolder: vscode.l10n.t('Type a number or words of a title, in English or Chinese'),
    matchOnDescription: true,
  });
  return picked?.provision === undefined ? undefined : { document: document.id, provision: picked.provision };
}

/** `policyAnnotator.goToProvision`: `{ document?, provision }` opens there; without it, a quick pick asks. */
export function goToProvisionCommand(services: Services, sideBySide: SideBySide): (call: Call<SideBySideArgs, never>) => Promise<SideBySideEditors | Refused | undefined> {
  const goTo = async (given: SideBySideArgs): Promise<SideBySideEditors | Refused | undefined> => {
    const target = given.provision === undefined ? await pickProvision(services, given.document ?? activeDocumentId()) : given;
    return target && shown(isRefused(target) ? target : await sideBySide.open(target));
  };
  return (call) => goTo('args' in call ? call.args : {});
}

/** `policyAnnotator.openSideBySide` `{ document?, provision? }`: the default document at its top when neither is named. */
export function openSideBySideCommand(sideBySide: SideBySide): (call: Call<SideBySideArgs, never>) => Promise<SideBySideEditors | Refused> {
  return async (call) => shown(await sideBySide.open('args' in call ? call.args : {}));
}

/** A command's refusal reaches the user as every command's does; the editors pass through. */
function shown(opened: SideBySideEditors | Refused): SideBySideEditors | Refused {
  return isRefused(opened) ? refused(opened.reason) : opened;
}
