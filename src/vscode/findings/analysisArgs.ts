import * as vscode from 'vscode';
import { isAttributeName } from '../../core/documents/documentAttributes';
import { Axis, MEASURES, MatrixRequest, Measure, axisNamed } from '../../core/analysis/codeMatrix';
import { CHART_KINDS, ChartKind, defaultAxes } from '../../core/analysis/chartSpecs';
import { Restriction } from '../../core/analysis/restriction';
import { messageLanguage } from '../../core/l10n/localized';
import { Reader, coderNames, oneOf, optional, readArgs, tagIds, text } from '../commands/readers';
import { Result, ok, refusal } from '../commands/result';

const axis: Reader<Axis> = (value, name) =>
  typeof value === 'string' && isAttributeName(value) ? ok(axisNamed(value)) : refusal(vscode.l10n.t('"{0}" must be tags, documents, coders or an attribute name.', name));

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

/** What a coding report selects: the passages of a tag expression (all coded ones without), restricted. */
export interface ReportRequest {
  readonly expression: string | undefined;
  readonly restriction: Restriction;
}

/** `{ expression?, documents?, where?, authors? }`. */
export function readReportRequest(args: Record<string, unknown>): Result<ReportRequest> {
  const expression = optional(text)(args.expression, 'expression');
  const restriction = readRestriction(args);
  if (!expression.ok) {
    return expression;
  }
  return restriction.ok ? ok({ expression: expression.value, restriction: restriction.value }) : restriction;
}

/** A chart to export: its kind, the matrix it draws (with the kind's default axes) and where to write it. */
export interface ChartRequest {
  readonly kind: ChartKind;
  readonly request: MatrixRequest;
  readonly target?: string;
}

/** `{ chart, target?, rows?, columns?, measure?, tags?, documents?, where?, authors? }`. */
export function readChartRequest(args: Record<string, unknown>): Result<ChartRequest> {
  const read = readArgs(args, { chart: oneOf<ChartKind>(CHART_KINDS), target: optional(text) });
  if (!read.ok) {
    return read;
  }
  const { chart, target } = read.value;
  const request = chartMatrixRequest(chart, args);
  return request.ok ? ok({ kind: chart, request: request.value, ...(target && { target }) }) : request;
}

/** The matrix a chart of `kind` draws: its default axes (and provisions for the network), unless `args` name others. */
export function chartMatrixRequest(kind: ChartKind, args: Record<string, unknown>): Result<MatrixRequest> {
  const axes = defaultAxes(kind);
  return readMatrixRequest({ rows: axes.rows, columns: axes.columns, ...(kind === 'network' && { measure: 'provisions' }), ...args });
}

/** The code matrix as a workbook, and where to write it. */
export interface WorkbookRequest {
  readonly target: string | undefined;
  readonly request: MatrixRequest;
}

/** `{ target?, rows?, columns?, measure?, tags?, documents?, where?, authors? }`. */
export function readWorkbookRequest(args: Record<string, unknown>): Result<WorkbookRequest> {
  const target = readArgs(args, { target: optional(text) });
  if (!target.ok) {
    return target;
  }
  const request = readMatrixRequest(args);
  return request.ok ? ok({ target: target.value.target, request: request.value }) : request;
}
