import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../api';
import { registerCommandStubs } from './commandStubs';
import { deferredApi } from './deferredApi';
import { loadForDocuments } from './documentTriggers';
import { FeaturesModule, OnDemandFeatures } from './onDemandFeatures';

export type { FeaturesModule } from './onDemandFeatures';

/**
 * Registers only what VS Code needs at once: the commands (stubs), the views and the schemes of
 * read-only documents (filled later), and a watch for the documents the features work on; returns
 * the extension's `activate`. The features themselves (src/vscode/activation.ts: the library and
 * its parser, the notes store and YAML, the search) load on first real use, from `load`.
 *
 * Called as the bundle loads, not from `activate()`: VS Code loads the bundle and fetches the
 * extension's stored state (for its context) at the same time, and the registrations are done
 * while that answer is on its way (about half of what activation took); `activate()` then only
 * hands them to the context.
 */
export function registerOnLoad(load: () => FeaturesModule): (context: vscode.ExtensionContext) => PolicyAnnotatorApi {
  const features = new OnDemandFeatures(load);
  registerCommandStubs(features);
  loadForDocuments(features);
  return (context) => {
    features.activate(context);
    return deferredApi(context, features);
  };
}

export function deactivate(): void {
  // Every resource lives in context.subscriptions, which VS Code disposes.
}
