import { angularJestConfig } from '../../../tools/config/jest-angular';

export default angularJestConfig('dashboard-data-access', 3);
