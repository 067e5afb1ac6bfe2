/** Languages the shared table parts speak (the dashboard's). */
export type UiLang = 'ar' | 'en';

export interface TableLabels {
  sortAscending: string;
  sortDescending: string;
  notSorted: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, pages: number, total: number) => string;
  pagination: string;
  downloadCsv: string;
  /** The API export's button once its row count is known. */
  downloadCsvRows: (rows: string) => string;
  downloadFailed: string;
  loading: string;
  empty: string;
  error: string;
  retry: string;
}

export const TABLE_LABELS: Readonly<Record<UiLang, TableLabels>> = {
  ar: {
    sortAscending: 'مرتب تصاعديا',
    sortDescending: 'مرتب تنازليا',
    notSorted: 'غير مرتب',
    previousPage: 'الصفحة السابقة',
    nextPage: 'الصفحة التالية',
    pageOf: (page, pages, total) => `صفحة ${page} من ${pages} (${total} سجل)`,
    pagination: 'التنقل بين الصفحات',
    downloadCsv: 'تنزيل CSV',
    downloadCsvRows: (rows) => `تنزيل CSV (${rows} صف)`,
    downloadFailed: 'تعذر التنزيل، أعد المحاولة.',
    loading: 'جار التحميل…',
    empty: 'لا توجد بيانات.',
    error: 'تعذر تحميل البيانات.',
    retry: 'إعادة المحاولة',
  },
  en: {
    sortAscending: 'sorted ascending',
    sortDescending: 'sorted descending',
    notSorted: 'not sorted',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: (page, pages, total) => `Page ${page} of ${pages} (${total} rows)`,
    pagination: 'Pagination',
    downloadCsv: 'Download CSV',
    downloadCsvRows: (rows) => `Download CSV (${rows} rows)`,
    downloadFailed: 'The download failed; try again.',
    loading: 'Loading…',
    empty: 'No data.',
    error: 'The data could not be loaded.',
    retry: 'Try again',
  },
};
