import type { ProjectionVerdictCode } from '@ws/contracts';

export interface ReportText {
  title: (period: string) => string;
  national: string;
  generated: (when: string) => string;
  targetsTitle: string;
  indicator: string;
  thisMonth: string;
  yearToDate: string;
  expectedThisYear: string;
  target: string;
  status: string;
  statusNote: string;
  basisTitle: string;
  method: string;
  period: string;
  counts: string;
  countsOf: (part: string, whole: string) => string;
  catalogueNow: string;
  entitiesTitle: string;
  rank: string;
  entity: string;
  adherence: string;
  satisfaction: string;
  digitised: string;
  monthsTitle: string;
  month: string;
  opened: string;
  projectionTitle: string;
  projected: string;
  verdict: string;
  verdicts: Record<ProjectionVerdictCode, string>;
  needed: string;
  perMonth: (points: string) => string;
  noProjection: string;
  invalidMonth: string;
  loadFailed: string;
}

export const REPORT_TEXT: Record<'ar' | 'en', ReportText> = {
  ar: {
    title: (period) => `التقرير الشهري لأداء الخدمات الحكومية: ${period}`,
    national: 'دولة قطر (وطنياً)',
    generated: (when) => `أُعد في ${when} من أرقام بطاقة الأداء الوطنية`,
    targetsTitle: 'مستهدفات استراتيجية التنمية الوطنية الثالثة',
    indicator: 'المؤشر',
    thisMonth: 'الشهر',
    yearToDate: 'منذ بداية السنة',
    expectedThisYear: 'المتوقع هذا العام',
    target: 'مستهدف 2030',
    status: 'الحالة',
    statusNote:
      'الحالة وطنياً كما في بطاقة الأداء (منذ بداية السنة)، ولكل جهة كما في ترتيب الجهات للشهر.',
    basisTitle: 'أساس كل رقم',
    method: 'الطريقة',
    period: 'الفترة',
    counts: 'الأعداد',
    countsOf: (part, whole) => `${part} من ${whole}`,
    catalogueNow: 'الدليل الحالي (لا يحفظ تاريخاً)',
    entitiesTitle: 'ترتيب الجهات للشهر',
    rank: 'الترتيب',
    entity: 'الجهة',
    adherence: 'الالتزام',
    satisfaction: 'الرضا',
    digitised: 'الرقمنة',
    monthsTitle: 'الأشهر منذ بداية السنة',
    month: 'الشهر',
    opened: 'الحالات المفتوحة',
    projectionTitle: 'هل سنبلغ مستهدفات 2030؟',
    projected: 'المتوقع في يناير 2030 (نطاق 90%)',
    verdict: 'التقدير',
    verdicts: {
      on_course: '✓ على المسار',
      uncertain: '! غير محسوم',
      off_course: '✕ خارج المسار',
      insufficient_data: '? بيانات غير كافية',
    },
    needed: 'التحسن الشهري اللازم',
    perMonth: (points) => `${points} نقطة مئوية شهرياً`,
    noProjection: 'بيانات غير كافية للتوقع',
    invalidMonth: 'الشهر غير صالح: استخدم الصيغة YYYY-MM.',
    loadFailed: 'تعذر تحميل أرقام التقرير.',
  },
  en: {
    title: (period) => `Monthly government service performance report: ${period}`,
    national: 'State of Qatar (national)',
    generated: (when) => `Prepared on ${when} from the national scorecard's figures`,
    targetsTitle: 'The NDS3 targets',
    indicator: 'Indicator',
    thisMonth: 'Month',
    yearToDate: 'Year to date',
    expectedThisYear: 'Expected this year',
    target: '2030 target',
    status: 'Status',
    statusNote:
      "Status: nationally as on the scorecard (year to date); for an entity as in the month's ranking of entities.",
    basisTitle: 'Basis of each figure',
    method: 'Method',
    period: 'Period',
    counts: 'Counts',
    countsOf: (part, whole) => `${part} of ${whole}`,
    catalogueNow: 'the catalogue now (it keeps no history)',
    entitiesTitle: 'Entities ranked for the month',
    rank: 'Rank',
    entity: 'Entity',
    adherence: 'Adherence',
    satisfaction: 'Satisfaction',
    digitised: 'Digitised',
    monthsTitle: 'Months of the year so far',
    month: 'Month',
    opened: 'Cases opened',
    projectionTitle: 'Will we make 2030?',
    projected: 'Projected for January 2030 (90% interval)',
    verdict: 'Verdict',
    verdicts: {
      on_course: '✓ On course',
      uncertain: '! Uncertain',
      off_course: '✕ Off course',
      insufficient_data: '? Insufficient data',
    },
    needed: 'Monthly improvement needed',
    perMonth: (points) => `${points} percentage points a month`,
    noProjection: 'Insufficient data to project',
    invalidMonth: 'The month is not valid: use YYYY-MM.',
    loadFailed: "The report's figures could not be loaded.",
  },
};
