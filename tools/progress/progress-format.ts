/** What a progress line shows: how far a long command is, and how long it should still take. */
export interface ProgressState {
  label: string;
  done: number;
  total: number;
  /** What is counted, plural: "cases", "days". */
  unit: string;
  elapsedMs: number;
  /** Anything else worth a glance, e.g. "48,000 events accepted". */
  detail?: string;
}

const BAR_WIDTH = 24;
const COUNT = new Intl.NumberFormat('en-GB');

/** Time still needed at the average pace so far; null before anything is done (no pace yet). */
export function remainingMs(done: number, total: number, elapsedMs: number): number | null {
  if (done <= 0 || elapsedMs <= 0) return null;
  return Math.max(0, Math.round((elapsedMs * (total - done)) / done));
}

/** `45 s`, `3 min 05 s`, `1 h 02 min`: rounded to the second, never negative. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** `[##########..............]`: the share done, `width` characters wide. */
export function progressBar(done: number, total: number, width = BAR_WIDTH): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.floor(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

/**
 * One line: `Rebuild [#####...] 1,200 / 5,000 cases 24% · 12 s elapsed, about 38 s left · detail`.
 * A total below what is done (an estimate that ran short) is raised to it.
 */
export function formatProgress(state: ProgressState): string {
  const total = Math.max(state.total, state.done);
  const percent = total > 0 ? Math.floor((100 * state.done) / total) : 100;
  const left =
    state.done >= total ? 'done' : estimateText(remainingMs(state.done, total, state.elapsedMs));
  const counts = `${COUNT.format(state.done)} / ${COUNT.format(total)} ${state.unit} ${percent}%`;
  const time = `${formatDuration(state.elapsedMs)} elapsed, ${left}`;
  return [`${state.label} ${progressBar(state.done, total)} ${counts}`, time, state.detail]
    .filter(Boolean)
    .join(' · ');
}

function estimateText(ms: number | null): string {
  return ms === null ? 'estimating time left' : `about ${formatDuration(ms)} left`;
}
