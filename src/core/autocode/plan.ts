import { resolveTagNames } from '../annotations/model/tagNames';
import { failure, Outcome } from '../storage';
import { AnnotationStore } from '../annotations/store/store';
import { Language, PolicyDocument } from '../model';
import { AutocodePassage, AutocodeScope, PassageStatus, autocodePassages, passageStatus } from './autocode';
import { AutocodeQuery, parseAutocodeQuery } from './query';
import { localized } from '../l10n/localized';

export interface AutocodeRequest {
  readonly query: string;
  /** Tag ids or labels; those the codebook lacks are added when the plan is carried out. */
  readonly tags: readonly string[];
  readonly documents: readonly PolicyDocument[];
  readonly scope: AutocodeScope;
  /** Only matches in this language; both when absent. */
  readonly language?: Language;
}

export interface PlannedPassage extends AutocodePassage {
  readonly status: PassageStatus;
}

/** What auto-coding will do: the preview, before anything is written. */
export interface AutocodePlan {
  readonly query: AutocodeQuery;
  readonly scope: AutocodeScope;
  /** The tags as the request named them (ids or labels), to be carried out with. */
  readonly tagNames: readonly string[];
  /** The tag ids, as they will be once new ones are added. */
  readonly tags: readonly string[];
  /** Tags the codebook does not have yet. */
  readonly newTags: readonly string[];
  /** Every passage a match falls in, coded or not yet. */
  readonly passages: readonly PlannedPassage[];
}

/** What auto-coding did. */
export interface AutocodeResult {
  readonly newTags: readonly string[];
  /** Passages coded for the first time, and passages of the coder's that got the tags they lacked. */
  readonly added: number;
  readonly tagged: number;
  /** Passages already coded with every tag. */
  readonly unchanged: number;
}

/** Finds the passages to code and what coding each would change for this store's coder; writes nothing. */
export function planAutocode(store: AnnotationStore, request: AutocodeRequest): AutocodePlan | { readonly refused: string } {
  const query = parseAutocodeQuery(request.query);
  if ('refused' in query) {
    return query;
  }
  if (request.tags.length === 0) {
    return { refused: localized('refusal.autocodeNoTags') };
  }
  const named = resolveTagNames(store.codebook, request.tags);
  if ('refused' in named) {
    return named;
  }
  const passages = request.documents.flatMap((document) => {
    const own = store.annotationsOn(document.id).filter((annotation) => store.pathOf(annotation.id) === store.sidecarPath(document.id));
    return autocodePassages(document, query, request.scope, request.language).map((passage) => ({ ...passage, status: passageStatus(passage, own, named.ids) }));
  });
  return { query, scope: request.scope, tagNames: request.tags, tags: named.ids, newTags: named.created.map((tag) => tag.id), passages };
}

/**
 * Codes the passages (all of a plan's, or those a person kept in the preview) with the tags named,
 * adding new tags to the codebook first; one save per document. Passages already coded stay as
 * they are, so running it again adds nothing.
 */
export async function carryOutAutocode(store: AnnotationStore, passages: readonly AutocodePassage[], tagNames: readonly string[]): Promise<Outcome<AutocodeResult>> {
  const provided = await store.provideTags(tagNames);
  if (!provided.ok) {
    return provided;
  }
  const written = [...provided.written];
  const totals = { added: 0, tagged: 0, unchanged: 0 };
  for (const document of [...new Set(passages.map((passage) => passage.document))]) {
    const coded = await store.code(
      document,
      passages.filter((passage) => passage.document === document),
      provided.value.ids,
    );
    if (!coded.ok) {
      return failure(totals.added + totals.tagged > 0 ? localized('refusal.autocodePartly', coded.reason) : coded.reason);
    }
    written.push(...coded.written);
    totals.added += coded.value.added.length;
    totals.tagged += coded.value.tagged.length;
    totals.unchanged += coded.value.unchanged.length;
  }
  return { ok: true, value: { newTags: provided.value.created.map((tag) => tag.id), ...totals }, written };
}
