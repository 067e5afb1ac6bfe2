import { indexHandlers } from './job-worker-host';
import { JobHandler } from './jobs';

const handler = (): JobHandler => ({ jobName: 'apply-batch', handle: async () => undefined });

describe('indexHandlers', () => {
  it('accepts exactly one handler per job', () => {
    expect(indexHandlers([handler()]).size).toBe(1);
  });

  it('refuses a job without a handler', () => {
    expect(() => indexHandlers([])).toThrow('No handler for job(s): apply-batch');
  });

  it('refuses two handlers for one job', () => {
    expect(() => indexHandlers([handler(), handler()])).toThrow('Two handlers for job "apply-batch"');
  });
});
