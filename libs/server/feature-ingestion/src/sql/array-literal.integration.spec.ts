import { loadConfig } from '@ws/server-config';
import fc from 'fast-check';
import { Client } from 'pg';
import { arrayLiteral } from './array-literal';

/** What Postgres reads from the literal, as `pg` returns it. */
async function roundTrip<T>(client: Client, type: string, values: readonly unknown[]): Promise<T[]> {
  const result = await client.query<{ values: T[] }>(`SELECT $1::${type}[] AS values`, [arrayLiteral(values)]);
  return result.rows[0].values;
}

describe('arrayLiteral, read by a real Postgres', () => {
  const client = new Client({ connectionString: loadConfig(['DATABASE_URL']).DATABASE_URL });

  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it('gives back every text as it was: quotes, backslashes, commas, braces, blanks, the word NULL, any script', async () => {
    const text = fc.string({ unit: fc.constantFrom('"', '\\', ',', '{', '}', ' ', 'N', 'U', 'L', 'a', 'ق', '😀', '\t') });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(text, { nil: null }), { maxLength: 20 }), async (values) => {
        expect(await roundTrip(client, 'text', values)).toEqual(values);
      }),
      { numRuns: 200 },
    );
  });

  it('gives back every float8 exactly, the infinities included', async () => {
    const numbers = fc.array(fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.constantFrom(Infinity, -Infinity, 1704067200123.5)), { maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(numbers, async (values) => {
        expect(await roundTrip(client, 'float8', values)).toEqual(values.map((value) => (Object.is(value, -0) ? 0 : value)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads ints, bigints, booleans and dates', async () => {
    expect(await roundTrip(client, 'int', [1, null, -7])).toEqual([1, null, -7]);
    expect(await roundTrip(client, 'bigint', ['9007199254740993', 2])).toEqual(['9007199254740993', '2']);
    expect(await roundTrip(client, 'boolean', [true, false, null])).toEqual([true, false, null]);
    expect(await roundTrip(client, 'date', ['2026-03-01'])).toEqual([expect.any(Date)]);
  });
});
