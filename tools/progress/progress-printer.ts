import { formatProgress, ProgressState } from './progress-format';

/** Where progress goes: a TTY is redrawn in place, anything else (CI, a pipe) gets whole lines. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  label: string;
  unit: string;
  /** stderr by default, so that a command's stdout stays its result. */
  stream?: ProgressStream;
  now?: () => number;
  /** Not a TTY: one line at most this often (default 5 s), plus the last one. */
  lineEveryMs?: number;
  /** A TTY: redrawn at most this often (default 100 ms). */
  redrawEveryMs?: number;
}

/** A progress bar with counts and the time left, for long commands (demo load, rebuild). */
export class ProgressPrinter {
  private readonly stream: ProgressStream;
  private readonly now: () => number;
  private readonly started: number;
  private readonly everyMs: number;
  private lastPrinted = Number.NEGATIVE_INFINITY;
  private lastLength = 0;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.everyMs = this.stream.isTTY
      ? (options.redrawEveryMs ?? 100)
      : (options.lineEveryMs ?? 5000);
  }

  /** Reports the counts; printed when the last print is old enough. */
  update(done: number, total: number, detail?: string): void {
    const now = this.now();
    if (now - this.lastPrinted < this.everyMs) return;
    this.print(this.state(done, total, detail, now));
  }

  /** Prints the final counts (always), and ends the redrawn line. */
  finish(done: number, total: number, detail?: string): void {
    this.print(this.state(done, total, detail, this.now()));
    if (this.stream.isTTY) this.stream.write('\n');
  }

  private state(
    done: number,
    total: number,
    detail: string | undefined,
    now: number,
  ): ProgressState {
    return {
      label: this.options.label,
      unit: this.options.unit,
      done,
      total,
      detail,
      elapsedMs: now - this.started,
    };
  }

  private print(state: ProgressState): void {
    const line = formatProgress(state);
    this.lastPrinted = this.now();
    if (!this.stream.isTTY) {
      this.stream.write(`${line}\n`);
      return;
    }
    this.stream.write(`\r${line}${' '.repeat(Math.max(0, this.lastLength - line.length))}`);
    this.lastLength = line.length;
  }
}
