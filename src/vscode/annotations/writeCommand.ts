import { AnnotationStore } from '../../core/annotations/store/store';
import { Call } from '../commands/declaration';
import { Refused, isRefused } from '../commands/result';
import { storeToWrite } from './access';
import { AnnotationService } from './annotationService';

/** The two ways a command that writes notes runs, once it has a store it may write. */
export interface WriteCommandWays<A, I, T> {
  /** With an argument object, read by the command's declaration: asks nothing. */
  readonly withArgs: (store: AnnotationStore, args: A) => Promise<T | Refused>;
  /** From a menu (the item: a tree node, an editor's URI) or the palette: asks for what is missing; undefined when dismissed. */
  readonly withUi: (store: AnnotationStore, item: I | undefined) => Promise<T | Refused | undefined>;
}

/** A command that writes notes: trust and the store are settled first, then the way it was run decides. */
export function writeCommand<A, I, T>(service: AnnotationService, ways: WriteCommandWays<A, I, T>): (call: Call<A, I>) => Promise<T | Refused | undefined> {
  return async (call) => {
    const store = await storeToWrite(service);
    if (isRefused(store)) {
      return store;
    }
    return 'args' in call ? ways.withArgs(store, call.args) : ways.withUi(store, call.item);
  };
}
