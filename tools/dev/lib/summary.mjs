// Output formatting: the `npm start` banner and the `npm test` summary.
import { existsSync, readFileSync } from 'node:fs';

const bold = (s) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${s}\x1b[0m` : s);
const rule = '─'.repeat(72);

/** Parse the seed's last stdout line: {"signIns":[...],"feedKeys":[...]} (null when absent). */
export function parseSeedOutput(lines) {
  const last = [...lines].reverse().find((l) => l.trim());
  if (!last) return null;
  try {
    const data = JSON.parse(last);
    return data && typeof data === 'object' ? data : null;
  } catch {
    return null;
  }
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  return rows
    .map(
      (r) =>
        '    ' +
        r
          .map((c, i) => String(c ?? '').padEnd(widths[i]))
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

export function printStartBanner({ port, seed, services, steps, elapsedMs }) {
  const base = `http://localhost:${port}`;
  const out = [rule, bold('  Dev stack is up'), rule];
  out.push(
    `  Dashboard      ${base}/`,
    `  API            ${base}/api/v1`,
    `  OpenAPI docs   ${base}/api/docs`,
  );
  for (const s of services) out.push(`  ${s.name.padEnd(14)} ${s.where}`);
  if (seed?.signIns?.length) {
    out.push('', bold('  Sign-ins (created for this run)'));
    out.push(
      table([
        ['email', 'password', 'role', 'agency'],
        ...seed.signIns.map((s) => [s.email, s.password, s.role, s.agency ?? '']),
      ]),
    );
  } else {
    out.push('', '  (the seed printed no sign-ins)');
  }
  if (seed?.feedKeys?.length) {
    out.push('', bold('  Feed keys (header for ingestion)'));
    out.push(table([['agency', 'key'], ...seed.feedKeys.map((k) => [k.agency, k.key])]));
  }
  out.push('', `  Steps: ${steps.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
  out.push(bold(`  Start to first healthy response: ${(elapsedMs / 1000).toFixed(1)} s`));
  out.push('  Press Ctrl-C to stop everything.', rule);
  console.log(out.join('\n'));
}

/** Counts from a Jest --json output file, or null when it is missing or unreadable. */
export function jestCounts(file) {
  if (!file || !existsSync(file)) return null;
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    return {
      passed: j.numPassedTests ?? 0,
      // + suites that failed without a failing test (did not compile, hook crashed)
      failed:
        (j.numFailedTests ?? 0) +
        (j.testResults ?? []).filter(
          (r) => r.status === 'failed' && !r.assertionResults?.some((a) => a.status === 'failed'),
        ).length,
      skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
      suites: j.numTotalTestSuites ?? 0,
      failedSuites: j.numFailedTestSuites ?? 0,
    };
  } catch {
    return null;
  }
}

/**
 * phases: [{ name, ok, ms, counts?, note? }]. Prints a table and, as the very
 * last line, `N passed, N failed` (+ `, N skipped` when any).
 */
export function printTestSummary(phases) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const lines = ['', rule, bold('  Test summary'), rule];
  for (const p of phases) {
    const c = p.counts;
    if (c) for (const k of Object.keys(total)) total[k] += c[k];
    // A failed phase with no failed test (crash, build error) still counts as one failure.
    if (!p.ok && !p.skipped && (!c || c.failed === 0)) total.failed += 1;
    const status = p.skipped ? 'SKIP' : p.ok ? 'PASS' : 'FAIL';
    const counts = c
      ? `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (${c.suites} suites)`
      : '';
    const time = p.ms == null ? '' : `${(p.ms / 1000).toFixed(1)} s`;
    lines.push(
      `  ${status}  ${p.name.padEnd(22)} ${time.padStart(8)}  ${counts}${p.note ? `  ${p.note}` : ''}`,
    );
  }
  lines.push(rule);
  console.log(lines.join('\n'));
  console.log(
    `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
  );
  return total;
}
