import { ariaSort, nextSort, pageOf, sortRows } from './sorting';

const rows = [
  { id: 'a', n: 3 as number | null },
  { id: 'b', n: null },
  { id: 'c', n: 1 },
  { id: 'd', n: 3 },
];
const valueOf = (row: (typeof rows)[number], key: 'id' | 'n') => row[key];

describe('sorting', () => {
  it('sorts ascending first, then toggles on the same column', () => {
    const first = nextSort(null, 'n');
    expect(first).toEqual({ key: 'n', direction: 'asc' });
    expect(nextSort(first, 'n')).toEqual({ key: 'n', direction: 'desc' });
    expect(nextSort({ key: 'id', direction: 'desc' }, 'n')).toEqual({ key: 'n', direction: 'asc' });
  });

  it('sorts stably with empty values last in both directions', () => {
    expect(sortRows(rows, { key: 'n', direction: 'asc' }, valueOf).map((r) => r.id)).toEqual([
      'c',
      'a',
      'd',
      'b',
    ]);
    expect(sortRows(rows, { key: 'n', direction: 'desc' }, valueOf).map((r) => r.id)).toEqual([
      'a',
      'd',
      'c',
      'b',
    ]);
    expect(sortRows(rows, null, valueOf)).toEqual(rows);
  });

  it('names the sort of a header for aria-sort', () => {
    expect(ariaSort({ key: 'n', direction: 'asc' }, 'n')).toBe('ascending');
    expect(ariaSort({ key: 'n', direction: 'desc' }, 'n')).toBe('descending');
    expect(ariaSort({ key: 'n', direction: 'desc' }, 'id')).toBe('none');
    expect(ariaSort(null, 'id')).toBe('none');
  });

  it('cuts 1-based pages', () => {
    expect(pageOf(rows, 2, 3).map((r) => r.id)).toEqual(['d']);
    expect(pageOf(rows, 0, 2).map((r) => r.id)).toEqual(['a', 'b']);
  });
});
