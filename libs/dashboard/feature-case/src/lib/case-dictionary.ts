import type { EventType, ReviewNotificationKind } from '@ws/contracts';
import type { Lang, TargetUnit } from '@ws/dashboard-data-access';

/** Labels of the case timeline page; Arabic and English implement it alike. */
export interface CaseDictionary {
  title: string;
  back: string;
  service: string;
  agency: string;
  opened: string;
  state: string;
  open: string;
  closed: string;
  sla: string;
  units: Record<TargetUnit, string>;
  timelineTitle: string;
  chartLabel: string;
  viewAs: string;
  chart: string;
  table: string;
  rows: {
    cycle: (n: number) => string;
    events: string;
    running: string;
    paused: string;
    overdue: string;
    due: string;
  };
  cyclesCaption: string;
  eventsCaption: string;
  columns: {
    cycle: string;
    status: string;
    started: string;
    stopped: string;
    due: string;
    breached: string;
    elapsed: string;
    progress: string;
    pauses: string;
    acknowledgement: string;
    type: string;
    occurred: string;
    received: string;
    channel: string;
    reason: string;
    applied: string;
  };
  applied: string;
  ignored: (reason: string) => string;
  eventTypes: Record<EventType, string>;
  notFound: string;
  acknowledgements: string;
  notifications: {
    caption: string;
    kind: string;
    cycle: string;
    at: string;
    webhook: string;
    kinds: Record<ReviewNotificationKind, string>;
  };
}

const en: CaseDictionary = {
  title: 'Case',
  back: 'Back to the breach review',
  service: 'Service',
  agency: 'Entity',
  opened: 'Opened',
  state: 'State',
  open: '● Open',
  closed: '○ Closed',
  sla: 'SLA target',
  units: {
    businessMinutes: 'business minutes',
    businessHours: 'business hours',
    workingDays: 'working days',
    calendarMinutes: 'calendar minutes',
    calendarHours: 'calendar hours',
  },
  timelineTitle: 'Timeline',
  chartLabel: 'SLA cycles and events of the case on a time axis',
  viewAs: 'View as',
  chart: 'Chart',
  table: 'Table',
  rows: {
    cycle: (n) => `Cycle ${n}`,
    events: 'Events',
    running: 'Clock running',
    paused: 'Paused',
    overdue: 'Past due',
    due: 'Due',
  },
  cyclesCaption: 'SLA cycles',
  eventsCaption: 'Events received',
  columns: {
    cycle: 'Cycle',
    status: 'Status',
    started: 'Started',
    stopped: 'Stopped',
    due: 'Due',
    breached: 'Breached',
    elapsed: 'Elapsed (business time)',
    progress: 'Share of target used',
    pauses: 'Pauses',
    acknowledgement: 'Acknowledgement',
    type: 'Event',
    occurred: 'Occurred',
    received: 'Received',
    channel: 'Channel',
    reason: 'Reason',
    applied: 'Applied',
  },
  applied: '✓ applied',
  ignored: (reason) => `✗ ignored (${reason})`,
  eventTypes: {
    'case.opened': 'Opened',
    'case.paused': 'Paused',
    'case.resumed': 'Resumed',
    'case.resolved': 'Resolved',
    'case.reopened': 'Reopened',
    'case.cancelled': 'Cancelled',
    'case.closed': 'Closed',
    'survey.submitted': 'Survey',
  },
  notFound: 'This case was not found (or belongs to another entity).',
  acknowledgements: 'Breach acknowledgements',
  notifications: {
    caption: 'Notifications sent for this case',
    kind: 'Threshold',
    cycle: 'Cycle',
    at: 'Reached',
    webhook: 'Webhook',
    kinds: {
      at_risk_50: '◔ 50% of the target used',
      at_risk_75: '◑ 75% of the target used',
      breached: '⚠ breached',
      burn_rate_fast: '🔥 fast burn',
      burn_rate_slow: '♨ slow burn',
    },
  },
};

const ar: CaseDictionary = {
  title: 'الحالة',
  back: 'العودة إلى مراجعة التجاوزات',
  service: 'الخدمة',
  agency: 'الجهة',
  opened: 'تاريخ الفتح',
  state: 'الوضع',
  open: '● مفتوحة',
  closed: '○ مغلقة',
  sla: 'مستهدف مستوى الخدمة',
  units: {
    businessMinutes: 'دقائق عمل',
    businessHours: 'ساعات عمل',
    workingDays: 'أيام عمل',
    calendarMinutes: 'دقائق تقويمية',
    calendarHours: 'ساعات تقويمية',
  },
  timelineTitle: 'المخطط الزمني',
  chartLabel: 'دورات مستوى الخدمة وأحداث الحالة على محور زمني',
  viewAs: 'طريقة العرض',
  chart: 'مخطط',
  table: 'جدول',
  rows: {
    cycle: (n) => `الدورة ${n}`,
    events: 'الأحداث',
    running: 'المؤقت يعمل',
    paused: 'متوقف مؤقتا',
    overdue: 'بعد الموعد',
    due: 'الموعد النهائي',
  },
  cyclesCaption: 'دورات مستوى الخدمة',
  eventsCaption: 'الأحداث المستلمة',
  columns: {
    cycle: 'الدورة',
    status: 'الحالة',
    started: 'البداية',
    stopped: 'النهاية',
    due: 'الموعد النهائي',
    breached: 'وقت التجاوز',
    elapsed: 'المنقضي (وقت العمل)',
    progress: 'نسبة المستهلك من المستهدف',
    pauses: 'التوقفات',
    acknowledgement: 'الإقرار',
    type: 'الحدث',
    occurred: 'وقت الحدوث',
    received: 'وقت الاستلام',
    channel: 'القناة',
    reason: 'السبب',
    applied: 'التطبيق',
  },
  applied: '✓ مطبق',
  ignored: (reason) => `✗ متجاهل (${reason})`,
  eventTypes: {
    'case.opened': 'فتح',
    'case.paused': 'إيقاف مؤقت',
    'case.resumed': 'استئناف',
    'case.resolved': 'إنجاز',
    'case.reopened': 'إعادة فتح',
    'case.cancelled': 'إلغاء',
    'case.closed': 'إغلاق',
    'survey.submitted': 'استبيان',
  },
  notFound: 'لم يتم العثور على هذه الحالة (أو أنها تتبع جهة أخرى).',
  acknowledgements: 'الإقرارات بالتجاوز',
  notifications: {
    caption: 'التنبيهات المرسلة لهذه الحالة',
    kind: 'العتبة',
    cycle: 'الدورة',
    at: 'وقت الوصول',
    webhook: 'الإرسال الآلي',
    kinds: {
      at_risk_50: '◔ استهلاك 50% من المستهدف',
      at_risk_75: '◑ استهلاك 75% من المستهدف',
      breached: '⚠ تجاوز',
      burn_rate_fast: '🔥 استهلاك سريع',
      burn_rate_slow: '♨ استهلاك بطيء',
    },
  },
};

export const CASE_DICTIONARIES: Record<Lang, CaseDictionary> = { ar, en };
