import type { Routes } from '@angular/router';
import { OpenDataPage } from './open-data-page';

export const openDataRoutes: Routes = [{ path: '', component: OpenDataPage }];
