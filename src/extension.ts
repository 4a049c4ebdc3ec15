import * as vscode from 'vscode';
import { PolicyAnnotatorApi } from './vscode/api';
import { activateFeatures } from './vscode/activation';
import { platform } from './platform/node';

export { deactivate } from './vscode/activation';

/** The desktop (Node) extension host: git and the OS name the default author. */
export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  return activateFeatures(context, platform);
}
