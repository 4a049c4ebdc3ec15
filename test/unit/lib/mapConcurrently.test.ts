import * as assert from 'node:assert/strict';
import { mapConcurrently } from '../../../src/core/lib/mapConcurrently';

describe('mapConcurrently', () => {
  it('keeps the items order whatever order the work finishes in', async () => {
    const delays = [30, 5, 20, 0, 10, 15];
    const results = await mapConcurrently(delays, 3, (delay, index) => new Promise<string>((resolve) => setTimeout(() => resolve(`${index}:${delay}`), delay)));
    assert.deepEqual(results, ['0:30', '1:5', '2:20', '3:0', '4:10', '5:15']);
  });

  it('never runs more than the limit at once, and does run that many', async () => {
    let running = 0;
    let most = 0;
    await mapConcurrently([...Array(20).keys()], 4, async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running--;
    });
    assert.equal(most, 4);
  });

  it('rejects with the first failure and starts no work after it', async () => {
    const started: number[] = [];
    await assert.rejects(
      mapConcurrently([0, 1, 2, 3, 4, 5], 2, async (item) => {
        started.push(item);
        await Promise.resolve();
        if (item === 1) {
          throw new Error('refused');
        }
      }),
      /refused/,
    );
    assert.ok(!started.includes(4), `started ${started.join(', ')}`);
  });

  it('answers an empty list with an empty list', async () => {
    assert.deepEqual(await mapConcurrently([], 8, () => Promise.resolve(1)), []);
  });
});
