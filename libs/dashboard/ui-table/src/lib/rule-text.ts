import type { FieldError } from '@ws/contracts';
import type { UiLang } from './table-labels';

/**
 * The API names each broken rule; its messages are in English. In Arabic the rule is said in
 * Arabic, followed by the API's own message (isolated, it holds the exact limits).
 */
const ARABIC_RULES: Readonly<Record<string, string>> = {
  object: 'الطلب غير صالح',
  code: 'رمز غير صالح: من 2 إلى 40 حرفا من A-Z و0-9 و"-" و"_"',
  text: 'نص مطلوب ضمن الطول المسموح',
  email: 'بريد إلكتروني غير صالح',
  boolean: 'القيمة يجب أن تكون نعم أو لا',
  range: 'الرقم خارج الحدود المسموح بها',
  'one-of': 'اختر قيمة من القائمة',
  'list-of': 'اختر عنصرا واحدا على الأقل من القائمة',
  date: 'تاريخ غير صالح',
  unique: 'الرمز مستخدم من قبل',
  exists: 'لا يوجد سجل بهذا الرمز',
  provisional: 'هذه العطلة مؤكدة من قبل',
  breached: 'لا يمكن الإقرار إلا بدورة متجاوزة',
};

const FSI = '\u2068';
const PDI = '\u2069';

/** One API error as shown next to its field in the current language. */
export function ruleText(error: FieldError, lang: UiLang): string {
  const arabic = lang === 'ar' ? ARABIC_RULES[error.rule] : undefined;
  return arabic ? `${arabic} (${FSI}${error.message}${PDI})` : error.message;
}
