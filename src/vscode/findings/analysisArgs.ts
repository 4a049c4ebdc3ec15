import * as vscode from 'vscode';
import { Axis, MEASURES, MatrixRequest, Measure, axisNamed } from '../../core/analysis/codeMatrix';
import { Restriction } from '../../core/analysis/restriction';
import { messageLanguage } from '../../core/l10n/localized';
import { Reader, coderNames, oneOf, optional, readArgs, tagIds } from '../commands/readers';
import { Result, ok, refusal } from '../commands/result';

const axis: Reader<Axis> = (value, name) =>
  typeof value === 'string' && /^[\p{L}\p{N}_-]+$/u.test(value) ? ok(axisNamed(value)) : refusal(vscode.l10n.t('"{0}" must be tags, documents, coders or an attribute name.', name));

const where: Reader<[string, string][]> = (value, name) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === 'string')
    ? ok(Object.entries(value as Record<string, string>))
    : refusal(vscode.l10n.t('"{0}" must be an object of attribute names and values, such as {"year": "2021"}.', name));

const RESTRICTION_READERS = { documents: optional(coderNames), where: optional(where), authors: optional(coderNames) };

/** `{ documents?, where?, authors? }`: documents by id, attribute values, coders by name. */
export function readRestriction(args: Record<string, unknown>): Result<Restriction> {
  const read = readArgs(args, RESTRICTION_READERS);
  if (!read.ok) {
    return read;
  }
  const { documents, where: pairs, authors } = read.value;
  return ok({ ...(documents && { documents }), ...(pairs && pairs.length > 0 && { where: pairs }), ...(authors && { authors }) });
}

/** `{ rows?, columns?, measure?, tags?, documents?, where?, authors? }`, as the matrix command of the CLI takes them. */
export function readMatrixRequest(args: Record<string, unknown>): Result<MatrixRequest> {
  const read = readArgs(args, { rows: optional(axis), columns: optional(axis), measure: optional(oneOf<Measure>(MEASURES)), tags: optional(tagIds) });
  const restriction = readRestriction(args);
  if (!read.ok) {
    return read;
  }
  if (!restriction.ok) {
    return restriction;
  }
  const { rows = 'tags', columns = 'documents', measure = 'passages', tags } = read.value;
  return ok({ rows, columns, measure, ...(tags && { tags }), restriction: restriction.value, language: messageLanguage() });
}
