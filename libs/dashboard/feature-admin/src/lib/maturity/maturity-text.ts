import type { Lang, MaturityPillar } from '@ws/dashboard-data-access';
import { MATURITY_PILLAR_NAMES } from '@ws/dashboard-data-access';

/** The words of the maturity section of the administration. */
export interface MaturityText {
  pillars: Record<MaturityPillar, string>;
  assessmentsCaption: string;
  assessedOn: string;
  assessedOnHint: string;
  revision: string;
  recordedBy: string;
  record: string;
  recordTitle: string;
  revise: string;
  reviseTitle: (agency: string, date: string) => string;
  score: (pillar: string) => string;
  evidence: (pillar: string) => string;
  reason: string;
  historyCaption: (agency: string, date: string) => string;
  revisedAt: string;
  revisedBy: string;
  changes: string;
  evidenceChanged: (pillar: string) => string;
  firstRevision: string;
}

const ar: MaturityText = {
  pillars: MATURITY_PILLAR_NAMES.ar,
  assessmentsCaption: 'التقييمات الذاتية وإصداراتها',
  assessedOn: 'تاريخ التقييم',
  assessedOnHint: 'نهاية الفترة المُقيَّمة',
  revision: 'الإصدار',
  recordedBy: 'سجّله',
  record: 'تسجيل تقييم',
  recordTitle: 'تسجيل تقييم ذاتي',
  revise: 'مراجعة',
  reviseTitle: (agency, date) => `مراجعة تقييم ${agency} بتاريخ ${date}`,
  score: (pillar) => `${pillar}: الدرجة (1-5)`,
  evidence: (pillar) => `${pillar}: الدليل`,
  reason: 'سبب المراجعة',
  historyCaption: (agency, date) => `سجل مراجعات تقييم ${agency} بتاريخ ${date}`,
  revisedAt: 'التاريخ',
  revisedBy: 'بواسطة',
  changes: 'ما تغيّر',
  evidenceChanged: (pillar) => `تغيّر دليل ${pillar}`,
  firstRevision: 'التسجيل الأول',
};

const en: MaturityText = {
  pillars: MATURITY_PILLAR_NAMES.en,
  assessmentsCaption: 'Self-assessments and their revisions',
  assessedOn: 'Assessed on',
  assessedOnHint: 'the end of the period assessed',
  revision: 'Revision',
  recordedBy: 'Recorded by',
  record: 'Record an assessment',
  recordTitle: 'Record a self-assessment',
  revise: 'Revise',
  reviseTitle: (agency, date) => `Revise ${agency}’s assessment of ${date}`,
  score: (pillar) => `${pillar}: score (1-5)`,
  evidence: (pillar) => `${pillar}: evidence`,
  reason: 'Reason for the revision',
  historyCaption: (agency, date) => `Revisions of ${agency}’s assessment of ${date}`,
  revisedAt: 'When',
  revisedBy: 'By',
  changes: 'What changed',
  evidenceChanged: (pillar) => `${pillar} evidence changed`,
  firstRevision: 'first recorded',
};

export const MATURITY_TEXT: Record<Lang, MaturityText> = { ar, en };
