import { localized } from '../l10n/localized';
import { MessageKey } from '../l10n/messages';
import { Axis, Measure } from './codeMatrix';

const AXIS_TITLES: Readonly<Record<string, MessageKey>> = { tags: 'matrix.axis.tags', documents: 'matrix.axis.documents', coders: 'matrix.axis.coders', 'attribute:year': 'chart.year' };

const MEASURE_TITLES: Readonly<Record<Measure, MessageKey>> = {
  passages: 'matrix.measure.passages',
  provisions: 'matrix.measure.provisions',
  documents: 'matrix.measure.documents',
  share: 'matrix.measure.share',
};

/** The heading of an axis in the UI's language: Tag, Document, Coder, Year, or the attribute's name. */
export function axisTitle(axis: Axis): string {
  const key = AXIS_TITLES[axis];
  return key ? localized(key) : axis.slice('attribute:'.length);
}

export function measureTitle(measure: Measure): string {
  return localized(MEASURE_TITLES[measure]);
}
