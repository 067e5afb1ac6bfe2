export { generatePassword, hashPassword, verifyPassword } from './passwords';
export { passwordProblems, PASSWORD_LENGTH } from './password-policy';
export type { PasswordProblem } from './password-policy';
