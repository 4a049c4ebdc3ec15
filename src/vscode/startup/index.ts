import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../api';
import { registerCommandStubs } from './commandStubs';
import { deferredApi } from './deferredApi';
import { loadForDocuments } from './documentTriggers';
import { FeaturesModule, OnDemandFeatures } from './onDemandFeatures';

export type { FeaturesModule } from './onDemandFeatures';

/**
 * Activation registers only what VS Code needs at once: the commands (stubs), the views and the
 * schemes of read-only documents (filled later), and a watch for the documents the features work
 * on. The features themselves (src/vscode/activation.ts: the library and its parser, the notes
 * store and YAML, the search) load on first real use, from `load`.
 */
export function activateOnDemand(context: vscode.ExtensionContext, load: () => FeaturesModule): PolicyAnnotatorApi {
  const features = new OnDemandFeatures(context, load);
  registerCommandStubs(context, features);
  loadForDocuments(context, features);
  return deferredApi(context, features);
}

export function deactivate(): void {
  // Every resource lives in context.subscriptions, which VS Code disposes.
}
