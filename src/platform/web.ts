import { Platform } from './platform';

/** A web worker can run neither git nor ask the OS: the author comes from the setting alone. */
export const platform: Platform = {
  kind: 'web',
  defaultAuthor: async () => undefined,
};
