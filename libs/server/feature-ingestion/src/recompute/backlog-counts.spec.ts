import { BacklogTally, backlogState } from './backlog-counts';
import { CaseSnapshot, CycleRow } from './case-types';

const cycle = (number: number, status: CycleRow['status'], atRisk = false): CycleRow => ({
  cycle: number,
  status,
  startedAt: 0,
  stoppedAt: null,
  cancelledAt: null,
  elapsedSeconds: 0,
  progress: 0,
  dueAt: null,
  atRisk50At: null,
  atRisk75At: null,
  breachedAt: null,
  decidedAt: null,
  atRisk,
});

const snapshot: CaseSnapshot = { agencyId: 1, serviceId: 7, requestingAgencyId: 0, channel: 'web', survey: null };

describe('backlogState', () => {
  it('counts an open case by its last cycle: running or paused apart from at risk, breached while open', () => {
    expect(backlogState(true, [cycle(1, 'running')])).toBe('running');
    expect(backlogState(true, [cycle(1, 'paused')])).toBe('paused');
    expect(backlogState(true, [cycle(1, 'paused', true)])).toBe('at_risk');
    expect(backlogState(true, [cycle(1, 'running', true)])).toBe('at_risk');
    expect(backlogState(true, [cycle(1, 'breached_open', true)])).toBe('breached');
  });

  it('looks only at the last cycle, whatever the order, and never at a closed case', () => {
    expect(backlogState(true, [cycle(2, 'running'), cycle(1, 'breached_open')])).toBe('running');
    expect(backlogState(true, [cycle(1, 'running'), cycle(2, 'met')])).toBeNull();
    expect(backlogState(false, [cycle(1, 'running')])).toBeNull();
    expect(backlogState(true, [])).toBeNull();
  });
});

describe('BacklogTally', () => {
  it('moves a case from its old state to its new one, and drops what cancels out', () => {
    const tally = new BacklogTally();
    tally.addCase(snapshot, true, [cycle(1, 'running')], -1);
    tally.addCase(snapshot, true, [cycle(1, 'running', true)], 1);
    tally.addCase({ ...snapshot, channel: 'mobile' }, true, [cycle(1, 'paused')], -1);
    tally.addCase({ ...snapshot, channel: 'mobile' }, true, [cycle(1, 'paused')], 1);
    tally.addCase({ ...snapshot, serviceId: null }, true, [cycle(1, 'running')], 1);
    expect(tally.changes()).toEqual([
      { serviceId: 7, agencyId: 1, requestingAgencyId: 0, channel: 'web', counts: { running: -1, paused: 0, at_risk: 1, breached: 0 } },
    ]);
  });
});
