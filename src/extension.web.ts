import * as vscode from 'vscode';
import { PolicyAnnotatorApi } from './vscode/api';
import { activateFeatures } from './vscode/activation';
import { activateOnDemand } from './vscode/startup';
import { platform } from './platform/web';

export { deactivate } from './vscode/startup';

/**
 * The web worker extension host of vscode.dev / github.dev: no git, no OS; the author comes from
 * the setting. One file (dist/web/extension.js): the features are in it, activated on first use
 * as on the desktop.
 */
export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  return activateOnDemand(context, () => ({ activateFeatures: (context, declarations) => activateFeatures(context, platform, declarations) }));
}
