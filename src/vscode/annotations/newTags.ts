import * as vscode from 'vscode';
import { AnnotationStore, Outcome } from '../../core/annotations/store/store';

/** A command's outcome, with the tags it added to the codebook on the way (absent when none). */
export type OutcomeWithTags<T> = Outcome<T> & { readonly newTags?: readonly string[] };

/**
 * Runs `work` on the ids of the tags named, once the codebook has them: a name the codebook
 * lacks becomes a new tag (see AnnotationStore.provideTags), which the outcome lists and a
 * message announces, so that no code is made unnoticed.
 */
export async function withTags<T>(store: AnnotationStore, names: readonly string[], work: (ids: readonly string[]) => Promise<Outcome<T>>): Promise<OutcomeWithTags<T>> {
  const provided = await store.provideTags(names);
  if (!provided.ok) {
    return provided;
  }
  const outcome = await work(provided.value.ids);
  const newTags = provided.value.created.map((tag) => tag.id);
  if (newTags.length === 0) {
    return outcome;
  }
  announceNewTags(newTags);
  return outcome.ok ? { ...outcome, written: [...new Set([...provided.written, ...outcome.written])], newTags } : { ...outcome, newTags };
}

export function announceNewTags(ids: readonly string[]): void {
  void vscode.window.showInformationMessage(vscode.l10n.t('Added to the codebook: {0}', ids.map((id) => `“${id}”`).join(', ')));
}
