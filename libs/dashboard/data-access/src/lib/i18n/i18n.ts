import { DOCUMENT } from '@angular/common';
import type { Signal } from '@angular/core';
import { Injectable, computed, effect, inject, signal } from '@angular/core';
import type { DateStyle, Digits, FormatSettings, PercentFormatOptions } from '@ws/dashboard-util-format';
import {
  formatDate,
  formatDuration,
  formatNumber,
  formatPercent,
  isDigits,
  localeOf,
} from '@ws/dashboard-util-format';
import { ar } from './ar';
import type { Dictionary, Lang, TextDirection } from './dictionary';
import { LANGS } from './dictionary';
import { en } from './en';

const DICTIONARIES: Record<Lang, Dictionary> = { ar, en };
export const LANG_STORAGE_KEY = 'ws.dashboard.lang';
export const DIGITS_STORAGE_KEY = 'ws.dashboard.digits';
export const DEFAULT_LANG: Lang = 'ar';
export const DEFAULT_DIGITS: Digits = 'latn';

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The dashboard's language and digits: Arabic (RTL) by default, English (LTR) on request, Western
 * or Arabic-Indic digits; both remembered in localStorage. Keeps `<html lang dir>` in step so the
 * browser and CSS logical properties mirror the layout, and formats figures for the choice.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly langState = signal<Lang>(this.readStored(LANG_STORAGE_KEY, isLang, DEFAULT_LANG));
  private readonly digitsState = signal<Digits>(
    this.readStored(DIGITS_STORAGE_KEY, isDigits, DEFAULT_DIGITS),
  );

  readonly lang = this.langState.asReadonly();
  readonly digits = this.digitsState.asReadonly();
  readonly t = computed<Dictionary>(() => DICTIONARIES[this.langState()]);
  readonly dir = computed<TextDirection>(() => this.t().dir);
  readonly rtl = computed(() => this.dir() === 'rtl');
  readonly settings = computed<FormatSettings>(() => ({
    lang: this.langState(),
    digits: this.digitsState(),
  }));
  readonly locale = computed(() => localeOf(this.settings()));

  constructor() {
    effect(() => {
      const lang = this.langState();
      const root = this.document.documentElement;
      root.lang = lang;
      root.dir = DICTIONARIES[lang].dir;
      this.document.title = DICTIONARIES[lang].app.productName;
      this.storage()?.setItem(LANG_STORAGE_KEY, lang);
    });
    effect(() => this.storage()?.setItem(DIGITS_STORAGE_KEY, this.digitsState()));
  }

  setLang(lang: Lang): void {
    this.langState.set(lang);
  }

  toggle(): void {
    this.langState.update((lang) => (lang === 'ar' ? 'en' : 'ar'));
  }

  setDigits(digits: Digits): void {
    this.digitsState.set(digits);
  }

  /** A feature's own dictionary (one per language, typed alike) following the language. */
  select<T>(dictionaries: Record<Lang, T>): Signal<T> {
    return computed(() => dictionaries[this.langState()]);
  }

  /** The name of a bilingual catalogue entry in the current language. */
  name(entry: { nameAr: string; nameEn: string } | null | undefined): string {
    if (!entry) {
      return '';
    }
    return this.langState() === 'ar' ? entry.nameAr : entry.nameEn;
  }

  number(value: number | null | undefined, fractionDigits = 0): string {
    return formatNumber(value, this.settings(), { fractionDigits });
  }

  percent(ratio: number | null | undefined, options?: PercentFormatOptions): string {
    return formatPercent(ratio, this.settings(), options);
  }

  date(value: string, style?: DateStyle): string {
    return formatDate(value, this.settings(), style);
  }

  duration(ms: number | null | undefined): string {
    return formatDuration(ms, this.settings());
  }

  private readStored<T>(key: string, valid: (value: unknown) => value is T, fallback: T): T {
    const stored = this.storage()?.getItem(key);
    return valid(stored) ? stored : fallback;
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null; // storage disabled (privacy mode): the choice lasts for the session only
    }
  }
}
