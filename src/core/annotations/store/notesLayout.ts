import { authorSlug } from '../model/authorSlug';
import { joinPath, NotesFileSystem } from '../../storage';

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
    for (const documentId of await this.discoverDocuments(fs)) {
      paths.push(...(await this.discoverDocument(fs, documentId)));
    }
    return paths;
  }

  /** The documents that have a folder of sidecars. */
  async discoverDocuments(fs: NotesFileSystem): Promise<string[]> {
    return (await fs.readDirectory(this.folder)).flatMap(([folder, type]) => (type === 'directory' ? [folder] : []));
  }

  /** The sidecars of one document now (none when it has no folder). */
  async discoverDocument(fs: NotesFileSystem, documentId: string): Promise<string[]> {
    const folder = joinPath(this.folder, documentId);
    return (await fs.readDirectory(folder)).flatMap(([name, type]) => (type === 'file' && name.endsWith('.yaml') ? [joinPath(folder, name)] : []));
  }
}
