import { AnnotationStore } from '../../core/annotations/store/store';
import { invocation } from '../commands/invocation';
import { Refused, isRefused } from '../commands/result';
import { storeToWrite } from './access';
import { AnnotationService } from './annotationService';

/** The two ways a command that writes notes runs, once it has a store it may write. */
export interface WriteCommandWays<T> {
  /** With an argument object: asks nothing; an unusable argument is refused with its reason. */
  readonly withArgs: (store: AnnotationStore, args: Record<string, unknown>) => Promise<T | Refused>;
  /** From a menu (the item: a tree node, an editor's URI) or the palette: asks for what is missing; undefined when dismissed. */
  readonly withUi: (store: AnnotationStore, item: unknown) => Promise<T | Refused | undefined>;
}

/** A command that writes notes: trust and the store are settled first, then the way it was run decides. */
export function writeCommand<T>(service: AnnotationService, ways: WriteCommandWays<T>): (value?: unknown) => Promise<T | Refused | undefined> {
  return async (value) => {
    const call = invocation(value);
    const store = await storeToWrite(service);
    if (isRefused(store)) {
      return store;
    }
    return 'args' in call ? ways.withArgs(store, call.args) : ways.withUi(store, call.item);
  };
}
