/** Languages of the dashboard. Arabic is the default (government's primary language). */
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type TextDirection = 'rtl' | 'ltr';

/**
 * Every user-visible string of the dashboard. Each language file implements this interface, so
 * a missing or misspelt key is a compile error, not a blank label at run time.
 */
export interface Dictionary {
  /** BCP 47 locale for Intl formatting (Latin digits, Gregorian calendar). */
  locale: string;
  dir: TextDirection;
  app: {
    productName: string;
    skipToContent: string;
    mainNav: string;
    /** Text of the language button: the name of the other language, in that language. */
    otherLanguageName: string;
    /** Accessible label of the language button. */
    switchLanguage: string;
    demoData: string;
  };
  nav: {
    overview: string;
  };
  overview: {
    title: string;
    rangeLegend: string;
    from: string;
    to: string;
    invalidRange: string;
    chartTitle: string;
    seriesName: string;
    valueAxisName: string;
    viewAs: string;
    viewChart: string;
    viewTable: string;
    tableCaption: string;
    columnDate: string;
    columnResolved: string;
    total: string;
    loading: string;
    empty: string;
    error: string;
    retry: string;
  };
}
