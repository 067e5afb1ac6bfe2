import { angularJestConfig } from '../../../tools/config/jest-angular';

export default angularJestConfig('ui-kit', 3);
