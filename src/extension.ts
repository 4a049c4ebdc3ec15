import * as vscode from 'vscode';
import { PolicyAnnotatorApi, createApi } from './vscode/api';
import * as reading from './vscode/reading';
import { Services } from './vscode/services';
import * as writing from './vscode/writing';

/** Each feature registers its commands, providers and views, and owns nothing global. */
type Feature = (context: vscode.ExtensionContext, services: Services) => void;

const FEATURES: readonly Feature[] = [reading.register, writing.register];

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
