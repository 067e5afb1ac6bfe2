import { MATURITY_PILLAR_NAMES } from '@ws/dashboard-data-access';

export interface ScorecardText {
  title: string;
  subtitle: (from: string, to: string) => string;
  tilesTitle: string;
  otherKpisTitle: string;
  expectedThisYear: string;
  trendTitle: string;
  trendAdherence: string;
  trendSatisfaction: string;
  period: string;
  decided: string;
  responses: string;
  leagueTitle: string;
  leagueCaption: string;
  rank: string;
  entity: string;
  adherence: string;
  satisfaction: string;
  digitised: string;
  maturityTitle: string;
  maturityEntity: string;
  nationalMedian: string;
  pillar: string;
  pillars: Record<'leadership' | 'technology' | 'eServices' | 'data' | 'sdg' | 'cybersecurity', string>;
  assessedOn: string;
  noAssessment: string;
}

export const SCORECARD_TEXT: Record<'ar' | 'en', ScorecardText> = {
  ar: {
    title: 'بطاقة الأداء الوطنية',
    subtitle: (from, to) => `مستهدفات استراتيجية التنمية الوطنية الثالثة، من ${from} إلى ${to}`,
    tilesTitle: 'المستهدفات الثلاثة لعام 2030',
    otherKpisTitle: 'مؤشرات مساندة',
    expectedThisYear: 'المتوقع هذا العام',
    trendTitle: 'الاتجاه الشهري',
    trendAdherence: 'الالتزام باتفاقيات مستوى الخدمة شهرياً',
    trendSatisfaction: 'رضا المتعاملين شهرياً',
    period: 'الشهر',
    decided: 'الحالات المحسومة',
    responses: 'الاستجابات',
    leagueTitle: 'ترتيب الجهات',
    leagueCaption: 'الجهات مرتبة حسب الالتزام ثم الرضا ثم نسبة الرقمنة',
    rank: 'الترتيب',
    entity: 'الجهة',
    adherence: 'الالتزام',
    satisfaction: 'الرضا',
    digitised: 'الخدمات المرقمنة',
    maturityTitle: 'نضج الحكومة الرقمية',
    maturityEntity: 'الجهة',
    nationalMedian: 'الوسيط الوطني',
    pillar: 'المحور',
    pillars: MATURITY_PILLAR_NAMES.ar,
    assessedOn: 'تاريخ التقييم',
    noAssessment: 'لا يوجد تقييم نضج لهذه الجهة.',
  },
  en: {
    title: 'National scorecard',
    subtitle: (from, to) => `NDS3 targets, ${from} to ${to}`,
    tilesTitle: 'The three 2030 targets',
    otherKpisTitle: 'Supporting indicators',
    expectedThisYear: 'Expected this year',
    trendTitle: 'Monthly trend',
    trendAdherence: 'SLA adherence per month',
    trendSatisfaction: 'Customer satisfaction per month',
    period: 'Month',
    decided: 'Decided cases',
    responses: 'Responses',
    leagueTitle: 'Entities ranked',
    leagueCaption: 'Entities ranked by adherence, then satisfaction, then digitised share',
    rank: 'Rank',
    entity: 'Entity',
    adherence: 'Adherence',
    satisfaction: 'Satisfaction',
    digitised: 'Digitised services',
    maturityTitle: 'Digital-government maturity',
    maturityEntity: 'Entity',
    nationalMedian: 'National median',
    pillar: 'Pillar',
    pillars: MATURITY_PILLAR_NAMES.en,
    assessedOn: 'Assessed on',
    noAssessment: 'No maturity assessment for this entity.',
  },
};
