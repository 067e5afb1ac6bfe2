export { FieldChecker } from './field-checker';
