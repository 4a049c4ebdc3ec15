import { PolicyDocument } from '../model';
import { documentType } from '../parse/documentType';
import { shortTitleOf } from '../parse/shortTitle';
import { DocumentRecord } from './documentFile';

/**
 * What a list of documents shows of each (titles, issuers, dates, the version it revises, its
 * type and the user's attributes), without its text: the Provisions view's first level, and what
 * may group it. A parsed document is one; so is what a document.yaml written by `add` says.
 */
export type DocumentSummary = Pick<PolicyDocument, 'id' | 'title' | 'shortTitle' | 'issuers' | 'date' | 'dates' | 'revises' | 'type' | 'attributes'>;

/**
 * The summary a document.yaml gives alone: the very fields the parser would make of it, or
 * undefined when it needs the text for some of them. `add` writes every fact it found into
 * document.yaml (a title, a short title, issuers, dates when the text states them) and the SHA-1
 * of the file it added; a record written so says all the parser would say, and an absent fact
 * means the text had none. A record written by hand (no SHA-1, no short title, an English file
 * without an English short title) leaves the parser to fill in from the text: that document is
 * read.
 */
export function summaryOfRecord(record: DocumentRecord): DocumentSummary | undefined {
  const { facts, files } = record;
  const translated = files.english !== undefined;
  const zhTitle = facts.title?.zh;
  const zhShort = facts.shortTitle?.zh;
  if (files.sha1 === undefined || !zhTitle || !zhShort || (translated && (facts.shortTitle?.en === undefined || facts.title?.en === undefined))) {
    return undefined;
  }
  const issuers = { en: facts.issuers?.en ?? [], zh: facts.issuers?.zh ?? [] };
  const type = facts.type ?? documentType(zhTitle, issuers.zh);
  const title = { en: facts.title?.en ?? '', zh: zhTitle };
  // Without an English short title the parser gives one derived from the titles (the Chinese one's, untranslated).
  const derived = shortTitleOf(title);
  return {
    id: record.id,
    title,
    shortTitle: { en: facts.shortTitle?.en ?? (derived.en || derived.zh), zh: zhShort },
    issuers,
    date: facts.date ?? '',
    ...(facts.dates && { dates: facts.dates }),
    ...(type && { type }),
    ...(facts.revises && { revises: facts.revises }),
    ...(facts.attributes && Object.keys(facts.attributes).length > 0 && { attributes: facts.attributes }),
  };
}

/** A parsed document's summary (the same fields, for documents not read from a document.yaml). */
export function summaryOf(document: PolicyDocument): DocumentSummary {
  const { id, title, shortTitle, issuers, date, dates, revises, type, attributes } = document;
  return { id, title, shortTitle, issuers, date, ...(dates && { dates }), ...(revises && { revises }), ...(type && { type }), ...(attributes && { attributes }) };
}
