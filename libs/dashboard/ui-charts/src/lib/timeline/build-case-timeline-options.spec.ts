import type { CaseTimelineCycle, CaseTimelineEvent } from '@ws/contracts';
import type { CaseTimelineOption } from './build-case-timeline-options';
import { buildCaseTimelineOptions } from './build-case-timeline-options';
import { cycleSegments } from './timeline-segments';

const at = (hour: number) => `2026-05-03T${String(hour).padStart(2, '0')}:00:00.000Z`;
const ms = (hour: number) => Date.parse(at(hour));

function cycle(overrides: Partial<CaseTimelineCycle>): CaseTimelineCycle {
  return {
    cycle: 1,
    status: 'running',
    startedAt: at(1),
    stoppedAt: null,
    cancelledAt: null,
    elapsedSeconds: 0,
    progress: 0,
    dueAt: null,
    breachedAt: null,
    decidedAt: null,
    atRisk: false,
    computedAt: at(12),
    pauses: [],
    acknowledgement: null,
    ...overrides,
  };
}

function event(type: string, hour: number): CaseTimelineEvent {
  return {
    eventId: `${type}-${hour}`,
    type,
    occurredAt: at(hour),
    receivedAt: at(hour),
    batchId: 'b',
    channel: null,
    reason: null,
    requestingAgency: null,
    survey: null,
    ignoredReason: null,
  };
}

const labels = {
  cycle: (n: number) => `Cycle ${n}`,
  events: 'Events',
  running: 'Running',
  paused: 'Paused',
  overdue: 'Overdue',
  due: 'Due',
  eventType: (type: string) => type.replace('case.', ''),
};

const breachedCycle = cycle({
  status: 'breached',
  stoppedAt: at(10),
  dueAt: at(7),
  breachedAt: at(7),
  pauses: [{ from: at(3), to: at(5), reason: 'awaiting_customer' }],
});
const reopened = cycle({
  cycle: 2,
  startedAt: at(11),
  dueAt: at(20),
  pauses: [{ from: at(12), to: null, reason: null }],
});
const timeline = {
  cycles: [breachedCycle, reopened],
  events: [event('case.opened', 1), event('case.resolved', 10), event('case.reopened', 11)],
};
const now = ms(14);

type Series = { type: string; name: string; data: { value: number[]; name?: string }[] };
const series = (o: CaseTimelineOption) => o.series as unknown as Series[];
const byName = (o: CaseTimelineOption, name: string) => series(o).find((s) => s.name === name);
const axis = (o: CaseTimelineOption, key: 'xAxis' | 'yAxis') => o[key] as Record<string, unknown>;

describe('cycleSegments', () => {
  it('splits a cycle into running, paused and overdue stretches', () => {
    expect(cycleSegments(breachedCycle, now)).toEqual([
      { cycle: 1, kind: 'running', start: ms(1), end: ms(3) },
      { cycle: 1, kind: 'paused', start: ms(3), end: ms(5) },
      { cycle: 1, kind: 'running', start: ms(5), end: ms(7) },
      { cycle: 1, kind: 'overdue', start: ms(7), end: ms(10) },
    ]);
  });

  it('runs an open cycle and an open pause to now', () => {
    expect(cycleSegments(reopened, now)).toEqual([
      { cycle: 2, kind: 'running', start: ms(11), end: ms(12) },
      { cycle: 2, kind: 'paused', start: ms(12), end: ms(14) },
    ]);
  });
});

describe('buildCaseTimelineOptions', () => {
  it('puts events on the first row and each cycle on its own row, with due markers', () => {
    const o = buildCaseTimelineOptions(timeline, { rtl: false, labels, now });
    expect(axis(o, 'yAxis')['data']).toEqual(['Events', 'Cycle 1', 'Cycle 2']);
    expect(axis(o, 'xAxis')['type']).toBe('time');
    expect(byName(o, 'Running')?.data.map((d) => d.value)).toEqual([
      [1, ms(1), ms(3)],
      [1, ms(5), ms(7)],
      [2, ms(11), ms(12)],
    ]);
    expect(byName(o, 'Paused')?.data.map((d) => d.value)).toEqual([
      [1, ms(3), ms(5)],
      [2, ms(12), ms(14)],
    ]);
    expect(byName(o, 'Overdue')?.data.map((d) => d.value)).toEqual([[1, ms(7), ms(10)]]);
    expect(byName(o, 'Events')?.data).toEqual([
      { name: 'opened', value: [ms(1), 0] },
      { name: 'resolved', value: [ms(10), 0] },
      { name: 'reopened', value: [ms(11), 0] },
    ]);
    expect(byName(o, 'Due')?.data.map((d) => d.value)).toEqual([
      [ms(7), 1],
      [ms(20), 2],
    ]);
  });

  it('lays out left to right in LTR: time forwards, rows and legend on the left', () => {
    const o = buildCaseTimelineOptions(timeline, { rtl: false, labels, now });
    expect(axis(o, 'xAxis')['inverse']).toBe(false);
    expect(axis(o, 'yAxis')['position']).toBe('left');
    expect(o.legend).toMatchObject({ left: 0, align: 'left' });
    expect(o.grid).toMatchObject({ left: 8, right: 16 });
  });

  it('mirrors for RTL: inverse time axis, row axis, legend and tooltip on the right', () => {
    const o = buildCaseTimelineOptions(timeline, { rtl: true, labels, now });
    expect(axis(o, 'xAxis')['inverse']).toBe(true);
    expect(axis(o, 'yAxis')['position']).toBe('right');
    expect(o.legend).toMatchObject({ right: 0, align: 'right' });
    expect(o.legend).not.toHaveProperty('left');
    expect(o.grid).toMatchObject({ right: 8, left: 16 });
    expect((o.tooltip as { extraCssText: string }).extraCssText).toContain('direction: rtl');
    // only the axes mirror: the data is the same in both directions
    const ltr = buildCaseTimelineOptions(timeline, { rtl: false, labels, now });
    expect(series(o).map((s) => s.data)).toEqual(series(ltr).map((s) => s.data));
  });

  it('formats axis labels and tooltips with the given formatter', () => {
    const o = buildCaseTimelineOptions(timeline, {
      rtl: true,
      labels,
      now,
      formatTime: (t) => `t${t}`,
    });
    const formatter = (axis(o, 'xAxis')['axisLabel'] as { formatter: (v: number) => string })
      .formatter;
    expect(formatter(5)).toBe('t5');
    const paused = series(o).find((s) => s.name === 'Paused') as unknown as {
      tooltip: { formatter: (p: unknown) => string };
    };
    expect(paused.tooltip.formatter({ value: [1, 3, 5] })).toBe('Paused: t3 – t5');
  });

  it('handles a case with no cycles yet', () => {
    const o = buildCaseTimelineOptions({ cycles: [], events: [] }, { rtl: false, labels, now });
    expect(axis(o, 'yAxis')['data']).toEqual(['Events']);
    expect(series(o).every((s) => s.data.length === 0)).toBe(true);
  });
});
