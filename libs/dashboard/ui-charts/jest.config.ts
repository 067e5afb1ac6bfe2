import { angularJestConfig } from '../../../tools/config/jest-angular';

export default angularJestConfig('ui-charts', 3);
