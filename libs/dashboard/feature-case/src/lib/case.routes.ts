import type { Routes } from '@angular/router';
import { CasePage } from './case-page';

/** `/cases/:agency/:caseId`: the parameters reach the page as inputs (component input binding). */
export const caseRoutes: Routes = [{ path: ':agency/:caseId', component: CasePage }];
