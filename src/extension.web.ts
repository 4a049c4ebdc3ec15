import * as vscode from 'vscode';
import { PolicyAnnotatorApi } from './vscode/api';
import { activateFeatures } from './vscode/activation';
import { platform } from './platform/web';

export { deactivate } from './vscode/activation';

/** The web worker extension host of vscode.dev / github.dev: no git, no OS; the author comes from the setting. */
export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  return activateFeatures(context, platform);
}
