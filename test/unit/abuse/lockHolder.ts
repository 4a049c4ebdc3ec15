// The process that staleLock.test.ts kills: it takes the lock of the file given as its argument
// through the store's own lock on the real file system, prints "holding", and holds it until it is
// killed, as a save killed mid-way would.
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { withFileLock } from '../../../src/core/storage/fileLock';

if (require.main === module) {
  const [root, file] = process.argv.slice(2);
  withFileLock(new NodeFileSystem(root), file, async () => {
    process.stdout.write('holding\n');
    await new Promise(() => setInterval(() => undefined, 60_000));
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
