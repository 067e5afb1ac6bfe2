import type { Routes } from '@angular/router';
import { SignInPage } from './sign-in-page';

export const authRoutes: Routes = [{ path: '', component: SignInPage }];
