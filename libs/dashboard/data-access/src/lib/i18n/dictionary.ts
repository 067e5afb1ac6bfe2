/** Languages of the dashboard. Arabic is the default (government's primary language). */
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type TextDirection = 'rtl' | 'ltr';

/** Status of a figure against its trajectory (sla-clock.md, product.md). */
export type StatusName = 'green' | 'amber' | 'red' | 'grey';

/**
 * Strings the shell and every feature share. Each language file implements this interface, so a
 * missing or misspelt key is a compile error, not a blank label at run time. A feature keeps its
 * own page texts in its own dictionary, typed the same way, read with `I18n.select`.
 */
export interface Dictionary {
  dir: TextDirection;
  app: {
    productName: string;
    skipToContent: string;
    mainNav: string;
    /** Text of the language button: the name of the other language, in that language. */
    otherLanguageName: string;
    /** Accessible label of the language button. */
    switchLanguage: string;
    digits: string;
    digitsWestern: string;
    digitsArabic: string;
    demoData: string;
    demoDataNote: string;
    signOut: string;
    signedInAs: string;
    /** Live count in the header. */
    openBreaches: string;
    atRisk: string;
  };
  roles: Record<'central_office' | 'agency_manager' | 'leadership', string>;
  nav: {
    scorecard: string;
    tracking: string;
    review: string;
    admin: string;
    /** The public open-data page, linked for everyone (signed in or not). */
    openData: string;
  };
  common: {
    insufficientData: string;
    viewAs: string;
    viewChart: string;
    viewTable: string;
    basis: string;
    basisCount: string;
    basisCoverage: string;
    basisMethod: string;
    status: Record<StatusName, string>;
    target: string;
    trajectory: string;
    actual: string;
    national: string;
    all: string;
  };
}
