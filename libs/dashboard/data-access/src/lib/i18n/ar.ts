import type { Dictionary } from './dictionary';

export const ar: Dictionary = {
  locale: 'ar-QA-u-nu-latn',
  dir: 'rtl',
  app: {
    productName: 'المنصة الوطنية لمتابعة أداء الخدمات',
    skipToContent: 'انتقل إلى المحتوى',
    mainNav: 'التنقل الرئيسي',
    otherLanguageName: 'English',
    switchLanguage: 'Switch to English (التبديل إلى الإنجليزية)',
    demoData: 'بيانات تجريبية',
  },
  nav: {
    overview: 'نظرة عامة',
  },
  overview: {
    title: 'نظرة عامة',
    rangeLegend: 'الفترة',
    from: 'من',
    to: 'إلى',
    invalidRange: 'يجب أن يكون تاريخ البداية في تاريخ النهاية أو قبله.',
    chartTitle: 'المعاملات المنجزة يومياً',
    seriesName: 'المعاملات المنجزة',
    valueAxisName: 'المعاملات',
    viewAs: 'طريقة العرض',
    viewChart: 'رسم بياني',
    viewTable: 'جدول',
    tableCaption: 'المعاملات المنجزة يومياً',
    columnDate: 'التاريخ',
    columnResolved: 'المعاملات المنجزة',
    total: 'المجموع',
    loading: 'جارٍ التحميل…',
    empty: 'لا توجد بيانات لهذه الفترة.',
    error: 'تعذّر تحميل البيانات.',
    retry: 'إعادة المحاولة',
  },
};
