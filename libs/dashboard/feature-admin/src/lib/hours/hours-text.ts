import type { Lang, Weekday } from '@ws/dashboard-data-access';

/** The words of the working-hours editor of the calendars section. */
export interface HoursText {
  title: string;
  hint: string;
  week: string;
  days: Record<Weekday, string>;
  overrideTitle: (name: string) => string;
  overrideUnnamed: string;
  newPeriod: string;
  name: string;
  addPeriod: string;
  from: string;
  to: string;
  note: string;
  publish: (version: number) => string;
  published: (version: number) => string;
  edit: string;
}

const ar: HoursText = {
  title: 'ساعات العمل وساعات رمضان',
  hint: 'فترات اليوم بصيغة بداية-نهاية تفصل بينها فاصلة (07:00-12:00، 16:00-19:00). اترك اليوم فارغًا إذا كان عطلة. العمل الليلي فترتان: 22:00-24:00 في يوم و00:00-06:00 في اليوم التالي.',
  week: 'الأسبوع المعتاد',
  days: {
    sun: 'الأحد',
    mon: 'الاثنين',
    tue: 'الثلاثاء',
    wed: 'الأربعاء',
    thu: 'الخميس',
    fri: 'الجمعة',
    sat: 'السبت',
  },
  overrideTitle: (name) => `${name}: ساعات خاصة`,
  overrideUnnamed: 'فترة بساعات خاصة',
  newPeriod: 'فترة جديدة بساعات خاصة (مثل رمضان)',
  name: 'اسم الفترة',
  addPeriod: 'إضافة فترة بساعات خاصة',
  from: 'من',
  to: 'إلى',
  note: 'ملاحظة الإصدار الجديد',
  publish: (version) => `نشر الإصدار ${version}`,
  published: (version) => `نُشر الإصدار ${version}؛ يُعاد حساب الحالات المفتوحة.`,
  edit: 'تعديل ساعات العمل',
};

const en: HoursText = {
  title: 'Working hours and Ramadan hours',
  hint: 'A day’s windows as start-end, separated by commas (07:00-12:00, 16:00-19:00). Leave a day empty when closed. Overnight work is two windows: 22:00-24:00 on one day and 00:00-06:00 on the next.',
  week: 'Regular week',
  days: {
    sun: 'Sunday',
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
  },
  overrideTitle: (name) => `${name}: other hours`,
  overrideUnnamed: 'Dates with other hours',
  newPeriod: 'New dates with other hours (e.g. Ramadan)',
  name: 'Name of the period',
  addPeriod: 'Add dates with other hours',
  from: 'From',
  to: 'To',
  note: 'Note of the new version',
  publish: (version) => `Publish version ${version}`,
  published: (version) => `Version ${version} published; open cases are being recomputed.`,
  edit: 'Edit working hours',
};

export const HOURS_TEXT: Record<Lang, HoursText> = { ar, en };
