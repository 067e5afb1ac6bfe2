import { indexHandlers } from './job-worker-host';
import { JOB_NAMES, JobHandler, JobName } from './jobs';

const handler = (jobName: JobName = 'apply-batch'): JobHandler => ({ jobName, handle: async () => undefined });
const all = (): JobHandler[] => JOB_NAMES.map((name) => handler(name));

describe('indexHandlers', () => {
  it('accepts exactly one handler per job', () => {
    expect(indexHandlers(all()).size).toBe(JOB_NAMES.length);
  });

  it('refuses a job without a handler', () => {
    expect(() => indexHandlers([])).toThrow(`No handler for job(s): ${JOB_NAMES.join(', ')}`);
    expect(() => indexHandlers([handler('apply-batch')])).toThrow('No handler for job(s): sweep-transitions, recompute-open-cases');
  });

  it('refuses two handlers for one job', () => {
    expect(() => indexHandlers([...all(), handler()])).toThrow('Two handlers for job "apply-batch"');
  });
});
