import { Codebook, Sidecar } from '../model/annotation';
import { replaceTag } from '../model/edits';
import { Refusal, isRefusal } from '../../storage';
import { refusalReason } from '../../yaml';
import { FileReport } from './fileReports';
import { Edit, failure, Outcome } from '../../storage';
import { localized } from '../../l10n/localized';

/** What renaming a tag needs of the store. */
export interface RetagSite {
  files(): FileReport[];
  usesTag(path: string, tagId: string): boolean;
  editCodebook<V>(edit: Edit<Codebook, V>): Promise<Outcome<V>>;
  editSidecar<V>(path: string, edit: Edit<Sidecar, V>): Promise<Outcome<V>>;
}

/**
 * Changes tag `from` to `to` in the codebook (by `editCodebook`) and in every sidecar that uses it
 * (other coders' files too, but only those). Refused as a whole if any file involved has errors.
 */
export async function retag(site: RetagSite, from: string, to: string, editCodebook: (codebook: Codebook) => Codebook | Refusal): Promise<Outcome<string>> {
  const blocked = site.files().find((file) => !file.writable && (file.kind === 'codebook' || site.usesTag(file.path, from)));
  if (blocked) {
    return failure(localized('refusal.notWrittenWhile', blocked.path, refusalReason(blocked.problems)));
  }
  const codebook = await site.editCodebook((current) => {
    const next = editCodebook(current);
    return isRefusal(next) ? next : { next, value: to };
  });
  if (!codebook.ok) {
    return codebook;
  }
  const written = [...codebook.written];
  const failures: string[] = [];
  // Every writable sidecar is re-read and edited, as one may have started to use the tag since it was
  // loaded; an edit that changes nothing writes nothing. Files with errors were checked above.
  for (const { path } of site.files().filter((file) => file.kind === 'notes' && file.writable)) {
    const outcome = await site.editSidecar(path, (current) => ({ next: replaceTag(current, from, to), value: undefined }));
    if (outcome.ok) {
      written.push(...outcome.written);
    } else {
      failures.push(outcome.reason);
    }
  }
  return failures.length > 0 ? failure(localized('refusal.retagPartly', failures.join('; '))) : { ok: true, value: to, written };
}
