/**
 * `work` applied to every item, at most `limit` at a time, the results in the items' order. For
 * reading many small files: one after another, each waits out a round trip to the file system (an
 * IPC call in the editor), so a library of a thousand documents costs thousands of round trips in
 * a row; all at once would open thousands of files. The first failure rejects, as Promise.all does,
 * and no new work starts after it.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = await work(items[index], index);
      } catch (thrown) {
        failed = true;
        throw thrown;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
