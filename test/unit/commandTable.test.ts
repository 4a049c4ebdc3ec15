// The command table (src/vscode/commands/commandIds.ts) is the one place a command's id is written:
// package.json contributes exactly its commands, menus and key bindings name only them, and the
// extension's code names a command through the table, never as a string of its own.

import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/vscode/commands/commandIds';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

interface Manifest {
  readonly contributes: {
    readonly commands: readonly { readonly command: string }[];
    readonly menus?: Record<string, readonly { readonly command?: string }[]>;
    readonly keybindings?: readonly { readonly command: string }[];
  };
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

/** Where code names a command by a string: registering, running, or a tree item's or code action's `command`. */
const COMMAND_LITERAL = /(?:registerCommand|executeCommand(?:<[^>]*>)?)\(\s*'(policyAnnotator\.[\w.]+)'|\bcommand:\s*'(policyAnnotator\.[\w.]+)'|enabledCommands:\s*\[\s*'(policyAnnotator\.[\w.]+)'/g;

function literalsIn(text: string): string[] {
  // A view's focus command is VS Code's, named after the view: not one of ours.
  return [...text.matchAll(COMMAND_LITERAL)].map((match) => match[1] ?? match[2] ?? match[3]).filter((id) => !id.endsWith('.focus'));
}

describe('the command table', () => {
  it('declares exactly the commands package.json contributes, each once', () => {
    const table = Object.values(COMMANDS);
    assert.equal(new Set(table).size, table.length, 'an id is declared twice');
    assert.deepEqual([...table].sort(), manifest.contributes.commands.map(({ command }) => command).sort());
  });

  it('menus and key bindings name only commands of the table', () => {
    const table = new Set<string>(Object.values(COMMANDS));
    const named = [...Object.values(manifest.contributes.menus ?? {}).flat().map((item) => item.command), ...(manifest.contributes.keybindings ?? []).map((binding) => binding.command)];
    assert.ok(named.length > 0, 'the walk itself: package.json has menus');
    assert.deepEqual(named.filter((command) => command?.startsWith('policyAnnotator.') && !table.has(command)), []);
  });

  it('commands are registered only through their declarations (commands/declaration.ts), but for the startup stubs', () => {
    const folder = path.join(REPO_ROOT, 'src', 'vscode');
    const allowed = new Set([path.join('commands', 'declaration.ts'), path.join('startup', 'commandStubs.ts')]);
    const registering = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && /\bcommands\.registerCommand\(/.test(readFileSync(path.join(folder, file), 'utf8')))
      .sort();
    assert.deepEqual(registering.filter((file) => !allowed.has(file)), [], 'register with registerCommand(declaration, implementation) from commands/declaration.ts');
    assert.deepEqual(registering, [...allowed].sort(), 'the walk itself: the two places that do register are found');
  });

  it('the extension names commands only through the table', () => {
    const folder = path.join(REPO_ROOT, 'src', 'vscode');
    const offending = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && file !== path.join('commands', 'commandIds.ts'))
      .flatMap((file) => literalsIn(readFileSync(path.join(folder, file), 'utf8')).map((id) => `src/vscode/${file}: '${id}'`));
    assert.deepEqual(offending, []);
    // The check itself: each way of naming a command by a string is caught.
    assert.deepEqual(literalsIn(`registerCommand('policyAnnotator.a', f); executeCommand<X>('policyAnnotator.b'); { command: 'policyAnnotator.c' }`), ['policyAnnotator.a', 'policyAnnotator.b', 'policyAnnotator.c']);
  });
});
