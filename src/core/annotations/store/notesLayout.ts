import { authorSlug } from '../model/authorSlug';
import { NotesFileSystem, joinPath } from '../files/fileSystem';

/**
 * Where the files of a notes folder are: `<folder>/codebook.yaml` and one sidecar per document
 * and coder, `<folder>/<document-id>/<author-slug>.yaml`. Discovery lists the sidecars there.
 */
export class NotesLayout {
  readonly folder: string;
  readonly codebookPath: string;

  /** `folder` is relative to the workspace root, e.g. `notes`; '' is the root itself. */
  constructor(folder: string) {
    this.folder = joinPath(folder);
    this.codebookPath = joinPath(this.folder, 'codebook.yaml');
  }

  sidecarPath(documentId: string, author: string): string {
    return joinPath(this.folder, documentId, `${authorSlug(author)}.yaml`);
  }

  /** The document a sidecar path is for; undefined for a path that is not a sidecar's. */
  documentOf(path: string): string | undefined {
    const prefix = this.folder === '' ? '' : `${this.folder}/`;
    return path.startsWith(prefix) ? /^([^/]+)\/[^/]+\.yaml$/.exec(path.slice(prefix.length))?.[1] : undefined;
  }

  /** The sidecars in the folder now; rejects only when the folder cannot be listed. */
  async discover(fs: NotesFileSystem): Promise<string[]> {
    const paths: string[] = [];
    for (const [folder, type] of await fs.readDirectory(this.folder)) {
      if (type === 'directory') {
        for (const [name, entryType] of await fs.readDirectory(joinPath(this.folder, folder))) {
          if (entryType === 'file' && name.endsWith('.yaml')) {
            paths.push(joinPath(this.folder, folder, name));
          }
        }
      }
    }
    return paths;
  }
}
