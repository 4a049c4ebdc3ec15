import * as vscode from 'vscode';
import { PolicyDocument, Provision, findProvision } from '../../core/model';
import { QuoteLanguage, ReferenceFormat, SentenceSelection } from '../../core/references';
import { oneOf, optional, provisionNumber, sentenceSelection, text } from '../commands/readers';
import { Result, ok, refusal } from '../commands/result';
import { ActiveReferences } from './activeReferences';
import { noSuchProvision } from './messages';

/** What `insertReference` and `insertQuote` accept instead of asking. */
export interface ReferenceArgs {
  /** A document id; the library's default document when absent. */
  readonly document?: string;
  readonly provision: number;
  /** A format name; the draft's default format when absent. */
  readonly format?: string;
}

export interface QuoteArgs extends ReferenceArgs {
  readonly language?: QuoteLanguage;
  readonly sentences?: SentenceSelection;
}

/** How `insertReference` reads its argument object. */
export const REFERENCE_ARGS = { document: optional(text), provision: provisionNumber, format: optional(text) };

/** How `insertQuote` reads its argument object. */
export const QUOTE_ARGS = { ...REFERENCE_ARGS, language: optional(oneOf<QuoteLanguage>(['en', 'zh', 'both'])), sentences: optional(sentenceSelection) };

export interface ResolvedReference {
  readonly document: PolicyDocument;
  readonly provision: Provision;
  /** Absent when the arguments named none: the draft's default applies. */
  readonly format?: ReferenceFormat;
}

/** The document, provision and format the arguments name, or a message saying which does not exist. */
export function resolveReferenceArgs(active: ActiveReferences, args: ReferenceArgs): Result<ResolvedReference> {
  const document = active.library.document(args.document);
  if (!document) {
    return refusal(vscode.l10n.t('Unknown document "{0}".', args.document ?? ''));
  }
  const provision = findProvision(document, args.provision);
  if (!provision) {
    return refusal(noSuchProvision(document, args.provision));
  }
  const format = args.format === undefined ? undefined : active.format(args.format);
  if (args.format !== undefined && !format) {
    return refusal(vscode.l10n.t('There is no reference format "{0}" (there are: {1}).', args.format, active.insertableNames.join(', ')));
  }
  return ok({ document, provision, ...(format && { format }) });
}
