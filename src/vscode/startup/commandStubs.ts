import * as vscode from 'vscode';
import { OnDemandFeatures } from './onDemandFeatures';

interface Manifest {
  readonly contributes: { readonly commands: readonly { readonly command: string }[] };
}

/**
 * Every command of package.json, registered at activation by a stub: its first run loads the
 * features, which register the real command in its place, and passes the arguments on to it,
 * returning what it returns.
 */
export function registerCommandStubs(context: vscode.ExtensionContext, features: OnDemandFeatures): void {
  for (const { command } of (context.extension.packageJSON as Manifest).contributes.commands) {
    features.addStub(
      vscode.commands.registerCommand(command, (...args: unknown[]) => {
        features.get();
        return vscode.commands.executeCommand(command, ...args);
      }),
    );
  }
}
