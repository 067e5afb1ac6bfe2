import { angularJestConfig } from '../../tools/config/jest-angular';

export default angularJestConfig('dashboard', 2);
