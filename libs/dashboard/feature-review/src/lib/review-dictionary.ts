import type { BreachReviewCategory } from '@ws/contracts';
import type { Lang } from '@ws/dashboard-data-access';

/** Labels of the breach review page; Arabic and English implement it alike. */
export interface ReviewDictionary {
  title: string;
  filters: string;
  agency: string;
  allAgencies: string;
  service: string;
  allServices: string;
  from: string;
  to: string;
  categories: Record<BreachReviewCategory, string>;
  categoryNav: string;
  live: (openBreaches: string, atRisk: string, lastWeek: string) => string;
  liveTitle: string;
  tableCaption: (category: string) => string;
  columns: {
    case: string;
    cycle: string;
    service: string;
    status: string;
    due: string;
    breached: string;
    progress: string;
    acknowledged: string;
  };
  notAcknowledged: string;
  empty: string;
  targets: {
    title: string;
    caption: string;
    service: string;
    decided: string;
    adherence: string;
    target: string;
    headroom: string;
    verdict: string;
    verdicts: Record<'at' | 'below' | 'insufficient' | 'none', string>;
    chooseAgency: string;
    period: (from: string, to: string) => string;
  };
}

const en: ReviewDictionary = {
  title: 'Breach review',
  filters: 'Filters',
  agency: 'Entity',
  allAgencies: 'All entities',
  service: 'Service',
  allServices: 'All services',
  from: 'Breached from',
  to: 'to',
  categories: {
    open_breach: 'Open breaches',
    at_risk: 'At risk',
    recent_breach: 'Recent breaches',
  },
  categoryNav: 'Lists',
  live: (open, risk, week) =>
    `${open} open breaches · ${risk} at risk · ${week} breached in the last 7 days`,
  liveTitle: 'Now (updates every 20 seconds)',
  tableCaption: (category) => category,
  columns: {
    case: 'Case',
    cycle: 'Cycle',
    service: 'Service',
    status: 'Status',
    due: 'Due',
    breached: 'Breached',
    progress: 'Share of target used',
    acknowledged: 'Acknowledgement',
  },
  notAcknowledged: '○ not yet',
  empty: 'Nothing in this list.',
  targets: {
    title: 'Own services against targets',
    caption: 'SLA adherence per service, this quarter to date (first cycles)',
    service: 'Service',
    decided: 'Decided cycles',
    adherence: 'Within SLA',
    target: 'Target',
    headroom: 'Breaches to spare',
    verdict: 'Against target',
    verdicts: {
      at: '✓ at or above target',
      below: '✗ below target',
      insufficient: '◌ too few decided cycles',
      none: '— nothing decided',
    },
    chooseAgency: 'Choose an entity to see its services against their targets.',
    period: (from, to) => `${from} – ${to}`,
  },
};

const ar: ReviewDictionary = {
  title: 'مراجعة التجاوزات',
  filters: 'عوامل التصفية',
  agency: 'الجهة',
  allAgencies: 'كل الجهات',
  service: 'الخدمة',
  allServices: 'كل الخدمات',
  from: 'تجاوزات من',
  to: 'إلى',
  categories: {
    open_breach: 'تجاوزات مفتوحة',
    at_risk: 'معرضة للتجاوز',
    recent_breach: 'تجاوزات حديثة',
  },
  categoryNav: 'القوائم',
  live: (open, risk, week) =>
    `${open} تجاوزات مفتوحة · ${risk} معرضة للتجاوز · ${week} تجاوزات خلال 7 أيام`,
  liveTitle: 'الآن (تتحدث كل 20 ثانية)',
  tableCaption: (category) => category,
  columns: {
    case: 'الحالة',
    cycle: 'الدورة',
    service: 'الخدمة',
    status: 'الوضع',
    due: 'الموعد النهائي',
    breached: 'وقت التجاوز',
    progress: 'نسبة المستهلك من المستهدف',
    acknowledged: 'الإقرار',
  },
  notAcknowledged: '○ لم يتم بعد',
  empty: 'لا شيء في هذه القائمة.',
  targets: {
    title: 'خدمات الجهة مقابل المستهدفات',
    caption: 'الالتزام بمستوى الخدمة لكل خدمة منذ بداية الربع (الدورات الأولى)',
    service: 'الخدمة',
    decided: 'الدورات المحسومة',
    adherence: 'ضمن المستوى',
    target: 'المستهدف',
    headroom: 'التجاوزات المتبقية قبل النزول عن المستهدف',
    verdict: 'مقارنة بالمستهدف',
    verdicts: {
      at: '✓ عند المستهدف أو أعلى',
      below: '✗ دون المستهدف',
      insufficient: '◌ دورات محسومة قليلة',
      none: '— لا توجد دورات محسومة',
    },
    chooseAgency: 'اختر جهة لعرض خدماتها مقابل المستهدفات.',
    period: (from, to) => `${from} – ${to}`,
  },
};

export const REVIEW_DICTIONARIES: Record<Lang, ReviewDictionary> = { ar, en };
