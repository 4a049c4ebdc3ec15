import { alignDocument } from '../src/core/align/align';
import { PolicyDocument } from '../src/core/model';
import { Figure, median, sample } from './measure';

export async function benchAlignment(opinions: PolicyDocument): Promise<Figure[]> {
  const times = await sample(() => alignDocument(opinions), 20, 500);
  return [{ name: 'align the whole document (median)', value: median(times), unit: 'ms' }];
}
