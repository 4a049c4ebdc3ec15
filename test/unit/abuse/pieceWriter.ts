// The process that halfWrittenFiles.test.ts runs: another program writing a notes file in place, as
// Node's writeFileSync, an editor or git do (truncate, then write), but slowly: in the pieces given,
// with a pause after each. It prints "wrote <n>" after the nth piece, so that the test can deliver
// its file-change notification at a moment of its choosing.
//   node pieceWriter.js <file> <pause ms> <piece> <piece> …   (each piece's bytes in base64: a cut may split a character)
import { closeSync, openSync, writeSync } from 'node:fs';

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

if (require.main === module) {
  const [file, pause, ...pieces] = process.argv.slice(2);
  const descriptor = openSync(file, 'w');
  pieces.forEach((piece, index) => {
    writeSync(descriptor, Buffer.from(piece, 'base64'));
    process.stdout.write(`wrote ${index + 1}\n`);
    sleep(Number(pause));
  });
  closeSync(descriptor);
}
