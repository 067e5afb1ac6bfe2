import { TestBed } from '@angular/core/testing';
import { ar } from './ar';
import { en } from './en';
import { DIGITS_STORAGE_KEY, I18n, LANG_STORAGE_KEY } from './i18n';

describe('I18n', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('dir');
    document.documentElement.removeAttribute('lang');
  });

  function create(): I18n {
    const i18n = TestBed.inject(I18n);
    TestBed.tick(); // run the effect that writes <html lang dir>
    return i18n;
  }

  it('defaults to Arabic, right to left, on <html>', () => {
    const i18n = create();
    expect(i18n.lang()).toBe('ar');
    expect(i18n.rtl()).toBe(true);
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(i18n.t().app.productName).toBe(ar.app.productName);
  });

  it('switches to English LTR and remembers the choice', () => {
    const i18n = create();
    i18n.toggle();
    TestBed.tick();
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t().nav.scorecard).toBe(en.nav.scorecard);
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('starts in the remembered language and ignores garbage', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    expect(create().lang()).toBe('en');
    TestBed.resetTestingModule();
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    expect(create().lang()).toBe('ar');
  });

  it('formats figures with Western digits by default, Arabic-Indic on request, remembered', () => {
    const i18n = create();
    expect(i18n.number(1234)).toMatch(/1.?234/);
    expect(i18n.percent(0.5, { fractionDigits: 0 })).toContain('50');
    i18n.setDigits('arab');
    TestBed.tick();
    expect(i18n.number(1234)).toBe('١٬٢٣٤');
    expect(i18n.locale()).toBe('ar-QA-u-nu-arab');
    expect(localStorage.getItem(DIGITS_STORAGE_KEY)).toBe('arab');
    i18n.setLang('en');
    expect(i18n.date('2025-05-03', 'day')).toBe('٣ May');
    TestBed.resetTestingModule();
    expect(create().digits()).toBe('arab');
  });

  it('selects a feature dictionary and a catalogue name in the current language', () => {
    const i18n = create();
    const text = i18n.select({ ar: { hello: 'مرحبا' }, en: { hello: 'Hello' } });
    const entity = { nameAr: 'وزارة الداخلية', nameEn: 'Ministry of Interior' };
    expect(text().hello).toBe('مرحبا');
    expect(i18n.name(entity)).toBe('وزارة الداخلية');
    i18n.setLang('en');
    expect(text().hello).toBe('Hello');
    expect(i18n.name(entity)).toBe('Ministry of Interior');
    expect(i18n.name(null)).toBe('');
  });

  it('has the same keys in every dictionary', () => {
    const keys = (d: object): string[] =>
      Object.entries(d).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v).map((s) => `${k}.${s}`) : [k],
      );
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });
});
