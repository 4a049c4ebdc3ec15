import * as vscode from 'vscode';
import { SideBySideArgs } from '../reading/sideBySide';

/**
 * A `command:` URI that opens the side-by-side view at a provision. Editors follow command
 * links of document links (VS Code opens them with allowCommands), so no trust is involved.
 */
export function sideBySideLink(args: Required<SideBySideArgs>): vscode.Uri {
  return vscode.Uri.parse(`command:policyAnnotator.openSideBySide?${encodeURIComponent(JSON.stringify(args))}`);
}
