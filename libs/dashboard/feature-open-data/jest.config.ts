import { angularJestConfig } from '../../../tools/config/jest-angular';

export default angularJestConfig('feature-open-data', 3);
