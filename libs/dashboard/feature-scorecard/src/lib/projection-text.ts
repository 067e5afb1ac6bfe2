import type { ProjectionMethodCode, ProjectionVerdictCode } from '@ws/contracts';

export interface ProjectionText {
  title: string;
  intro: string;
  actual: string;
  projection: string;
  band: string;
  target: string;
  verdicts: Record<ProjectionVerdictCode, string>;
  atHorizon: (value: string, low: string, high: string) => string;
  needed: (points: string) => string;
  trend: (points: string) => string;
  tooFewMonths: (months: string, minimum: string) => string;
  methods: Record<ProjectionMethodCode, string>;
  basis: string;
  basisPeriod: (from: string, to: string, months: string, count: string) => string;
  chartLabel: (name: string) => string;
}

export const PROJECTION_TEXT: Record<'ar' | 'en', ProjectionText> = {
  ar: {
    title: 'هل سنبلغ مستهدفات 2030؟',
    intro:
      'الاتجاه الشهري ممتداً إلى يناير 2030 مع نطاق التوقع، والتحسن الشهري اللازم لبلوغ المستهدف.',
    actual: 'الفعلي الشهري',
    projection: 'التوقع',
    band: 'نطاق التوقع 90%',
    target: 'مستهدف 2030',
    verdicts: {
      on_course: '✓ على المسار: النطاق كله فوق المستهدف',
      uncertain: '! غير محسوم: المستهدف داخل نطاق التوقع',
      off_course: '✕ خارج المسار: النطاق كله دون المستهدف',
      insufficient_data: '? بيانات غير كافية للتوقع',
    },
    atHorizon: (value, low, high) =>
      `المتوقع في يناير 2030: ${value} (نطاق 90%: ${low} إلى ${high})`,
    needed: (points) => `التحسن اللازم: ${points} نقطة مئوية شهرياً`,
    trend: (points) => `الاتجاه الحالي: ${points} نقطة مئوية شهرياً`,
    tooFewMonths: (months, minimum) =>
      `لا يُرسم توقع: ${months} من الأشهر المكتملة فقط تستند إلى 30 حالة أو استجابة على الأقل، والمطلوب ${minimum}.`,
    methods: {
      leastSquaresMonthly:
        'المربعات الصغرى العادية على القيم الشهرية للأشهر المكتملة التي تستند إلى 30 حالة محسومة أو استجابة على الأقل، ممتدة إلى يناير 2030 مع فترة تنبؤ 90%؛ أقل من 6 أشهر: لا توقع.',
      noHistory:
        'لا يحفظ الكتالوج تاريخ الرقمنة: تظهر النسبة الحالية والتحسن الشهري اللازم دون توقع.',
    },
    basis: 'أساس التوقع',
    basisPeriod: (from, to, months, count) =>
      `${months} شهراً من ${from} إلى ${to}، على ${count} حالة أو استجابة`,
    chartLabel: (name) => `${name}: القيم الشهرية والتوقع حتى يناير 2030 مع نطاق 90% والمستهدف`,
  },
  en: {
    title: 'Will we make 2030?',
    intro:
      'The monthly trend extended to January 2030 with its uncertainty band, and the monthly improvement needed to reach the target.',
    actual: 'Monthly actual',
    projection: 'Projection',
    band: '90% prediction interval',
    target: '2030 target',
    verdicts: {
      on_course: '✓ On course: the whole band reaches the target',
      uncertain: '! Uncertain: the target lies inside the band',
      off_course: '✕ Off course: the whole band misses the target',
      insufficient_data: '? Insufficient data to project',
    },
    atHorizon: (value, low, high) =>
      `Projected for January 2030: ${value} (90% interval ${low} to ${high})`,
    needed: (points) => `Needed: ${points} percentage points a month`,
    trend: (points) => `Current trend: ${points} percentage points a month`,
    tooFewMonths: (months, minimum) =>
      `Not projected: only ${months} complete months stand on at least 30 cases or responses; ${minimum} are needed.`,
    methods: {
      leastSquaresMonthly:
        'Ordinary least squares on the monthly values of complete months with at least 30 decided cases or responses, extended to January 2030 with a 90% prediction interval; fewer than 6 months: no projection.',
      noHistory:
        'The catalogue keeps no history of digitisation: the share now and the monthly improvement it needs, without a projection.',
    },
    basis: 'Basis of the projection',
    basisPeriod: (from, to, months, count) =>
      `${months} months from ${from} to ${to}, on ${count} cases or responses`,
    chartLabel: (name) =>
      `${name}: monthly values and the projection to January 2030 with its 90% band and the target`,
  },
};
