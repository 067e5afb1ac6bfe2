export interface SignInText {
  title: string;
  intro: string;
  email: string;
  password: string;
  submit: string;
  submitting: string;
  wrongCredentials: string;
  tooManyAttempts: string;
  invalidInput: string;
  unavailable: string;
}

export const SIGN_IN_TEXT: Record<'ar' | 'en', SignInText> = {
  ar: {
    title: 'تسجيل الدخول',
    intro: 'سجّل الدخول بالبريد الإلكتروني وكلمة المرور التي زوّدك بها مكتب الأداء المركزي.',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    submit: 'دخول',
    submitting: 'جارٍ الدخول…',
    wrongCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
    tooManyAttempts: 'محاولات كثيرة. انتظر قليلاً ثم حاول مرة أخرى.',
    invalidInput: 'أدخل بريداً إلكترونياً صحيحاً وكلمة المرور.',
    unavailable: 'تعذّر الاتصال بالمنصة. حاول مرة أخرى.',
  },
  en: {
    title: 'Sign in',
    intro: 'Sign in with the email and password the central performance office gave you.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    wrongCredentials: 'Wrong email or password.',
    tooManyAttempts: 'Too many attempts. Wait a while, then try again.',
    invalidInput: 'Enter a valid email address and the password.',
    unavailable: 'The platform could not be reached. Try again.',
  },
};
