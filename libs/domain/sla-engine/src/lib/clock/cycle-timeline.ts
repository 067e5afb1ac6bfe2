import { EpochMillis } from '../time/zone';
import { CaseEvent, IgnoredEvent } from './clock-types';

export interface Pause {
  readonly from: EpochMillis;
  /** null while the pause lasts. */
  to: EpochMillis | null;
}

/** What the events say about one cycle: when it ran, paused and stopped. */
export interface CycleTimeline {
  readonly cycle: number;
  readonly startedAt: EpochMillis;
  readonly pauses: Pause[];
  stoppedAt: EpochMillis | null;
  cancelledAt: EpochMillis | null;
}

export interface CycleTimelines {
  readonly timelines: readonly CycleTimeline[];
  readonly ignored: readonly IgnoredEvent[];
}

type ClockState = 'not_opened' | 'running' | 'paused' | 'stopped' | 'cancelled';

/** Applies events already in clock order to the state machine of sla-clock.md §3. */
export function buildCycleTimelines(events: readonly CaseEvent[]): CycleTimelines {
  const timelines: CycleTimeline[] = [];
  const ignored: IgnoredEvent[] = [];
  let state: ClockState = 'not_opened';
  const current = (): CycleTimeline => timelines[timelines.length - 1];
  const startCycle = (at: EpochMillis): void => {
    timelines.push({ cycle: timelines.length + 1, startedAt: at, pauses: [], stoppedAt: null, cancelledAt: null });
    state = 'running';
  };
  const endPause = (at: EpochMillis): void => {
    const pauses = current().pauses;
    if (state === 'paused') pauses[pauses.length - 1].to = at;
  };

  for (const event of events) {
    const at = event.occurredAt;
    const isRunningOrPaused = state === 'running' || state === 'paused';
    let applied = true;
    switch (event.type) {
      case 'case.opened':
        if (state === 'not_opened') startCycle(at);
        else applied = false;
        break;
      case 'case.reopened':
        if (state === 'stopped') startCycle(at);
        else applied = false;
        break;
      case 'case.paused':
        if (state === 'running') {
          current().pauses.push({ from: at, to: null });
          state = 'paused';
        } else applied = false;
        break;
      case 'case.resumed':
        if (state === 'paused') {
          endPause(at);
          state = 'running';
        } else applied = false;
        break;
      case 'case.resolved':
      case 'case.closed':
        if (isRunningOrPaused) {
          endPause(at);
          current().stoppedAt = at;
          state = 'stopped';
        } else applied = false;
        break;
      case 'case.cancelled':
        if (isRunningOrPaused) {
          endPause(at);
          current().cancelledAt = at;
          state = 'cancelled';
        } else applied = false;
        break;
      default:
        ignored.push({ event, reason: 'not_a_clock_event' });
        continue;
    }
    if (!applied) ignored.push({ event, reason: state === 'not_opened' ? 'before_first_opened' : 'no_effect' });
  }
  return { timelines, ignored };
}

/** The intervals during which the cycle's clock runs, cut at `until` (which may be +Infinity). */
export function runningSegments(timeline: CycleTimeline, until: EpochMillis): { from: EpochMillis; to: EpochMillis }[] {
  const end = Math.min(until, timeline.stoppedAt ?? timeline.cancelledAt ?? Infinity);
  const segments: { from: EpochMillis; to: EpochMillis }[] = [];
  let cursor = timeline.startedAt;
  for (const pause of timeline.pauses) {
    if (pause.from >= end) break;
    if (pause.from > cursor) segments.push({ from: cursor, to: pause.from });
    cursor = pause.to ?? Infinity;
  }
  if (cursor < end) segments.push({ from: cursor, to: end });
  return segments;
}

export function isPausedAtEnd(timeline: CycleTimeline): boolean {
  const last = timeline.pauses[timeline.pauses.length - 1];
  return last !== undefined && last.to === null;
}
