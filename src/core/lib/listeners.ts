/** Functions called with each event, in the order they were added. */
export class Listeners<E> {
  private readonly listeners = new Set<(event: E) => void>();

  /** Calls `listener` with each event from now on; returns the function that stops it. */
  add(listener: (event: E) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  fire(event: E): void {
    this.listeners.forEach((listener) => listener(event));
  }
}
