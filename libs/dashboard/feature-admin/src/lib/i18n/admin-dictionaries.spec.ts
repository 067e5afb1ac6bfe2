import { ADMIN_DICTIONARIES } from './admin-dictionaries';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}.${key}`));
}

describe('administration dictionaries', () => {
  it('have the same keys in Arabic and English, none empty', () => {
    expect(keys(ADMIN_DICTIONARIES.ar)).toEqual(keys(ADMIN_DICTIONARIES.en));
    const texts = (d: object): string[] =>
      Object.values(d).flatMap((v: unknown) =>
        typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? texts(v) : [],
      );
    expect(texts(ADMIN_DICTIONARIES.ar).every((t) => t.trim().length > 0)).toBe(true);
  });
});
