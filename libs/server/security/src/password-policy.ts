import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** ASVS 2.1: at least 12 characters, up to 128 allowed; no composition rules. */
export const PASSWORD_LENGTH = { min: 12, max: 128 } as const;

/** The list file sits beside this module in the sources and beside `main.js` in the API's build. */
const COMMON_PASSWORDS_FILE = join(__dirname, 'common-passwords.txt');

export interface PasswordProblem {
  rule: 'password-length' | 'password-common' | 'password-contains-email';
  message: string;
}

let commonPasswords: Set<string> | undefined;

function isCommon(candidate: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(COMMON_PASSWORDS_FILE, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );
  return commonPasswords.has(candidate);
}

/**
 * Why `password` may not be set for `email` (empty when it may): its length in characters
 * (Unicode code points, so Arabic counts as written), a common or breached password (the list
 * shipped in `common-passwords.txt`, compared without case), or one containing the e-mail
 * address or its part before the "@".
 */
export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min || length > PASSWORD_LENGTH.max) {
    problems.push({
      rule: 'password-length',
      message: `must have ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters (it has ${length})`,
    });
  }
  const folded = password.normalize('NFKC').toLowerCase();
  if (isCommon(folded)) {
    problems.push({
      rule: 'password-common',
      message: 'is on the list of common or breached passwords; choose another',
    });
  }
  const address = email.toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  if (
    address &&
    (folded.includes(address) || (localPart.length >= 3 && folded.includes(localPart)))
  ) {
    problems.push({
      rule: 'password-contains-email',
      message: 'must not contain the e-mail address or its part before "@"',
    });
  }
  return problems;
}
