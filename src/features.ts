import * as vscode from 'vscode';
import { platform } from './platform/node';
import { PolicyAnnotatorApi } from './vscode/api';
import { activateFeatures as activate } from './vscode/activation';
import { Declarations } from './vscode/declared';

/**
 * The features of the desktop (Node) host, bundled apart (dist/features.js) and loaded by
 * src/extension.ts on first use: git and the OS name the default author.
 */
export function activateFeatures(context: vscode.ExtensionContext, declarations: Declarations): PolicyAnnotatorApi {
  return activate(context, platform, declarations);
}
