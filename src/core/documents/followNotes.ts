import { NotesFileSystem } from '../storage';
import { loadSidecar, SIDECAR_FORMAT } from '../annotations/files/sidecarFile';
import { saveFile } from '../yaml';
import { Annotation, makeAnnotation } from '../annotations/model/annotation';
import { NotesLayout } from '../annotations/store/notesLayout';
import { PolicyDocument } from '../model';
import { Landing, planCarry } from '../versions/carryPlan';
import { compareVersions } from '../versions/compareVersions';
import { AddDocumentError } from './addDocument';
import { localized } from '../l10n/localized';

/** The notes files of a document whose text is replaced, rewritten so that each note follows its words. */
export interface FollowedNotes {
  /** Only the files that change, relative to the workspace. */
  readonly files: readonly { readonly path: string; readonly bytes: Uint8Array }[];
  /** How many notes landed how: on the same words ('exact'), on words slightly changed ('fuzzy'), on the provision that took over the text ('whole'), or kept with their quote as orphans. */
  readonly landings: Readonly<Record<Landing, number>>;
}

/**
 * When a document's text is replaced by another text of the same document (a corrected source,
 * one that numbers its articles differently), its notes are bound to provision numbers that may
 * now name other articles. Each note is moved as carrying notes to a new version moves it (see
 * planCarry): a span to the provision where its quote is found again (by quote and context), a
 * whole-provision note to the provision its old provision's text became, and a note whose words
 * or provision are gone stays, with its quote, as an orphan that the editor shows. Ids, coders,
 * tags and notes are kept; nothing is dropped. A notes file with errors refuses the whole
 * replacement (its path and line in the message), as it could not be rewritten without loss.
 */
export async function followNotes(fs: NotesFileSystem, notesFolder: string, from: PolicyDocument, to: PolicyDocument): Promise<FollowedNotes> {
  const layout = new NotesLayout(notesFolder);
  const paths = (await layout.discover(fs)).filter((path) => layout.documentOf(path) === from.id).sort();
  const comparison = compareVersions(from.provisions, to.provisions);
  const versions = { from: { id: from.id, provisions: from.provisions }, to: { id: to.id, provisions: to.provisions }, comparison };
  const landings: Record<Landing, number> = { exact: 0, fuzzy: 0, whole: 0, orphaned: 0 };
  const files: { path: string; bytes: Uint8Array }[] = [];
  for (const path of paths) {
    const bytes = await fs.readFile(path);
    if (!bytes) {
      continue;
    }
    const fileSlug = path.replace(/^.*\//, '').replace(/\.yaml$/, '');
    // Unknown tags are warnings only: the codebook is not needed to move notes.
    const loaded = loadSidecar(bytes, { documentId: from.id, document: from, tagIds: new Set(), fileSlug });
    const content = loaded.content;
    const problem = loaded.problems.find((candidate) => candidate.severity === 'error');
    if (!content || problem) {
      const where = problem ? `${path}:${problem.line}` : path;
      throw new AddDocumentError(localized('add.notesWithErrors', problem?.message ?? localized('add.cannotBeRead')), where);
    }
    const plan = planCarry(versions, content.annotations, () => false);
    const moved = new Map(plan.items.map((item) => [item.from.id, item]));
    const annotations = content.annotations.map((annotation): Annotation => {
      const item = moved.get(annotation.id);
      if (!item) {
        // No route (the new text has no provisions at all, which parsing refuses): kept as it was.
        landings.orphaned++;
        return annotation;
      }
      landings[item.landing]++;
      return makeAnnotation({ ...item.to, id: annotation.id });
    });
    const saved = saveFile(SIDECAR_FORMAT, loaded, { ...content, annotations });
    if (saved.status === 'refused') {
      throw new AddDocumentError(saved.reason, path);
    }
    if (saved.status === 'changed') {
      files.push({ path, bytes: new TextEncoder().encode(saved.source.text) });
    }
  }
  return { files, landings };
}
