import { MATURITY_PILLARS } from '../api/catalogue-api';
import type { Lang } from './dictionary';
import type { I18n } from './i18n';
import { MATURITY_PILLAR_NAMES } from './maturity-pillars';

/** The words of the entities ranked on digital maturity (administration and scorecard). */
const en = {
  title: 'Entities compared on digital maturity',
  caption: 'Each entity’s newest self-assessment on the six pillars (1-5), ranked by its average',
  hint: 'The last row is the national median of each pillar.',
  rank: 'Rank',
  entity: 'Entity',
  assessedOn: 'Assessed on',
  average: 'Average',
  nationalMedian: 'National median',
  demo: 'Demo data',
};

const WORDS: Record<Lang, typeof en> = {
  ar: {
    title: 'مقارنة الجهات في النضج الرقمي',
    caption: 'أحدث تقييم ذاتي لكل جهة على الركائز الست (1-5)، مرتبة حسب المتوسط',
    hint: 'السطر الأخير هو الوسيط الوطني لكل ركيزة.',
    rank: 'الترتيب',
    entity: 'الجهة',
    assessedOn: 'تاريخ التقييم',
    average: 'المتوسط',
    nationalMedian: 'الوسيط الوطني',
    demo: 'بيانات تجريبية',
  },
  en,
};

/**
 * The title, hint, words and formats of `ws-maturity-ranking` in the current language;
 * `entities` names each entity code.
 */
export function maturityRankingText(
  i18n: I18n,
  entities: readonly { code: string; nameAr: string; nameEn: string }[],
) {
  const lang = i18n.lang();
  const names = new Map(entities.map((entity) => [entity.code, i18n.name(entity)]));
  return {
    ...WORDS[lang],
    pillars: MATURITY_PILLARS.map((key) => ({ key, label: MATURITY_PILLAR_NAMES[lang][key] })),
    number: (value: number, fractionDigits?: number) => i18n.number(value, fractionDigits),
    date: (isoDate: string) => i18n.date(isoDate, 'long'),
    entityName: (code: string) => names.get(code) ?? '',
  };
}
