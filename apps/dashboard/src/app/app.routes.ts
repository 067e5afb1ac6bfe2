import type { Routes } from '@angular/router';

/** The shell only routes: every page lives in a lazily loaded feature library. */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'overview' },
  {
    path: 'overview',
    loadChildren: () => import('@ws/dashboard-feature-overview').then((m) => m.overviewRoutes),
  },
  { path: '**', redirectTo: 'overview' },
];
