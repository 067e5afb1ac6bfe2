export { FieldChecker } from './field-checker';
export { MAX_PARAMETER_LENGTH, RequestParametersInterceptor } from './request-parameters.interceptor';
export { optionalCodeParameter } from './code-parameter';
export { isStorableText, storableText } from './storable-text';
export { fieldBadRequest, IdParameter } from './id-parameter';
