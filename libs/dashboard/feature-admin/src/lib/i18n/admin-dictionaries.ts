import type { Lang } from '@ws/dashboard-data-access';
import { adminAr } from './admin-ar';
import type { AdminDictionary } from './admin-dictionary';
import { adminEn } from './admin-en';

export const ADMIN_DICTIONARIES: Record<Lang, AdminDictionary> = { ar: adminAr, en: adminEn };
