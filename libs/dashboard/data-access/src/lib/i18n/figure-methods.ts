import type { FigureMethodCode } from '@ws/contracts';
import type { Lang } from './dictionary';

/** How each figure is computed, in the dashboard's languages; a code without a text does not compile. */
export const FIGURE_METHOD_TEXT: Record<Lang, Record<FigureMethodCode, string>> = {
  ar: {
    pooledAdherence:
      'مجموع الحالات المنجزة ضمن المدة ÷ مجموع الدورات الأولى المحسومة للخدمات المشمولة، بحسب يوم الحسم بتوقيت الدوحة',
    pooledSatisfaction:
      'مجموع الاستجابات الراضية ÷ مجموع الاستجابات للخدمات المشمولة (آخر استجابة لكل حالة)، مرجّحاً بعدد الاستجابات',
    digitalTakeUp: 'الحالات المقدَّمة عبر الموقع الإلكتروني أو التطبيق أو واجهة برمجة التطبيقات ÷ مجموع الحالات المقدَّمة',
    reopenRate: 'عدد مرات إعادة الفتح (الدورات اللاحقة للدورة الأولى) ÷ الدورات الأولى المحسومة',
    servicesP90OverSla:
      'الخدمات التي يتجاوز فيها المئين التسعون لمدة إنجاز الدورة الأولى المدةَ المحددة في اتفاقية مستوى الخدمة (أي أُنجز أقل من 90% منها ضمن المدة) ÷ الخدمات التي لها دورة أولى منتهية',
    p90ShareOfTarget:
      'المئين التسعون لنسبة مدة العمل المنقضية إلى المدة المستهدفة، على الدورات الأولى المنتهية خلال السنة للخدمات المشمولة',
    processingTimePercentiles:
      'الوسيط والمئين التسعون لمدة إنجاز الدورات الأولى المنتهية (ضمن المدة أو بعد تجاوزها) بوقت العمل الرسمي (وبالوقت الفعلي للخدمات المحددة مدتها بأيام تقويمية)، لكل خدمة، بحسب يوم الانتهاء بتوقيت الدوحة',
    digitisedServices:
      'الخدمات المشمولة الفعّالة المقدَّمة إلكترونياً بالكامل ÷ الخدمات المشمولة الفعّالة (وفق الدليل الحالي، لذا يظهر الاتجاه ثابتاً)',
    notMeasured: 'لا تقيسه المنصة',
  },
  en: {
    pooledAdherence:
      'Sum of cases met within the SLA ÷ sum of decided first cycles of in-scope services, by the Doha day of the decision',
    pooledSatisfaction:
      'Satisfied responses ÷ responses, pooled over in-scope services (latest response per case), weighted by volume',
    digitalTakeUp: 'Cases opened on web, mobile or API ÷ cases opened',
    reopenRate: 'Reopenings (cycles after the first) ÷ first cycles decided',
    servicesP90OverSla:
      'Services whose 90th-percentile first-cycle processing time exceeds the SLA (fewer than 90% met) ÷ services with a stopped first cycle',
    p90ShareOfTarget:
      '90th percentile of elapsed business time ÷ SLA target over in-scope first cycles stopped in the year',
    processingTimePercentiles:
      'Median and 90th percentile of business time of first cycles stopped met or breached, per service, by the Doha day they stopped',
    digitisedServices:
      'Active in-scope services offered fully online ÷ active in-scope services (today’s catalogue, so the trend is flat)',
    notMeasured: 'Not measured by the platform',
  },
};

/** The method of a figure in `lang`; the API's English text when the code is unknown to this build. */
export function figureMethodText(lang: Lang, basis: { method: string; methodCode?: string }): string {
  const texts: Partial<Record<string, string>> = FIGURE_METHOD_TEXT[lang];
  return (basis.methodCode === undefined ? undefined : texts[basis.methodCode]) ?? basis.method;
}
