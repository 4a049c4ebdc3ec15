import * as vscode from 'vscode';
import { OnDemandFeatures } from './onDemandFeatures';

/** This extension's id (`publisher.name` of package.json), whose manifest lists the commands. */
const EXTENSION_ID = 'policy-annotator.policy-annotator';

interface Manifest {
  readonly contributes: { readonly commands: readonly { readonly command: string }[] };
}

/**
 * Every command of package.json, registered by a stub: its first run loads the features (once the
 * extension is activated), which register the real command in its place, and passes the
 * arguments on to it, returning what it returns.
 */
export function registerCommandStubs(features: OnDemandFeatures): void {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as Manifest | undefined;
  if (!manifest) {
    throw new Error(`Policy Annotator: the extension ${EXTENSION_ID} is not installed under that id (package.json's publisher.name).`);
  }
  for (const { command } of manifest.contributes.commands) {
    features.addStub(
      vscode.commands.registerCommand(command, async (...args: unknown[]) => {
        await features.ready();
        return vscode.commands.executeCommand(command, ...args);
      }),
    );
  }
}
