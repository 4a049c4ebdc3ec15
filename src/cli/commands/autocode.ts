import { AUTOCODE_SCOPES, AutocodeScope } from '../../core/autocode/autocode';
import { AutocodePlan, PlannedPassage, carryOutAutocode, planAutocode } from '../../core/autocode/plan';
import { Language, numberKey } from '../../core/model';
import { platform } from '../../platform/node';
import { Command, PROGRAM } from '../command';
import { GivenOptions } from '../options';
import { labelled } from '../text/layout';
import { UsageError } from '../usageError';
import { DEFAULT_NOTES_FOLDER, openNotes } from './notesFolder';
import { localized } from '../../core/l10n/localized';

const DEFAULT_SCOPE: AutocodeScope = 'sentence';

export const autocodeCommand: Command = {
  name: 'autocode',
  summary: `codes every passage that matches a query with tags, in your notes file (default folder ${DEFAULT_NOTES_FOLDER})`,
  details:
    'The query is words as the search reads them (the phrase, or all its words in one sentence; case and width ignored), ' +
    'a "quoted phrase" matched whole, or a /regular expression/flags. --scope sentence (the default) codes the sentence that holds ' +
    'each match, match the words matched, provision the whole provision. Passages you already coded with the tags are left as ' +
    'they are, so running it again adds nothing. Tags the codebook lacks are added to it. --dry-run prints the passages and writes nothing.',
  operands: [{ name: 'query', rest: true }],
  options: ['tags', 'document', 'scope', 'language', 'dry-run', 'author', 'notes'],
  async run({ operands, options }, context) {
    const tags = (options.value('tags') ?? '').split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
    if (tags.length === 0) {
      throw new UsageError(localized('cli.autocodeTags'));
    }
    const library = await context.library();
    const documentId = options.value('document');
    const document = documentId === undefined ? undefined : library.document(documentId);
    if (documentId !== undefined && !document) {
      throw new UsageError(localized('cli.noDocument', documentId, PROGRAM));
    }
    const author = options.value('author') ?? (await platform.defaultAuthor(context.cwd)) ?? 'anonymous';
    const { store } = await openNotes(options.value('notes'), library, context, { author, create: true });
    const plan = planAutocode(store, { query: operands.join(' '), tags, documents: document ? [document] : library.documents, scope: scopeOption(options), ...languageOption(options) });
    if ('refused' in plan) {
      throw new UsageError(plan.refused);
    }
    if (options.has('dry-run')) {
      return { json: planJson(plan, false), text: (width) => planText(plan, width, 'would be') };
    }
    const outcome = await carryOutAutocode(store, plan.passages, tags);
    if (!outcome.ok) {
      throw new Error(outcome.reason);
    }
    return { json: { ...planJson(plan, true), ...outcome.value, written: outcome.written }, text: (width) => planText(plan, width, 'coded') };
  },
};

function scopeOption(options: GivenOptions): AutocodeScope {
  const scope = options.value('scope') ?? DEFAULT_SCOPE;
  if (!AUTOCODE_SCOPES.includes(scope as AutocodeScope)) {
    throw new UsageError(localized('cli.scope', AUTOCODE_SCOPES.join(', '), scope));
  }
  return scope as AutocodeScope;
}

function languageOption(options: GivenOptions): { readonly language?: Language } {
  const language = options.value('language');
  if (language === undefined) {
    return {};
  }
  if (language !== 'en' && language !== 'zh') {
    throw new UsageError(localized('cli.languageMust', language));
  }
  return { language };
}

function planJson(plan: AutocodePlan, written: boolean): Record<string, unknown> {
  return {
    query: plan.query.source,
    kind: plan.query.kind,
    scope: plan.scope,
    tags: plan.tags,
    dryRun: !written,
    passages: plan.passages.map((passage) => ({
      document: passage.document,
      provision: passage.provision,
      ...(passage.span && { language: passage.span.language, start: passage.span.start, end: passage.span.end, text: passage.span.exact }),
      matches: passage.matches.map((match) => match.words),
      status: passage.status,
    })),
  };
}

/**
 * One paragraph per passage, under its document's id when they are in several, then the tally:
 * what is (or would be) coded, what was already.
 */
function planText(plan: AutocodePlan, width: number, done: 'coded' | 'would be'): string {
  const pending = plan.passages.filter((passage) => passage.status !== 'coded');
  const several = new Set(plan.passages.map((passage) => passage.document)).size > 1;
  const lines: string[] = [];
  let heading: string | undefined;
  for (const passage of plan.passages) {
    if (several && passage.document !== heading) {
      heading = passage.document;
      lines.push(`${heading}:`);
    }
    lines.push(labelled(`¶${numberKey(passage.provision)}`.padEnd(5), [passageLine(passage)], width).join('\n'));
  }
  const tags = plan.tags.join(', ');
  const newTags = plan.newTags.length > 0 ? `; new in the codebook: ${plan.newTags.join(', ')}` : '';
  const already = plan.passages.length - pending.length;
  const tally =
    plan.passages.length === 0
      ? `No passage matches ${plan.query.source}.`
      : `${pending.length} ${plural(pending.length, 'passage')} ${done === 'coded' ? 'coded' : 'would be coded'} [${tags}]${already > 0 ? `, ${already} already coded` : ''}${newTags}.`;
  return [...lines, tally].join('\n');
}

function passageLine(passage: PlannedPassage): string {
  const status = passage.status === 'coded' ? ' (already coded)' : passage.status === 'adds tags' ? ' (adds tags)' : '';
  const what = passage.span ? `${passage.span.language}: ${passage.span.exact}` : `whole provision (${passage.matches.map((match) => `“${match.words}”`).join(', ')})`;
  return `${what}${status}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
