import { TestBed } from '@angular/core/testing';
import { ar } from './ar';
import { en } from './en';
import { I18n, LANG_STORAGE_KEY } from './i18n';

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
    expect(i18n.t().overview.chartTitle).toBe(en.overview.chartTitle);
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('starts in the remembered language and ignores garbage', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    expect(create().lang()).toBe('en');
    TestBed.resetTestingModule();
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    expect(create().lang()).toBe('ar');
  });

  it('formats days and numbers with Latin digits in both languages', () => {
    const i18n = create();
    expect(i18n.formatDay('2025-05-03')).toMatch(/3/);
    expect(i18n.formatNumber(1234)).toMatch(/1.?234/);
    i18n.setLang('en');
    expect(i18n.formatDay('2025-05-03')).toBe('3 May');
    expect(i18n.formatDay('not-a-date')).toBe('not-a-date');
  });

  it('has the same keys in every dictionary', () => {
    const keys = (d: object): string[] =>
      Object.entries(d).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v).map((s) => `${k}.${s}`) : [k],
      );
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });
});
