import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { Router } from '@angular/router';
import {
  AuthSession,
  LANDING_PATH,
  SIGN_IN_PATH,
  redirectSignedIn,
  requireRole,
} from '@ws/dashboard-data-access';

/** `/`: the signed-in role's landing page, else sign-in. */
function landing() {
  const user = inject(AuthSession).user();
  return inject(Router).parseUrl(user ? LANDING_PATH[user.role] : SIGN_IN_PATH);
}

/**
 * The shell only routes: every page lives in a lazily loaded feature library. The role guards
 * are a convenience (no page the API would refuse anyway); the API enforces every role.
 */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: landing },
  {
    path: 'sign-in',
    canMatch: [redirectSignedIn],
    loadChildren: () => import('@ws/dashboard-feature-auth').then((m) => m.authRoutes),
  },
  {
    path: 'scorecard',
    canMatch: [requireRole('leadership', 'central_office')],
    loadChildren: () => import('@ws/dashboard-feature-scorecard').then((m) => m.scorecardRoutes),
  },
  {
    path: 'tracking',
    canMatch: [requireRole('central_office')],
    loadChildren: () => import('@ws/dashboard-feature-tracking').then((m) => m.trackingRoutes),
  },
  {
    path: 'review',
    canMatch: [requireRole('agency_manager', 'central_office')],
    loadChildren: () => import('@ws/dashboard-feature-review').then((m) => m.reviewRoutes),
  },
  {
    path: 'cases',
    canMatch: [requireRole('agency_manager', 'central_office')],
    loadChildren: () => import('@ws/dashboard-feature-case').then((m) => m.caseRoutes),
  },
  {
    // Every signed-in role matches: the page itself tells others they are not allowed.
    path: 'admin',
    canMatch: [requireRole('central_office', 'agency_manager', 'leadership')],
    loadChildren: () => import('@ws/dashboard-feature-admin').then((m) => m.adminRoutes),
  },
  {
    // Public: no sign-in, the open-data figures only (GET /open-data/monthly).
    path: 'open-data',
    loadChildren: () => import('@ws/dashboard-feature-open-data').then((m) => m.openDataRoutes),
  },
  {
    // Print-optimised; the API renders it to PDF (GET /reports/monthly.pdf) as the signed-in user.
    path: 'report',
    canMatch: [requireRole('leadership', 'central_office', 'agency_manager')],
    loadChildren: () => import('@ws/dashboard-feature-report').then((m) => m.reportRoutes),
  },
  { path: '**', redirectTo: '' },
];
