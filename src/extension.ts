import * as vscode from 'vscode';
import * as annotations from './vscode/annotations';
import * as documents from './vscode/documents';
import { PolicyAnnotatorApi, createApi } from './vscode/api';
import * as reading from './vscode/reading';
import { Services } from './vscode/services';
import * as teams from './vscode/teams';
import * as versions from './vscode/versions';
import * as writing from './vscode/writing';

/** Each feature registers its commands, providers and views, and owns nothing global. */
type Feature = (context: vscode.ExtensionContext, services: Services) => void;

const FEATURES: readonly Feature[] = [
  // Annotations plug into reading (hover, tree) and writing (reference hovers) through their extension points.
  (context, services) => reading.register(context, services, annotations.readingExtensions(services)),
  (context, services) => writing.register(context, services, annotations.writingExtensions(services)),
  annotations.register,
  teams.register,
  versions.register,
  documents.register,
];

export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  const services = new Services(context);
  for (const register of FEATURES) {
    register(context, services);
  }
  return createApi(context, services);
}

export function deactivate(): void {
  // Every resource lives in context.subscriptions, which VS Code disposes.
}
