import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runSlaEval } from './run-sla-eval';

const REPO_ROOT = path.resolve(__dirname, '../..');
const GOLDEN_FOLDER = path.resolve(REPO_ROOT, '../shared/golden');
const GOLDEN_FILE = path.join(GOLDEN_FOLDER, '05-exactly-on-target-is-met.json');

describe('sla:eval', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'sla-eval-'));
  const badFile = path.join(scratch, 'bad.json');
  writeFileSync(
    badFile,
    JSON.stringify({ ...JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')), calendar: { timezone: 'Asia/Qatar', weekly: { mon: [['07:00', '11:00'], ['10:00', '14:00']] } } }),
  );

  it('prints the golden output and a precise error line, exiting non-zero (real command)', () => {
    const run = spawnSync('npm', ['run', '-s', 'sla:eval', '--', GOLDEN_FILE, badFile], { cwd: REPO_ROOT, encoding: 'utf8' });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const expected = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')).expected;
    expect(JSON.parse(lines[0])).toEqual(expected);
    expect(JSON.parse(lines[1])).toEqual({ error: `${badFile}: calendar.weekly.mon[1]: window starts before the previous one ends` });
    expect(run.status).not.toBe(0);
  });

  it('keeps output fields in the order of the spec', () => {
    const { lines, failed } = runSlaEval([GOLDEN_FILE]);
    expect(failed).toBe(false);
    expect(Object.keys(JSON.parse(lines[0]).cases[0].cycles[0])).toEqual([
      'cycle', 'status', 'startedAt', 'stoppedAt', 'elapsedSeconds', 'progress', 'dueAt', 'breachedAt', 'decidedAt', 'atRisk',
    ]);
  });

  it('reports unreadable files, bad JSON and bad fields, and still evaluates the others', () => {
    const files: Record<string, string> = {
      'bad-json': '{',
      'bad-instant': JSON.stringify({ ...JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')), asOf: '2026-01-08T12:00:00' }),
      'bad-unit': JSON.stringify({ ...JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')), target: { amount: 3, unit: 'fortnights' } }),
    };
    const readText = (file: string): string => {
      if (file === GOLDEN_FILE) return readFileSync(file, 'utf8');
      if (file in files) return files[file];
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    };
    const { lines, failed } = runSlaEval(['missing', 'bad-json', 'bad-instant', 'bad-unit', GOLDEN_FILE], readText);
    expect(failed).toBe(true);
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed[0]).toEqual({ error: 'missing: cannot read the file (ENOENT)' });
    expect(parsed[1].error).toMatch(/^bad-json: invalid JSON: /);
    expect(parsed[2]).toEqual({ error: 'bad-instant: asOf: must be an ISO-8601 instant with an offset, got "2026-01-08T12:00:00"' });
    expect(parsed[3].error).toMatch(/^bad-unit: target\.unit: must be one of businessMinutes/);
    expect(parsed[4].cases).toHaveLength(2);
  });
});
