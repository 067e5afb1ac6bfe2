import type { ErrorBudgetServiceRow } from '@ws/contracts';
import { verdictOf } from './service-targets';

const row = (adherence: number | null, suppressed = false) =>
  ({ adherence, suppressed }) as ErrorBudgetServiceRow;

describe('verdictOf', () => {
  it('compares a service with the target, at the target counting as met', () => {
    expect(verdictOf(row(0.8), 0.8)).toBe('at');
    expect(verdictOf(row(0.95), 0.8)).toBe('at');
    expect(verdictOf(row(0.79), 0.8)).toBe('below');
  });

  it('does not judge a service with too few or no decided cycles', () => {
    expect(verdictOf(row(0.5, true), 0.8)).toBe('insufficient');
    expect(verdictOf(row(null, true), 0.8)).toBe('none');
  });
});
