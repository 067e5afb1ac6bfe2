import { NO_INSTANT, instantColumn } from './instant-column';

interface Row {
  dueAt: string | null;
}

describe('instantColumn', () => {
  const column = instantColumn<Row>(
    'due',
    'Due',
    (r) => r.dueAt,
    (iso) => `formatted ${iso}`,
  );
  const due: Row = { dueAt: '2026-11-27T10:00:00.000Z' };
  const missing: Row = { dueAt: null };

  it('shows the formatted instant, or a dash when there is none', () => {
    expect(column.text(due)).toBe('formatted 2026-11-27T10:00:00.000Z');
    expect(column.text(missing)).toBe(NO_INSTANT);
  });

  it('sorts and exports the ISO text itself', () => {
    expect(column.sortValue?.(due)).toBe(due.dueAt);
    expect(column.csv?.(due)).toBe(due.dueAt);
    expect(column.csv?.(missing)).toBeNull();
  });

  it('keeps the key and the label', () => {
    expect([column.key, column.label]).toEqual(['due', 'Due']);
  });
});
