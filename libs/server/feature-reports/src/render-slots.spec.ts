import { RenderBusyError, RenderSlots } from './render-slots';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('RenderSlots', () => {
  it('runs at most `limit` tasks at once, queues `maxWaiting` more in order and refuses the rest', async () => {
    const slots = new RenderSlots(2, 1);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, i) =>
      slots.run(async () => {
        started.push(i);
        await gate.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect({ active: slots.active, queued: slots.queued }).toEqual({ active: 2, queued: 1 });
    await expect(slots.run(async () => 'late')).rejects.toBeInstanceOf(RenderBusyError);
    gates[0]?.resolve();
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    expect({ active: slots.active, queued: slots.queued }).toEqual({ active: 2, queued: 0 });
    gates[1]?.resolve();
    gates[2]?.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(slots.active).toBe(0);
  });

  it('frees the slot when a task fails', async () => {
    const slots = new RenderSlots(1, 0);
    await expect(slots.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await slots.run(async () => 'next')).toBe('next');
  });
});
