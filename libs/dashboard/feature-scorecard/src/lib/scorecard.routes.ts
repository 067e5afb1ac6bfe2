import type { Routes } from '@angular/router';
import { ScorecardPage } from './scorecard-page';

export const scorecardRoutes: Routes = [{ path: '', component: ScorecardPage }];
