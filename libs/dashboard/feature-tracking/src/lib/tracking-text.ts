export interface TrackingText {
  title: string;
  filters: string;
  from: string;
  to: string;
  interval: string;
  intervals: Record<'day' | 'week' | 'month' | 'quarter' | 'year', string>;
  entity: string;
  service: string;
  channel: string;
  channels: Record<'web' | 'mobile' | 'counter' | 'call_center' | 'kiosk' | 'api', string>;
  drillPath: string;
  adherenceTrend: string;
  period: string;
  decided: string;
  entitiesTitle: string;
  servicesTitle: (quarter: string) => string;
  casesTitle: string;
  adherence: string;
  met: string;
  headroom: string;
  caseId: string;
  category: string;
  categories: Record<'open_breach' | 'at_risk' | 'recent_breach', string>;
  dueAt: string;
  progress: string;
  timeline: string;
  heatmapTitle: (year: string) => string;
  month: string;
  matrixTitle: string;
  requesting: string;
  providing: string;
  budgetsTitle: (quarter: string) => string;
  allowedBreaches: string;
  breached: string;
  burn3d: string;
  burn14d: string;
  burnLevel: string;
  burnLevels: Record<'fast' | 'slow' | 'none', string>;
  freshnessTitle: string;
  lastReceived: string;
  lastProcessed: string;
  /** Column of each agency's expected feed interval, in hours of working time. */
  expectedInterval: string;
  waiting: string;
  feedState: string;
  stale: string;
  fresh: string;
  never: string;
}

export const TRACKING_TEXT: Record<'ar' | 'en', TrackingText> = {
  ar: {
    title: 'متابعة المستهدفات',
    filters: 'عوامل التصفية',
    from: 'من',
    to: 'إلى',
    interval: 'الفاصل الزمني',
    intervals: { day: 'يومي', week: 'أسبوعي', month: 'شهري', quarter: 'ربع سنوي', year: 'سنوي' },
    entity: 'الجهة',
    service: 'الخدمة',
    channel: 'القناة',
    channels: {
      web: 'الموقع الإلكتروني',
      mobile: 'تطبيق الجوال',
      counter: 'مكتب الخدمة',
      call_center: 'مركز الاتصال',
      kiosk: 'الأجهزة الذاتية',
      api: 'الربط الآلي',
    },
    drillPath: 'مسار التفصيل',
    adherenceTrend: 'الالتزام باتفاقيات مستوى الخدمة',
    period: 'الفترة',
    decided: 'الحالات المحسومة',
    entitiesTitle: 'الجهات مقابل المستهدف',
    servicesTitle: (quarter) => `خدمات الجهة مقابل المستهدف (${quarter})`,
    casesTitle: 'الحالات المتجاوزة والمعرَّضة للتجاوز',
    adherence: 'الالتزام',
    met: 'ضمن المدة',
    headroom: 'التجاوزات المتبقية',
    caseId: 'رقم الحالة',
    category: 'الفئة',
    categories: { open_breach: 'تجاوز مفتوح', at_risk: 'معرَّضة للتجاوز', recent_breach: 'تجاوز حديث' },
    dueAt: 'الموعد المستهدف',
    progress: 'نسبة المدة المستهلكة',
    timeline: 'المسار الزمني',
    heatmapTitle: (year) => `الالتزام الشهري لكل جهة (${year})`,
    month: 'الشهر',
    matrixTitle: 'الالتزام بين الجهات: الجهة الطالبة مقابل الجهة المقدِّمة',
    requesting: 'الجهة الطالبة',
    providing: 'الجهة المقدِّمة',
    budgetsTitle: (quarter) => `ميزانية التجاوزات ومعدل استهلاكها (${quarter})`,
    allowedBreaches: 'التجاوزات المسموحة',
    breached: 'المتجاوزة',
    burn3d: 'معدل الاستهلاك (3 أيام)',
    burn14d: 'معدل الاستهلاك (14 يوماً)',
    burnLevel: 'التنبيه',
    burnLevels: { fast: 'استهلاك سريع', slow: 'استهلاك بطيء', none: 'لا تنبيه' },
    freshnessTitle: 'حداثة بيانات الجهات',
    lastReceived: 'آخر دفعة مستلمة',
    lastProcessed: 'آخر دفعة معالجة',
    expectedInterval: 'الفاصل المتوقع (ساعات عمل)',
    waiting: 'دفعات بانتظار المعالجة',
    feedState: 'الحالة',
    stale: 'متأخرة',
    fresh: 'محدَّثة',
    never: 'لم تصل أي دفعة',
  },
  en: {
    title: 'Target tracking',
    filters: 'Filters',
    from: 'From',
    to: 'To',
    interval: 'Interval',
    intervals: { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' },
    entity: 'Entity',
    service: 'Service',
    channel: 'Channel',
    channels: {
      web: 'Website',
      mobile: 'Mobile app',
      counter: 'Service counter',
      call_center: 'Call centre',
      kiosk: 'Kiosk',
      api: 'System integration',
    },
    drillPath: 'Drill-down path',
    adherenceTrend: 'SLA adherence',
    period: 'Period',
    decided: 'Decided cases',
    entitiesTitle: 'Entities against the target',
    servicesTitle: (quarter) => `The entity's services against the target (${quarter})`,
    casesTitle: 'Breached and at-risk cases',
    adherence: 'Adherence',
    met: 'Met',
    headroom: 'Breaches left',
    caseId: 'Case',
    category: 'Category',
    categories: { open_breach: 'Open breach', at_risk: 'At risk', recent_breach: 'Recent breach' },
    dueAt: 'Due',
    progress: 'Share of the SLA used',
    timeline: 'Timeline',
    heatmapTitle: (year) => `Monthly adherence per entity (${year})`,
    month: 'Month',
    matrixTitle: 'Adherence between entities: requesting by providing',
    requesting: 'Requesting entity',
    providing: 'Providing entity',
    budgetsTitle: (quarter) => `Error budgets and burn rates (${quarter})`,
    allowedBreaches: 'Allowed breaches',
    breached: 'Breached',
    burn3d: 'Burn rate (3 days)',
    burn14d: 'Burn rate (14 days)',
    burnLevel: 'Alert',
    burnLevels: { fast: 'Fast burn', slow: 'Slow burn', none: 'No alert' },
    freshnessTitle: 'Feed freshness',
    lastReceived: 'Last batch received',
    lastProcessed: 'Last batch processed',
    expectedInterval: 'Expected interval (working hours)',
    waiting: 'Batches waiting',
    feedState: 'State',
    stale: 'Stale',
    fresh: 'Fresh',
    never: 'No batch yet',
  },
};
