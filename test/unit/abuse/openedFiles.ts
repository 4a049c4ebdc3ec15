// Which files a program run opens: a module node loads before the program, which logs each path
// given to fs.promises.open, fs.openSync or fs.readFileSync to a file, one a line.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Writes the watching module into `folder`; returns it and a function that reads what was opened since. */
export function watchOpenedFiles(folder: string): { readonly preload: string; readonly opened: () => string[] } {
  const log = path.join(folder, 'opened.log');
  const preload = path.join(folder, 'watch-opened.js');
  writeFileSync(log, '');
  writeFileSync(
    preload,
    `const fs = require('node:fs');
const log = ${JSON.stringify(log)};
const note = (file) => { if (typeof file === 'string') fs.appendFileSync(log, require('node:path').resolve(file) + '\\n'); };
const open = fs.promises.open;
fs.promises.open = function (file, ...rest) { note(file); return open.call(this, file, ...rest); };
for (const name of ['openSync', 'readFileSync']) {
  const original = fs[name];
  fs[name] = function (file, ...rest) { note(file); return original.call(this, file, ...rest); };
}
`,
  );
  return {
    preload,
    opened: () => {
      const lines = readFileSync(log, 'utf8').split('\n').filter((line) => line !== '');
      writeFileSync(log, '');
      return lines;
    },
  };
}
