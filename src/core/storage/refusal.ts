/** Why an edit was not made, in a sentence for the person who asked for it. */
export interface Refusal {
  readonly refused: string;
}

export function refuse(reason: string): Refusal {
  return { refused: reason };
}

export function isRefusal<T extends object>(value: T | Refusal): value is Refusal {
  return 'refused' in value;
}
