import { angularJestConfig } from '../../../tools/config/jest-angular';

export default angularJestConfig('feature-case', 3);
