// The writer that killedWriter.test.ts kills: a separate Node process that opens the notes in the
// folder given as its argument and saves one note edit after another, forever, through the store
// on the real file system. It prints "ready" once the store is open, then the number of each save.
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { opinionsLibrary } from '../helpers/opinions';

/** Every save is stamped with this time, so that each version of the file is known in advance. */
export const SAVE_TIME = new Date(Date.UTC(2025, 0, 1));

export function savedNote(round: string, save: number): string {
  return `round ${round}, save ${save}`;
}

async function main(root: string, round: string, id: string): Promise<void> {
  const store = await AnnotationStore.open({ fs: new NodeFileSystem(root), library: opinionsLibrary(), notesFolder: 'notes', author: 'Li Wei', now: () => SAVE_TIME });
  process.stdout.write('ready\n');
  for (let save = 1; ; save++) {
    const outcome = await store.update(id, { note: savedNote(round, save) });
    if (!outcome.ok) {
      throw new Error(outcome.reason);
    }
    process.stdout.write(`${save}\n`);
  }
}

if (require.main === module) {
  const [root, round, id] = process.argv.slice(2);
  main(root, round, id).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
