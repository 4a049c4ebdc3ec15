import * as vscode from 'vscode';
import { Language, PolicyDocument } from '../../core/model';

/** The scheme of the read-only renderings; `onFileSystem:policy-text` activates the extension for it. */
export const POLICY_SCHEME = 'policy-text';

/**
 * Each language names itself (endonyms), so a URI never depends on the UI's language and a tab
 * reads "Mobile Internet Opinions (English).policy" / "移动互联网意见 (中文).policy".
 */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', zh: '中文' };

const FILE_NAME = /\((English|中文)\)\.policy$/;

export interface PolicyTextRef {
  readonly documentId: string;
  readonly language: Language;
}

/** `policy-text:/<document-id>/<Short Title> (English).policy`; the path's last part is only a label. */
export function policyTextUri(document: PolicyDocument, language: Language): vscode.Uri {
  const fileName = `${document.shortTitle[language]} (${LANGUAGE_NAMES[language]}).policy`;
  return vscode.Uri.from({ scheme: POLICY_SCHEME, path: `/${document.id}/${fileName}` });
}

export function parsePolicyTextUri(uri: vscode.Uri): PolicyTextRef | undefined {
  if (uri.scheme !== POLICY_SCHEME) {
    return undefined;
  }
  const [, documentId, fileName] = uri.path.split('/');
  const match = fileName === undefined ? null : FILE_NAME.exec(fileName);
  if (!documentId || !match) {
    return undefined;
  }
  return { documentId, language: match[1] === 'English' ? 'en' : 'zh' };
}
