import * as vscode from 'vscode';

export interface PolicyAnnotatorApi {
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): PolicyAnnotatorApi {
  return { version: String(context.extension.packageJSON.version) };
}

export function deactivate(): void {
  // Every resource lives in context.subscriptions, which VS Code disposes.
}
