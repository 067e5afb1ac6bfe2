import { BadRequestException } from '@nestjs/common';
import { FieldChecker } from './field-checker';

describe('FieldChecker', () => {
  it('returns clean values when every rule holds', () => {
    const check = new FieldChecker({ code: 'MOI', nameEn: ' Interior ', digitised: true, amount: 3, unit: 'workingDays' });
    expect(check.code('code')).toBe('MOI');
    expect(check.text('nameEn')).toBe('Interior');
    expect(check.boolean('digitised')).toBe(true);
    expect(check.number('amount', { min: 0, max: 100, exclusiveMin: true })).toBe(3);
    expect(check.oneOf('unit', ['workingDays', 'businessHours'] as const)).toBe('workingDays');
    expect(() => check.done()).not.toThrow();
  });

  it('collects every broken rule with its full field path', () => {
    const check = new FieldChecker({ code: 'bad code', sla: { target: { amount: 0 } } });
    check.code('code');
    check.text('nameAr');
    const target = check.nested('sla').nested('target');
    target.number('amount', { min: 0, max: 1000, exclusiveMin: true });
    target.oneOf('unit', ['workingDays'] as const);
    expect(check.errors.map((e) => `${e.field}:${e.rule}`)).toEqual([
      'code:code',
      'nameAr:text',
      'sla.target.amount:range',
      'sla.target.unit:one-of',
    ]);
    expect(() => check.done()).toThrow(BadRequestException);
  });

  it('refuses a body that is not an object', () => {
    const check = new FieldChecker([1, 2]);
    expect(check.errors).toEqual([{ field: '', rule: 'object', message: 'body must be a JSON object' }]);
  });

  it('takes only days that exist as dates', () => {
    const check = new FieldChecker({ ok: '2028-02-29', month: '2026-13-01', day: '2026-02-30', shape: '2026-1-1' });
    expect(check.date('ok')).toBe('2028-02-29');
    for (const field of ['month', 'day', 'shape']) expect(check.date(field)).toBe('');
    expect(check.errors.map((e) => `${e.field}:${e.rule}`)).toEqual(['month:date', 'day:date', 'shape:date']);
  });
});
