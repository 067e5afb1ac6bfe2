import { angularJestConfig } from '../../../tools/config/jest-angular';

export default angularJestConfig('feature-report', 3);
