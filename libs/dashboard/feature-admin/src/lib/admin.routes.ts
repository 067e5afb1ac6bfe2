import type { Routes } from '@angular/router';
import { AdminPage } from './admin-page';

export const adminRoutes: Routes = [{ path: '', component: AdminPage }];
