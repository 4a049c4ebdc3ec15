// A "suite" for the real VS Code test host (test/host/run-code-server.mjs --tests
// out/bench/host/corpus), opened on a workspace of laws: instead of tests, it times what a user
// meets first (Open Side by Side on one law, the Provisions view's first level, the first search)
// through the extension's API, and prints the times and the extension host's memory on a marker
// line that bench/corpusScaleBench.ts reads from the launcher's output.
import * as vscode from 'vscode';
import { PolicyAnnotatorApi } from '../../src/vscode/api';
import { CORPUS_MARKER, CORPUS_PROVISION } from './marker';

const EXTENSION_ID = 'policy-annotator.policy-annotator';

async function timed<T>(work: () => Thenable<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<PolicyAnnotatorApi>(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${EXTENSION_ID} is not in this host`);
  }
  const [document, provision] = (process.env[CORPUS_PROVISION] ?? '').split('#');
  const activation = await timed(() => extension.activate());
  const api = activation.value;
  // A law opened first, as from a link or the command line's reference, then the view and the search.
  const sideBySide = await timed(() => api.openSideBySide({ document: document || undefined, provision: Number(provision) || undefined }));
  const tree = await timed(() => api.describeProvisionTree());
  const search = await timed(() => api.searchProvisions('个人信息'));
  const again = await timed(() => api.searchProvisions('安全生产'));
  const memory = process.memoryUsage();
  console.log(
    `${CORPUS_MARKER} ${JSON.stringify({
      activateMs: activation.ms,
      treeMs: tree.ms,
      treeItems: tree.value.children.length,
      firstSearchMs: search.ms,
      hits: search.value.length,
      secondSearchMs: again.ms,
      sideBySideMs: sideBySide.ms,
      heapMiB: memory.heapUsed / 1024 / 1024,
      rssMiB: memory.rss / 1024 / 1024,
    })}`,
  );
}
