import type { BreachRootCause, ReviewCycleStatus } from '@ws/contracts';

export type ReviewLang = 'ar' | 'en';

export interface ReviewLabels {
  formTitle: (cycle: number) => string;
  rootCause: string;
  chooseRootCause: string;
  rootCauses: Record<BreachRootCause, string>;
  note: string;
  noteHint: string;
  submit: string;
  saving: string;
  saved: string;
  failed: string;
  acknowledged: string;
  /** Status words, each with a symbol so status never rests on colour alone. */
  status: Record<ReviewCycleStatus, string>;
}

export const REVIEW_LABELS: Readonly<Record<ReviewLang, ReviewLabels>> = {
  ar: {
    formTitle: (cycle) => `الإقرار بتجاوز الدورة ${cycle}`,
    rootCause: 'السبب الجذري',
    chooseRootCause: 'اختر السبب',
    rootCauses: {
      staffing: 'نقص الموظفين',
      awaiting_other_entity: 'بانتظار جهة أخرى',
      system_outage: 'تعطل الأنظمة',
      customer_delay_unrecorded: 'تأخر المتعامل (غير مسجل)',
      policy_change: 'تغيير في السياسات',
      data_error: 'خطأ في البيانات',
      other: 'سبب آخر',
    },
    note: 'ملاحظة',
    noteHint: 'ما الذي حدث وما الذي سيتغير (حتى 2000 حرف).',
    submit: 'تسجيل الإقرار',
    saving: 'جار الحفظ…',
    saved: 'تم تسجيل الإقرار.',
    failed: 'لم يتم تسجيل الإقرار.',
    acknowledged: 'تم الإقرار',
    status: {
      running: '▶ جارية',
      paused: '⏸ متوقفة مؤقتا',
      breached_open: '⚠ متجاوزة ومفتوحة',
      met: '✓ ضمن المستوى',
      breached: '✗ متجاوزة',
      cancelled: '⊘ ملغاة',
    },
  },
  en: {
    formTitle: (cycle) => `Acknowledge the breach of cycle ${cycle}`,
    rootCause: 'Root cause',
    chooseRootCause: 'Choose a cause',
    rootCauses: {
      staffing: 'Staffing',
      awaiting_other_entity: 'Awaiting another entity',
      system_outage: 'System outage',
      customer_delay_unrecorded: 'Customer delay (not recorded)',
      policy_change: 'Policy change',
      data_error: 'Data error',
      other: 'Other',
    },
    note: 'Note',
    noteHint: 'What happened and what will change (up to 2000 characters).',
    submit: 'Record acknowledgement',
    saving: 'Saving…',
    saved: 'Acknowledgement recorded.',
    failed: 'The acknowledgement was not recorded.',
    acknowledged: 'Acknowledged',
    status: {
      running: '▶ Running',
      paused: '⏸ Paused',
      breached_open: '⚠ Breached, open',
      met: '✓ Met',
      breached: '✗ Breached',
      cancelled: '⊘ Cancelled',
    },
  },
};
