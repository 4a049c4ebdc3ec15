// Entry point of the Chinese-UI suite: VS Code loads this file as `extensionTestsPath` when
// test/host/run-code-server.mjs runs with `--locale zh-cn` (npm run test:zh), with VS Code's
// display language set to zh-cn by a language pack (see host/language-pack.mjs). Runs
// every *.test.js next to this file with mocha, like test/integration/index.ts.

import { runSuite } from '../integration/index';

export function run(): Promise<void> {
  return runSuite(__dirname, 'zh');
}
