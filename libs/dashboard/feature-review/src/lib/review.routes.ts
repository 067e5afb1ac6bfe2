import type { Routes } from '@angular/router';
import { ReviewPage } from './review-page';

export const reviewRoutes: Routes = [{ path: '', component: ReviewPage }];
