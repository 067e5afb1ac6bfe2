import { arrayLiteral, arrayLiterals } from './array-literal';

describe('arrayLiteral', () => {
  it('writes numbers bare, in their shortest exact form, with the float8 infinities', () => {
    expect(arrayLiteral([1, -2, 0.1, 1704067200123, 1e21, Infinity, -Infinity, 5n])).toBe('{1,-2,0.1,1704067200123,1e+21,Infinity,-Infinity,5}');
  });

  it('quotes every text element and escapes quotes and backslashes only', () => {
    expect(arrayLiteral(['plain', '', 'NULL', 'a,b {c}', 'say "hi"', 'back\\slash', ' padded '])).toBe(
      '{"plain","","NULL","a,b {c}","say \\"hi\\"","back\\\\slash"," padded "}',
    );
  });

  it('writes booleans as t and f, and null and undefined as NULL', () => {
    expect(arrayLiteral([true, false, null, undefined])).toBe('{t,f,NULL,NULL}');
  });

  it('writes an empty column as an empty array', () => {
    expect(arrayLiterals([], [1])).toEqual(['{}', '{1}']);
  });

  it('refuses an object rather than sending its text', () => {
    expect(() => arrayLiteral([new Date(0)])).toThrow('not [object Date]');
  });
});
