// Shared by the annotations*.test.ts files: the notes folder of the fixture workspace, the test coder,
// and putting everything back as the fixture had it (the reading and writing suites run after these).

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { DOCUMENT, closeAllEditors, waitFor } from './readingHelpers';

/** The coder the tests write as, and the file name the store gives their notes. */
export const AUTHOR = 'Li Wei';
export const AUTHOR_FILE = `policy-notes/${DOCUMENT}/li-wei.yaml`;
export const CODEBOOK_FILE = 'policy-notes/codebook.yaml';
/** The fixture's second coder (test/fixtures/workspace/policy-notes), whose notes must keep working whatever happens to ours. */
export const OTHER_CODER_FILE = `policy-notes/${DOCUMENT}/zhang-min.yaml`;
export const FIXTURE_ANNOTATIONS = 3;
/** A file the tests write only to learn that the notes watcher reports outside edits. */
const WATCHER_PROBE_FILE = `policy-notes/${DOCUMENT}/watcher-probe.yaml`;

export interface StoreOutcome<T> {
  readonly ok: boolean;
  readonly reason?: string;
  readonly value?: T;
  readonly written?: readonly string[];
}

export interface SpanValue {
  readonly id: string;
  readonly provision: number;
  readonly tags: readonly string[];
  readonly note?: string;
  readonly span?: { readonly language: string; readonly exact: string; readonly start: number; readonly end: number };
}

export function workspaceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...path.split('/'));
}

export async function readBytes(path: string): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(workspaceUri(path));
  } catch {
    return undefined;
  }
}

export async function readText(path: string): Promise<string | undefined> {
  const bytes = await readBytes(path);
  return bytes && new TextDecoder().decode(bytes);
}

export async function writeText(path: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(path), new TextEncoder().encode(text));
}

export async function deleteFile(path: string): Promise<void> {
  await vscode.workspace.fs.delete(workspaceUri(path), { useTrash: false }).then(undefined, () => undefined);
}

/** Removes documents a suite added, with the notes written on them: the next suite finds the workspace as it was. */
export async function removeDocuments(ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await run('removeDocument', { document: id });
    await deleteFile(`policy-notes/${id}`);
  }
}

export function run<T>(command: string, args?: object): Promise<StoreOutcome<T> | undefined> {
  return Promise.resolve(vscode.commands.executeCommand<StoreOutcome<T> | undefined>(`policyAnnotator.${command}`, args));
}

export async function setAuthor(name: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('policyAnnotator').update('author', name, vscode.ConfigurationTarget.Global);
}

/** Labels in the trees are checked in English. */
async function setTitleLanguage(value: 'en' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('policyAnnotator').update('tree.titleLanguage', value, vscode.ConfigurationTarget.Global);
}

/** Writes as AUTHOR, with the store open and its watcher past its silent start. */
export async function startAnnotating(api: PolicyAnnotatorApi): Promise<{ readonly codebook: string }> {
  const codebook = await readText(CODEBOOK_FILE);
  assert.ok(codebook, `the fixture has no ${CODEBOOK_FILE}`);
  await setTitleLanguage('en');
  await setAuthor(AUTHOR);
  await api.getAnnotations();
  await watcherReporting(api);
  return { codebook };
}

/**
 * Returns once the notes watcher reports files changed outside the store: a new watcher is silent
 * for its first second or two (see NotesWatcher), and the tests of outside edits must start after
 * that. Writes a probe sidecar, again and again, until the store says it changed; then removes it
 * and waits for the store to see that too. The file watcher may drop a deletion on a busy machine
 * (one run in two of the whole suite lost one): the probe is then written and removed again.
 */
async function watcherReporting(api: PolicyAnnotatorApi): Promise<void> {
  let changes = 0;
  const listening = api.onDidChangeAnnotations(() => changes++);
  try {
    for (let attempt = 1; changes === 0; attempt++) {
      await writeText(WATCHER_PROBE_FILE, `# watcher probe ${attempt}\nversion: 1\ndocument: ${DOCUMENT}\nauthor: Watcher Probe\nannotations: []\n`);
      await waitFor('the store to see the probe file', () => changes > 0, 500).catch(() => undefined);
    }
    for (let attempt = 1; ; attempt++) {
      const seen = changes;
      await deleteFile(WATCHER_PROBE_FILE);
      const gone = await waitFor('the store to see the probe file go', () => changes > seen, 5_000).then(
        () => true,
        (timedOut: unknown) => {
          if (attempt === 3) {
            throw timedOut;
          }
          return false;
        },
      );
      if (gone) {
        break;
      }
      const before = changes;
      await writeText(WATCHER_PROBE_FILE, `# watcher probe again ${attempt}\nversion: 1\ndocument: ${DOCUMENT}\nauthor: Watcher Probe\nannotations: []\n`);
      await waitFor('the store to see the probe file again', () => changes > before, 5_000);
    }
  } finally {
    listening.dispose();
  }
}

/**
 * Puts the workspace back as the fixture had it: only the second coder's notes and the fixture's
 * codebook, no filter, no editors, the author setting unset; waits until the store has read it.
 * `codebook` is undefined when startAnnotating failed: the codebook on disk is then the fixture's
 * still, and writing nothing over it keeps one failed suite from failing every later one.
 */
export async function stopAnnotating(api: PolicyAnnotatorApi, codebook: string | undefined, extraFiles: readonly string[] = []): Promise<void> {
  await closeAllEditors();
  await vscode.commands.executeCommand('policyAnnotator.clearProvisionFilter');
  for (const path of [AUTHOR_FILE, ...extraFiles]) {
    await deleteFile(path);
  }
  if (codebook !== undefined) {
    await writeText(CODEBOOK_FILE, codebook);
  }
  await setAuthor(undefined);
  await setTitleLanguage(undefined);
  await waitFor(
    'the store to hold only the fixture annotations again',
    async () => (await api.getAnnotations()).length === FIXTURE_ANNOTATIONS,
    10_000,
  );
}
