import { angularJestConfig } from '../../../tools/config/jest-angular';

export default angularJestConfig('dashboard-ui-review', 3);
