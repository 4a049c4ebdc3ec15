// The manifest as VS Code reads it, from the extension's own folder: the development folder, or
// the one a VSIX was installed into (npm test runs this suite both ways). Guards for every
// feature's contributions: each command is registered and in the Policy category, each %key% is
// translated, and the getting-started walkthrough has its media and working buttons.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commands/commandIds';
import { COMMAND_TABLE } from '../../src/vscode/commandTable';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';

const EXTENSION_ID = 'policy-annotator.policy-annotator';
const WALKTHROUGH_ID = 'policyAnnotator.gettingStarted';

interface Step {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly media: { readonly markdown?: string; readonly image?: unknown };
  readonly completionEvents?: readonly string[];
}

interface Walkthrough {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly steps: readonly Step[];
}

type Localized = string | { readonly value: string; readonly original: string };

interface Manifest {
  readonly contributes: {
    readonly commands: readonly { readonly command: string; readonly title: Localized; readonly category?: Localized; readonly enablement?: string }[];
    readonly walkthroughs?: readonly Walkthrough[];
    readonly views?: Record<string, readonly { readonly id: string }[]>;
    readonly menus?: Record<string, readonly { readonly command?: string; readonly when?: string }[]>;
    readonly keybindings?: readonly { readonly command: string }[];
  };
}

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is not installed`);
  return found;
}

/** The manifest VS Code loaded, with the %keys% replaced by the English strings. */
function manifest(): Manifest {
  return extension().packageJSON as Manifest;
}

async function readJson<T>(path: string): Promise<T> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension().extensionUri, path));
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

async function exists(path: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension().extensionUri, path));
    return true;
  } catch {
    return false;
  }
}

/** The English value of a title or category that VS Code may have turned into { value, original }. */
function english(text: Localized | undefined): string | undefined {
  return typeof text === 'object' ? text.original : text;
}

/** The commands a description's links run: `[Open](command:policyAnnotator.openSideBySide?…)`. */
function linkedCommands(markdown: string): string[] {
  return [...markdown.matchAll(/\(command:(?:toSide:)?([\w.-]+)/g)].map((match) => match[1]);
}

/** Every %key% the raw package.json uses. */
function nlsKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%(.+)%$/.exec(value);
    if (match) {
      keys.add(match[1]);
    }
  } else if (value && typeof value === 'object') {
    for (const child of Object.values(value)) {
      nlsKeys(child, keys);
    }
  }
  return keys;
}

describe('packaging: the manifest', () => {
  let registered: Set<string>;

  before(async () => {
    // Loading the features replaces the startup stubs by the real commands: a command whose
    // implementation is missing is then no longer registered at all.
    const api = (await extension().activate()) as PolicyAnnotatorApi;
    await api.getDocuments();
    registered = new Set(await vscode.commands.getCommands(true));
  });

  it('every contributed command is registered by its real implementation, and in the "Policy" category', () => {
    const commands = manifest().contributes.commands;
    assert.ok(commands.length > 0);
    const missing = Object.values(COMMANDS).filter((command) => !registered.has(command));
    assert.deepStrictEqual(missing, [], `in the command table but not implemented: ${missing.join(', ')}`);
    const unregistered = commands.filter(({ command }) => !registered.has(command)).map(({ command }) => command);
    assert.deepStrictEqual(unregistered, [], `contributed but not registered: ${unregistered.join(', ')}`);
    const outside = commands.filter(({ category }) => english(category) !== 'Policy').map(({ command, category }) => `${command} (${JSON.stringify(category)})`);
    assert.deepStrictEqual(outside, [], `not in the Policy category: ${outside.join(', ')}`);
  });

  it('every command of the table runs its real implementation, which reads its argument as the table declares', async () => {
    // An argument object whose every property is a symbol, which no reader takes, and that names
    // one ("probe"), which a command without arguments refuses: each implementation registered
    // through the table refuses it, with the reason its declaration gives. A command with no
    // implementation is not registered at all once the features load (executeCommand rejects);
    // one registered around the table would not give the declaration's reason.
    const probe = new Proxy<Record<string, unknown>>({ probe: true }, { get: (target, name) => (name === 'probe' ? target.probe : Symbol(String(name))) });
    const answers: string[] = [];
    for (const [name, declaration] of Object.entries(COMMAND_TABLE)) {
      const answer: unknown = await vscode.commands.executeCommand(declaration.id, probe);
      if (!declaration.args) {
        // Run only by VS Code's comment buttons, with a thread or a comment: anything else does nothing.
        answers.push(`${name}: ${answer === undefined ? 'nothing done' : JSON.stringify(answer)}`);
        continue;
      }
      const expected = declaration.args(probe);
      assert.ok(!expected.ok, `${name}: its declaration takes the probe`);
      answers.push(`${name}: ${JSON.stringify(answer) === JSON.stringify(expected) ? 'refused as declared' : JSON.stringify(answer)}`);
    }
    const names = Object.keys(COMMANDS);
    assert.deepStrictEqual(Object.keys(COMMAND_TABLE).sort(), [...names].sort());
    assert.deepStrictEqual(
      answers,
      Object.entries(COMMAND_TABLE).map(([name, declaration]) => `${name}: ${declaration.args ? 'refused as declared' : 'nothing done'}`),
    );
  });

  it('menus and key bindings name only contributed commands', () => {
    const contributed = new Set(manifest().contributes.commands.map(({ command }) => command));
    const named = [
      ...Object.entries(manifest().contributes.menus ?? {}).flatMap(([menu, items]) => items.filter((item) => item.command).map((item) => [menu, item.command as string])),
      ...(manifest().contributes.keybindings ?? []).map((binding) => ['keybindings', binding.command]),
    ];
    const unknown = named.filter(([, command]) => command.startsWith('policyAnnotator.') && !contributed.has(command)).map(([where, command]) => `${command} in ${where}`);
    assert.deepStrictEqual(unknown, [], `not in contributes.commands: ${unknown.join(', ')}`);
  });

  it('Add Document and Remove Document are disabled, and hidden from every menu, in Restricted Mode', () => {
    const writers = ['policyAnnotator.addDocument', 'policyAnnotator.removeDocument'];
    for (const command of writers) {
      assert.strictEqual(manifest().contributes.commands.find((entry) => entry.command === command)?.enablement, 'isWorkspaceTrusted', command);
    }
    const entries = Object.entries(manifest().contributes.menus ?? {}).flatMap(([menu, items]) => items.filter((item) => writers.includes(item.command ?? '')).map((item) => [menu, item] as const));
    assert.ok(entries.some(([menu]) => menu === 'commandPalette'));
    const untrusted = entries.filter(([, item]) => !/(^|&& )isWorkspaceTrusted( &&|$)/.test(item.when ?? '')).map(([menu, item]) => `${item.command} in ${menu}`);
    assert.deepStrictEqual(untrusted, []);
  });

  it('every %key% of package.json is translated in package.nls.json and package.nls.zh-cn.json', async () => {
    const keys = nlsKeys(await readJson<unknown>('package.json'));
    assert.ok(keys.size > 0);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const strings = await readJson<Record<string, unknown>>(file);
      const missing = [...keys].filter((key) => typeof strings[key] !== 'string');
      assert.deepStrictEqual(missing, [], `${file} lacks ${missing.join(', ')}`);
    }
  });

  it(`contributes the walkthrough ${WALKTHROUGH_ID}: open, read, tag, note, reference, commit`, async () => {
    const walkthrough = manifest().contributes.walkthroughs?.find((candidate) => candidate.id === WALKTHROUGH_ID);
    assert.ok(walkthrough, `no walkthrough ${WALKTHROUGH_ID}`);
    assert.strictEqual(walkthrough.title, 'Get Started with Policy Annotator');
    assert.deepStrictEqual(
      walkthrough.steps.map((step) => step.id),
      ['open', 'read', 'tag', 'note', 'reference', 'commit'],
    );
    const completes = walkthrough.steps.map((step) => `${step.id}: ${(step.completionEvents ?? []).join(' ')}`);
    assert.deepStrictEqual(completes, [
      'open: onView:policyAnnotator.provisions',
      'read: onCommand:policyAnnotator.openSideBySide',
      'tag: onCommand:policyAnnotator.tagProvision',
      'note: onCommand:policyAnnotator.addNote onCommand:policyAnnotator.annotateSelection',
      'reference: onCommand:policyAnnotator.insertReference',
      'commit: onView:workbench.scm onCommand:git.commit',
    ]);
    for (const step of walkthrough.steps) {
      for (const text of [step.title, step.description]) {
        assert.doesNotMatch(text, /^%[\w.-]+%$/, `step ${step.id} is not translated`);
      }
      assert.ok(step.media.markdown, `step ${step.id} has no Markdown media`);
      assert.ok(await exists(step.media.markdown), `step ${step.id}: ${step.media.markdown} is not in the extension`);
    }
  });

  it('the walkthrough finishes on commands that are registered and views that are contributed', () => {
    const walkthrough = manifest().contributes.walkthroughs?.find((candidate) => candidate.id === WALKTHROUGH_ID);
    assert.ok(walkthrough);
    const views = new Set(Object.values(manifest().contributes.views ?? {}).flatMap((list) => list.map((view) => view.id)));
    for (const event of walkthrough.steps.flatMap((step) => step.completionEvents ?? [])) {
      const [kind, id] = event.split(':');
      if (!id.startsWith('policyAnnotator.')) {
        continue;
      }
      if (kind === 'onCommand') {
        assert.ok(registered.has(id), `${event}: ${id} is not registered`);
      } else if (kind === 'onView') {
        assert.ok(views.has(id), `${event}: no view ${id}`);
      }
    }
  });

  it('the walkthrough buttons, in English and Chinese, run registered commands', async () => {
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const strings = await readJson<Record<string, string>>(file);
      const descriptions = Object.entries(strings).filter(([key]) => key.startsWith(`walkthrough.gettingStarted.`) && key.endsWith('.description'));
      assert.ok(descriptions.length >= 6, `${file} has ${descriptions.length} walkthrough descriptions`);
      for (const [key, description] of descriptions) {
        for (const command of linkedCommands(description)) {
          assert.ok(registered.has(command), `${file} ${key}: the button runs ${command}, which is not registered`);
        }
      }
    }
  });

  it('the Chinese walkthrough has its own media for every step', async () => {
    const strings = await readJson<Record<string, string>>('package.nls.zh-cn.json');
    for (const step of ['open', 'read', 'tag', 'note', 'reference', 'commit']) {
      const media = strings[`walkthrough.gettingStarted.${step}.media`];
      assert.match(media ?? '', /\.zh-cn\.md$/, `step ${step}: ${media}`);
      assert.ok(await exists(media), `step ${step}: ${media} is not in the extension`);
    }
  });
});
