import { formatDuration, formatProgress, progressBar, remainingMs } from './progress-format';
import { ProgressPrinter } from './progress-printer';

describe('progress formatting', () => {
  it('estimates the time left at the average pace so far, and has no estimate before any progress', () => {
    expect(remainingMs(250, 1000, 10_000)).toBe(30_000);
    expect(remainingMs(1000, 1000, 10_000)).toBe(0);
    expect(remainingMs(0, 1000, 10_000)).toBeNull();
    expect(remainingMs(10, 1000, 0)).toBeNull();
  });

  it('writes durations in seconds, minutes or hours', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(44_600)).toBe('45 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
    expect(formatDuration(-5)).toBe('0 s');
  });

  it('draws the share done as a bar of a fixed width', () => {
    expect(progressBar(0, 10, 10)).toBe('[..........]');
    expect(progressBar(5, 10, 10)).toBe('[#####.....]');
    expect(progressBar(12, 10, 10)).toBe('[##########]');
    expect(progressBar(3, 0, 4)).toBe('[....]');
  });

  it('gives the counts, the share, the time elapsed and left, and the detail', () => {
    expect(
      formatProgress({
        label: 'Rebuild',
        done: 1250,
        total: 5000,
        unit: 'cases',
        elapsedMs: 12_000,
        detail: 'chunk 3',
      }),
    ).toBe(
      'Rebuild [######..................] 1,250 / 5,000 cases 25% · 12 s elapsed, about 36 s left · chunk 3',
    );
    expect(
      formatProgress({ label: 'Load', done: 0, total: 366, unit: 'days', elapsedMs: 500 }),
    ).toBe('Load [........................] 0 / 366 days 0% · 1 s elapsed, estimating time left');
    expect(
      formatProgress({ label: 'Load', done: 370, total: 366, unit: 'days', elapsedMs: 60_000 }),
    ).toBe('Load [########################] 370 / 370 days 100% · 1 min 00 s elapsed, done');
  });
});

describe('ProgressPrinter', () => {
  function stream(isTTY: boolean): {
    isTTY: boolean;
    written: string[];
    write: (text: string) => void;
  } {
    const written: string[] = [];
    return { isTTY, written, write: (text: string) => written.push(text) };
  }

  it('prints whole lines at most every lineEveryMs when not a TTY, and always the last one', () => {
    let now = 0;
    const out = stream(false);
    const printer = new ProgressPrinter({
      label: 'Rebuild',
      unit: 'cases',
      stream: out,
      now: () => now,
      lineEveryMs: 1000,
    });
    printer.update(1, 10);
    now = 500;
    printer.update(2, 10);
    now = 1000;
    printer.update(3, 10);
    printer.finish(10, 10);
    expect(out.written.map((line) => line.split(' [')[0])).toEqual([
      'Rebuild',
      'Rebuild',
      'Rebuild',
    ]);
    expect(out.written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(out.written[1]).toContain('3 / 10 cases');
  });

  it('redraws one line in place on a TTY, clearing what a longer line left, and ends it', () => {
    let now = 0;
    const out = stream(true);
    const printer = new ProgressPrinter({
      label: 'Load',
      unit: 'days',
      stream: out,
      now: () => now,
      redrawEveryMs: 100,
    });
    printer.update(5, 10, 'a long detail text');
    now = 200;
    printer.update(6, 10);
    printer.finish(10, 10);
    expect(out.written.slice(0, 3).every((text) => text.startsWith('\r'))).toBe(true);
    expect(out.written[1].length).toBeGreaterThanOrEqual(out.written[0].length);
    expect(out.written[3]).toBe('\n');
  });
});
