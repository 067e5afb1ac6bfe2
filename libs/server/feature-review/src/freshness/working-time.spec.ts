import { isStale, workingMillisBetween } from './working-time';

const HOUR = 3_600_000;

describe('working time of a feed (Sun-Thu, Asia/Qatar)', () => {
  it('does not count Friday and Saturday', () => {
    // Thursday 26 Nov 2026 12:00 Doha to Sunday 29 Nov 12:00 Doha: 12 h Thursday + 12 h Sunday.
    const from = Date.parse('2026-11-26T12:00:00+03:00');
    const to = Date.parse('2026-11-29T12:00:00+03:00');
    expect(workingMillisBetween(from, to, Infinity)).toBe(24 * HOUR);
  });

  it('calls a feed stale after more than the expected working interval, or when it never sent', () => {
    const thursdayNoon = Date.parse('2026-11-26T12:00:00+03:00');
    expect(isStale(thursdayNoon, Date.parse('2026-11-29T11:59:00+03:00'), 24 * HOUR)).toBe(false);
    expect(isStale(thursdayNoon, Date.parse('2026-11-29T12:01:00+03:00'), 24 * HOUR)).toBe(true);
    expect(isStale(null, thursdayNoon, 24 * HOUR)).toBe(true);
  });
});
