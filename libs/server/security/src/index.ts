export { generatePassword, hashPassword, verifyPassword } from './passwords';
