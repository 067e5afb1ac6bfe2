import type { Dictionary } from './dictionary';

export const en: Dictionary = {
  locale: 'en-GB',
  dir: 'ltr',
  app: {
    productName: 'National Service Performance Monitor',
    skipToContent: 'Skip to content',
    mainNav: 'Main navigation',
    otherLanguageName: 'العربية',
    switchLanguage: 'التبديل إلى العربية (Switch to Arabic)',
    demoData: 'Demo data',
  },
  nav: {
    overview: 'Overview',
  },
  overview: {
    title: 'Overview',
    rangeLegend: 'Period',
    from: 'From',
    to: 'To',
    invalidRange: 'The start date must be on or before the end date.',
    chartTitle: 'Resolved cases per day',
    seriesName: 'Resolved cases',
    valueAxisName: 'Cases',
    viewAs: 'View as',
    viewChart: 'Chart',
    viewTable: 'Table',
    tableCaption: 'Resolved cases per day',
    columnDate: 'Date',
    columnResolved: 'Resolved cases',
    total: 'Total',
    loading: 'Loading…',
    empty: 'No data for this period.',
    error: 'The data could not be loaded.',
    retry: 'Try again',
  },
};
