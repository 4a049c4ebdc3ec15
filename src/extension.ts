import * as vscode from 'vscode';
import type * as features from './features';
import type { PolicyAnnotatorApi } from './vscode/api';
import { activateOnDemand } from './vscode/startup';

export { deactivate } from './vscode/startup';

/**
 * The desktop (Node) extension host. This bundle (dist/extension.js) only registers; the features
 * are a second bundle, dist/features.js (src/features.ts), required on first use.
 */
export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  // A sibling file the build leaves out of this bundle (scripts/build.mjs), loaded synchronously
  // so that the command or view that needs it is answered in the same call.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return activateOnDemand(context, () => require('./features.js') as typeof features);
}
