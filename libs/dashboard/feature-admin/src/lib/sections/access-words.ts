import type { Lang } from '@ws/dashboard-data-access';

/** The words of the user-access and key-rotation cards (kept apart from the page's dictionary). */
export interface AccessWords {
  userAccess: {
    title: string;
    user: string;
    deactivate: string;
    reactivate: string;
    deactivated: string;
    reactivated: string;
    sessionsEnd: string;
  };
  rotation: {
    title: string;
    key: string;
    overlapHours: string;
    overlapHint: string;
    rotate: string;
    newKeyOnce: string;
    oldKeyUntil: string;
    rotatedUntil: string;
  };
}

const EN: AccessWords = {
  userAccess: {
    title: 'Deactivate or reactivate a user',
    user: 'User',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    deactivated: 'Deactivated: every session of this user has ended.',
    reactivated: 'Reactivated: this user can sign in again.',
    sessionsEnd: 'Deactivation signs the user out everywhere at once.',
  },
  rotation: {
    title: 'Rotate a feed key',
    key: 'Key',
    overlapHours: 'Overlap (hours)',
    overlapHint: 'The old key keeps working this long beside the new one: 1 to 168 hours.',
    rotate: 'Rotate',
    newKeyOnce: 'The new key, shown once: give it to the entity now.',
    oldKeyUntil: 'The old key works until',
    rotatedUntil: 'Rotated: valid until',
  },
};

const AR: AccessWords = {
  userAccess: {
    title: 'إيقاف مستخدم أو إعادة تفعيله',
    user: 'المستخدم',
    deactivate: 'إيقاف',
    reactivate: 'إعادة التفعيل',
    deactivated: 'أُوقف المستخدم: انتهت كل جلساته.',
    reactivated: 'أُعيد تفعيل المستخدم: يمكنه تسجيل الدخول من جديد.',
    sessionsEnd: 'الإيقاف يُخرج المستخدم من كل جلساته فورًا.',
  },
  rotation: {
    title: 'تدوير مفتاح التغذية',
    key: 'المفتاح',
    overlapHours: 'فترة التداخل (بالساعات)',
    overlapHint: 'يبقى المفتاح القديم صالحًا هذه المدة إلى جانب الجديد: من 1 إلى 168 ساعة.',
    rotate: 'تدوير',
    newKeyOnce: 'المفتاح الجديد، يظهر مرة واحدة: سلِّمه للجهة الآن.',
    oldKeyUntil: 'يبقى المفتاح القديم صالحًا حتى',
    rotatedUntil: 'مُدوَّر: صالح حتى',
  },
};

export const ACCESS_WORDS: Record<Lang, AccessWords> = { ar: AR, en: EN };
