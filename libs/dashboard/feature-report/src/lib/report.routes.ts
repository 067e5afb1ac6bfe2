import type { Routes } from '@angular/router';
import { MonthlyReportPage } from './monthly-report-page';

export const reportRoutes: Routes = [{ path: 'monthly', component: MonthlyReportPage }];
