import { angularJestConfig } from '../../../tools/config/jest-angular';

export default angularJestConfig('feature-scorecard', 3);
