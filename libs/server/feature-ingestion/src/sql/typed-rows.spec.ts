import { INSTANT, sqlValue, typedValues, ValueColumn } from './typed-rows';

interface Row {
  id: number;
  at: number | null;
}

const COLUMNS: readonly ValueColumn<Row>[] = [
  ['id', 'bigint', (row) => row.id],
  ['at', INSTANT, (row) => row.at],
];

describe('typedValues', () => {
  it('sends each column as one typed array, an instant column as epoch milliseconds', () => {
    const source = typedValues(COLUMNS, [{ id: 1, at: 1704067200123 }, { id: 2, at: null }], 3);
    expect(source.from).toBe('unnest($3::bigint[], $4::float8[]) WITH ORDINALITY AS x(id, at, n)');
    expect(source.parameters).toEqual(['{1,2}', '{1704067200123,NULL}']);
  });

  it('reads an instant column back as timestamptz and any other as it is', () => {
    expect(COLUMNS.map(sqlValue)).toEqual(['x.id', 'to_timestamp(x.at / 1000)']);
  });
});
