import type { Routes } from '@angular/router';
import { OverviewPage } from './overview-page';

export const overviewRoutes: Routes = [{ path: '', component: OverviewPage }];
