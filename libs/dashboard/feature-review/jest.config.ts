import { angularJestConfig } from '../../../tools/config/jest-angular';

export default angularJestConfig('feature-review', 3);
