import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DenialAudit } from './denial-audit';
import { SESSION_POLICY, SessionPolicy, SessionStore } from './session-store';
import { UserAuthGuard } from './user-auth.guard';

/**
 * Sign-in sessions, the global guard (every route needs a signed-in user unless marked
 * `@Public()`; feed routes use their own key guard and are public to this one).
 */
@Global()
@Module({})
export class AccessModule {
  static forRoot(policy: SessionPolicy): DynamicModule {
    return {
      module: AccessModule,
      providers: [
        { provide: SESSION_POLICY, useValue: policy },
        SessionStore,
        DenialAudit,
        UserAuthGuard,
        { provide: APP_GUARD, useExisting: UserAuthGuard },
      ],
      exports: [SessionStore, DenialAudit],
    };
  }
}
