/** A value computed on first use, so activation stays free of parsing and indexing. */
export class Lazy<T> {
  private value: { readonly current: T } | undefined;

  constructor(private readonly create: () => T) {}

  get(): T {
    this.value ??= { current: this.create() };
    return this.value.current;
  }

  get isCreated(): boolean {
    return this.value !== undefined;
  }
}
