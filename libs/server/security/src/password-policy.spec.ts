import { generatePassword } from './passwords';
import { passwordProblems } from './password-policy';

const rulesOf = (password: string, email = 'amal.k@moi.gov.qa') =>
  passwordProblems(password, email).map((p) => p.rule);

describe('password policy', () => {
  it('takes a long passphrase without any composition rule', () => {
    expect(rulesOf('river lantern quietly folds')).toEqual([]);
  });

  it('counts characters, not bytes: 12 Arabic letters are enough, 11 are not', () => {
    expect(rulesOf('كلمةسرطويلةج')).toEqual([]);
    expect(rulesOf('كلمةسرطويلة')).toEqual(['password-length']);
  });

  it('allows 128 characters and refuses 129', () => {
    expect(rulesOf('w'.repeat(64) + 'x'.repeat(64))).toEqual([]);
    expect(rulesOf('w'.repeat(65) + 'x'.repeat(64))).toEqual(['password-length']);
  });

  it('refuses a password from the shipped common-password list, whatever its case', () => {
    expect(rulesOf('Password1234')).toEqual(['password-common']);
    expect(rulesOf('QWERTY123456')).toEqual(['password-common']);
  });

  it('refuses a password containing the e-mail address or its local part', () => {
    expect(rulesOf('my AMAL.K@moi.gov.qa key')).toEqual(['password-contains-email']);
    expect(rulesOf('amal.k-sunrise-2030')).toEqual(['password-contains-email']);
  });

  it('accepts the generated passwords', () => {
    for (let i = 0; i < 20; i++) expect(rulesOf(generatePassword())).toEqual([]);
  });
});
