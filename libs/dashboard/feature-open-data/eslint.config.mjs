import angularConfig from '../../../tools/config/eslint-angular.mjs';

export default angularConfig;
