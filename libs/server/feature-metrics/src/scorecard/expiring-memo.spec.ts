import { ExpiringMemo } from './expiring-memo';

describe('ExpiringMemo', () => {
  it('computes once per key until the entry expires', async () => {
    const memo = new ExpiringMemo<number>(1_000);
    let computed = 0;
    const compute = async () => ++computed;
    expect(await memo.get('a', 0, compute)).toBe(1);
    expect(await memo.get('a', 999, compute)).toBe(1);
    expect(await memo.get('b', 999, compute)).toBe(2);
    expect(await memo.get('a', 1_000, compute)).toBe(3);
  });

  it('forgets a failed computation', async () => {
    const memo = new ExpiringMemo<number>(1_000);
    await expect(memo.get('a', 0, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await memo.get('a', 1, async () => 7)).toBe(7);
  });
});
