import { defaultCoderName } from '../../cli/coderName';
import { createExclusive } from '../../cli/nodeFileSystem';
import { Platform } from './platform';

export const platform: Platform = {
  kind: 'node',
  defaultAuthor: defaultCoderName,
  createExclusive,
};
