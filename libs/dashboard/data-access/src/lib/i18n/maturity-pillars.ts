import type { MaturityPillar } from '../api/catalogue-api';
import type { Lang } from './dictionary';

/** The six pillars of the digital-government maturity model, named in each language. */
export const MATURITY_PILLAR_NAMES: Record<Lang, Record<MaturityPillar, string>> = {
  ar: {
    leadership: 'القيادة والحوكمة',
    technology: 'التقنية والابتكار',
    eServices: 'الخدمات الإلكترونية',
    data: 'البيانات',
    sdg: 'أهداف التنمية المستدامة',
    cybersecurity: 'الأمن السيبراني',
  },
  en: {
    leadership: 'Leadership and governance',
    technology: 'Technology and innovation',
    eServices: 'E-services',
    data: 'Data',
    sdg: 'Sustainable development goals',
    cybersecurity: 'Cybersecurity',
  },
};
