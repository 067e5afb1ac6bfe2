import type { Routes } from '@angular/router';
import { TrackingPage } from './tracking-page';

export const trackingRoutes: Routes = [{ path: '', component: TrackingPage }];
