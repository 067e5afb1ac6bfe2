export interface OpenDataText {
  title: string;
  intro: string;
  year: string;
  adherence: string;
  satisfaction: string;
  digitalTakeUp: string;
  month: string;
  decided: string;
  responses: string;
  opened: string;
  datasetTitle: string;
  datasetNote: string;
  licence: string;
  publicNote: string;
}

export const OPEN_DATA_TEXT: Record<'ar' | 'en', OpenDataText> = {
  ar: {
    title: 'البيانات المفتوحة: أداء الخدمات الحكومية',
    intro:
      'الأرقام الشهرية المنشورة للعموم على المستوى الوطني: الالتزام باتفاقيات مستوى الخدمة، ورضا المتعاملين، والإقبال على القنوات الرقمية.',
    year: 'السنة',
    adherence: 'الالتزام باتفاقيات مستوى الخدمة شهرياً (وطنياً)',
    satisfaction: 'رضا المتعاملين شهرياً (وطنياً)',
    digitalTakeUp: 'الحالات المفتوحة عبر القنوات الرقمية شهرياً (وطنياً)',
    month: 'الشهر',
    decided: 'الحالات المحسومة',
    responses: 'الاستجابات',
    opened: 'الحالات المفتوحة',
    datasetTitle: 'مجموعة البيانات',
    datasetNote:
      'ملف CSV بترميز UTF-8: الأرقام الشهرية الوطنية ولكل جهة للسنة المختارة (مجاميع فقط، دون بيانات الحالات).',
    licence: 'الترخيص',
    publicNote: 'صفحة عامة لا تتطلب تسجيل الدخول.',
  },
  en: {
    title: 'Open data: government service performance',
    intro:
      'The monthly figures published to everyone, nationally: adherence to service-level agreements, customer satisfaction and digital take-up.',
    year: 'Year',
    adherence: 'SLA adherence per month (national)',
    satisfaction: 'Customer satisfaction per month (national)',
    digitalTakeUp: 'Cases opened on digital channels per month (national)',
    month: 'Month',
    decided: 'Decided cases',
    responses: 'Responses',
    opened: 'Cases opened',
    datasetTitle: 'The data set',
    datasetNote:
      'A UTF-8 CSV file: the national and per-entity monthly figures of the chosen year (aggregates only, no case-level data).',
    licence: 'Licence',
    publicNote: 'A public page: no sign-in needed.',
  },
};
