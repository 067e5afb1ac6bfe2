import { DOCUMENT } from '@angular/common';
import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { ar } from './ar';
import type { Dictionary, Lang, TextDirection } from './dictionary';
import { LANGS } from './dictionary';
import { en } from './en';

const DICTIONARIES: Record<Lang, Dictionary> = { ar, en };
export const LANG_STORAGE_KEY = 'ws.dashboard.lang';
export const DEFAULT_LANG: Lang = 'ar';

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The dashboard's language: Arabic (RTL) by default, English (LTR) on request, remembered in
 * localStorage. Keeps `<html lang dir>` in step so the browser and CSS logical properties mirror
 * the layout.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly langState = signal<Lang>(this.readStoredLang());

  readonly lang = this.langState.asReadonly();
  readonly t = computed<Dictionary>(() => DICTIONARIES[this.langState()]);
  readonly dir = computed<TextDirection>(() => this.t().dir);
  readonly rtl = computed(() => this.dir() === 'rtl');
  readonly locale = computed(() => this.t().locale);

  constructor() {
    effect(() => {
      const lang = this.langState();
      const root = this.document.documentElement;
      root.lang = lang;
      root.dir = DICTIONARIES[lang].dir;
      this.document.title = DICTIONARIES[lang].app.productName;
      this.storage()?.setItem(LANG_STORAGE_KEY, lang);
    });
  }

  setLang(lang: Lang): void {
    this.langState.set(lang);
  }

  toggle(): void {
    this.langState.update((lang) => (lang === 'ar' ? 'en' : 'ar'));
  }

  /** `YYYY-MM-DD` -> short day label in the current language, e.g. "3 May" / "3 مايو". */
  formatDay(period: string, style: 'short' | 'long' = 'short'): string {
    const date = new Date(`${period}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) {
      return period;
    }
    return new Intl.DateTimeFormat(this.locale(), {
      timeZone: 'UTC',
      day: 'numeric',
      month: style === 'short' ? 'short' : 'long',
      ...(style === 'long' ? { year: 'numeric', weekday: 'short' } : {}),
    }).format(date);
  }

  formatNumber(value: number): string {
    return new Intl.NumberFormat(this.locale()).format(value);
  }

  private readStoredLang(): Lang {
    const stored = this.storage()?.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null; // storage disabled (privacy mode): the choice lasts for the session only
    }
  }
}
