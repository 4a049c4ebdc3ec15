import * as vscode from 'vscode';
import { AnnotationStore, Outcome } from '../../core/annotations/store/store';
import { AUTOCODE_SCOPES, AutocodeScope } from '../../core/autocode/autocode';
import { AutocodePlan, AutocodeResult, PlannedPassage, carryOutAutocode, planAutocode } from '../../core/autocode/plan';
import { Language, PolicyDocument, numberKey } from '../../core/model';
import { excerpt } from '../../core/references/excerpt';
import { ARGUMENT_MESSAGES } from '../commands/messages';
import { Call } from '../commands/declaration';
import { Values, documentIn, flag, oneOf, optional, tagIds, text } from '../commands/readers';
import { Refused, Result, isRefused, ok, refusal, refused } from '../commands/result';
import { reported } from './access';
import { NotesServices } from './notesServices';
import { writeCommand } from './writeCommand';
import { announceNewTags } from './newTags';
import { pickTags } from './tagPicks';

const PREVIEW_LENGTH = 90;

/** The passages of a plan, as data: what a dry run returns and a result lists. */
interface PlannedValue {
  readonly document: string;
  readonly provision: number;
  readonly language?: Language;
  readonly text?: string;
  readonly status: PlannedPassage['status'];
}

type AutocodeValue = AutocodeResult & { readonly passages: readonly PlannedValue[] };

export type AutocodeOutcome = (Outcome<AutocodeValue> & { readonly newTags?: readonly string[] }) | Refused | undefined;

/**
 * `policyAnnotator.autocode` `{ query, tags, document?, scope?, language?, preview?, dryRun?, at? }`
 * codes every passage that matches the query (words as the search reads them, a "quoted phrase"
 * or a /regular expression/) with the tags: the whole provision, the sentence (the default) or
 * the words matched, in every document unless one is named, or only the matches starting `at` the
 * places given (`{ document, provision, language, offset }`, the lines a concordance chose). Passages the coder already coded
 * with the tags are left alone. With `dryRun` it returns the passages and writes nothing; with
 * `preview` it first lists them, as it always does from the UI, where it asks for the query, the
 * tags and the scope, and codes the passages left checked.
 */
export function autocodeCommand(services: NotesServices): (call: Call<Values<typeof AUTOCODE_ARGS>, never>) => Promise<AutocodeOutcome> {
  return writeCommand(services.annotations, {
    withArgs: async (store, { query, tags, document, scope = 'sentence', language, preview: asks, dryRun, at }) => {
      const documents = await documentsNamed(services, document);
      if (!tags || tags.length === 0 || !documents.ok) {
        return refused(documents.ok ? ARGUMENT_MESSAGES.tags() : documents.reason);
      }
      const planned = planAutocode(store, { query, tags, documents: documents.value, scope, ...(language && { language }) });
      if ('refused' in planned) {
        return refused(planned.refused);
      }
      const plan = at ? { ...planned, passages: planned.passages.filter((passage) => matchesAt(passage, at)) } : planned;
      if (dryRun === true) {
        return { ok: true, value: { newTags: plan.newTags, added: 0, tagged: 0, unchanged: 0, passages: plan.passages.map(plannedValue) }, written: [] };
      }
      return code(store, plan, asks === true ? await preview(plan) : pending(plan));
    },
    withUi: async (store) => {
      const title = vscode.l10n.t('Auto-code');
      const query = await vscode.window.showInputBox({
        title,
        prompt: vscode.l10n.t('Words in English or Chinese, a "quoted phrase", or a /regular expression/'),
        placeHolder: '个人信息',
        validateInput: (input) => (input.trim() === '' ? vscode.l10n.t('Type what to look for.') : undefined),
      });
      const tags = query ? await pickTags(store, [], vscode.l10n.t('Auto-code “{0}” with', query)) : undefined;
      if (tags && isRefused(tags)) {
        return tags;
      }
      const scope = tags && tags.length > 0 ? await pickScope(title) : undefined;
      if (!query || !tags || !scope) {
        return undefined;
      }
      const plan = planAutocode(store, { query, tags, documents: (await services.shared.getLibrary()).documents, scope });
      return 'refused' in plan ? refused(plan.refused) : code(store, plan, await preview(plan));
    },
  });
}

/** Codes the passages chosen (none: undefined, when the preview was dismissed). */
async function code(store: AnnotationStore, plan: AutocodePlan, passages: readonly PlannedPassage[] | undefined): Promise<AutocodeOutcome> {
  if (!passages) {
    return undefined;
  }
  const outcome = await carryOutAutocode(store, passages, plan.tagNames);
  if (!outcome.ok) {
    return reported(outcome);
  }
  const { value } = outcome;
  if (value.newTags.length > 0) {
    announceNewTags(value.newTags);
  }
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Auto-coded {0} passages with {1} ({2} already coded).', value.added + value.tagged, plan.tags.join(', '), plan.passages.length - passages.length + value.unchanged),
  );
  const result = { ...outcome, value: { ...value, passages: passages.map(plannedValue) } };
  return value.newTags.length > 0 ? { ...result, newTags: value.newTags } : result;
}

function pending(plan: AutocodePlan): PlannedPassage[] {
  return plan.passages.filter((passage) => passage.status !== 'coded');
}

interface PassageItem extends vscode.QuickPickItem {
  readonly passage: PlannedPassage;
}

/**
 * Lists the passages that coding would change, all checked: Enter codes those left checked, Escape
 * nothing. Undefined when dismissed; an empty list when there is nothing to code.
 */
async function preview(plan: AutocodePlan): Promise<PlannedPassage[] | undefined> {
  const candidates = pending(plan);
  const coded = plan.passages.length - candidates.length;
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(
      plan.passages.length === 0
        ? vscode.l10n.t('No passage matches {0}.', plan.query.source)
        : vscode.l10n.t('Nothing to code: the {0} passages that match are already coded with {1}.', coded, plan.tags.join(', ')),
    );
    return [];
  }
  const items: PassageItem[] = candidates.map((passage) => ({
    label: passage.span ? excerpt(passage.span.exact, PREVIEW_LENGTH) : vscode.l10n.t('¶{0}, the whole provision', passage.provision),
    description: [`¶${numberKey(passage.provision)}`, passage.span?.language, passage.status === 'adds tags' ? vscode.l10n.t('adds tags') : undefined].filter(Boolean).join(' · '),
    detail: passage.matches.map((match) => `“${excerpt(match.words, 30)}”`).join(' '),
    picked: true,
    passage,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Auto-code {0} with {1}: {2} passages ({3} already coded)', plan.query.source, plan.tags.join(', '), candidates.length, coded),
    placeHolder: vscode.l10n.t('Uncheck what should not be coded, then press Enter'),
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.map((item) => item.passage);
}

async function pickScope(title: string): Promise<AutocodeScope | undefined> {
  const labels: Record<AutocodeScope, string> = {
    sentence: vscode.l10n.t('The sentence that holds each match'),
    match: vscode.l10n.t('The words matched'),
    provision: vscode.l10n.t('The whole provision'),
  };
  const items = (['sentence', 'match', 'provision'] as const).map((scope) => ({ label: labels[scope], scope }));
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('What to code around each match') }))?.scope;
}

function plannedValue(passage: PlannedPassage): PlannedValue {
  return {
    document: passage.document,
    provision: passage.provision,
    ...(passage.span && { language: passage.span.language, text: passage.span.exact }),
    status: passage.status,
  };
}

/** How `autocode` reads its argument object. */
export const AUTOCODE_ARGS = {
  query: text,
  tags: optional(tagIds),
  document: optional(text),
  scope: optional(oneOf<AutocodeScope>(AUTOCODE_SCOPES)),
  language: optional(oneOf<Language>(['en', 'zh'])),
  preview: optional(flag),
  dryRun: optional(flag),
  at: optional(places),
};

/** Where a match starts: a line of the concordance. */
interface Place {
  readonly document: string;
  readonly provision: number;
  readonly language: Language;
  readonly offset: number;
}

/** `at`: a list of places, each `{ document, provision, language, offset }`. */
function places(value: unknown): Result<Place[]> {
  const isPlace = (place: unknown): place is Place => {
    const { document, provision, language, offset } = (place ?? {}) as Partial<Record<keyof Place, unknown>>;
    return typeof document === 'string' && Number.isInteger(provision) && (language === 'en' || language === 'zh') && Number.isInteger(offset);
  };
  return Array.isArray(value) && value.every(isPlace) ? ok(value) : refusal(vscode.l10n.t('at must be a list of {0}.', '{ document, provision, language, offset }'));
}

/** Whether one of the passage's matches starts at one of the places: auto-coding only the lines a concordance chose. */
function matchesAt(passage: PlannedPassage, at: readonly Place[]): boolean {
  return passage.matches.some((match) => at.some((place) => place.document === passage.document && place.provision === passage.provision && place.language === match.language && place.offset === match.range.start));
}

/** The document named, or every document when none is. */
async function documentsNamed(services: NotesServices, id: string | undefined): Promise<{ readonly ok: true; readonly value: readonly PolicyDocument[] } | Refused> {
  const library = await services.shared.getLibrary();
  if (id === undefined) {
    return { ok: true, value: library.documents };
  }
  const document = documentIn(library)(id, 'document');
  return document.ok ? { ok: true, value: [document.value] } : document;
}
