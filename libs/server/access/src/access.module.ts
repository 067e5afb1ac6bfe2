import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SessionStore } from './session-store';
import { UserAuthGuard } from './user-auth.guard';

/**
 * Sign-in sessions, the global guard (every route needs a signed-in user unless marked
 * `@Public()`; feed routes use their own key guard and are public to this one).
 */
@Global()
@Module({
  providers: [SessionStore, UserAuthGuard, { provide: APP_GUARD, useExisting: UserAuthGuard }],
  exports: [SessionStore],
})
export class AccessModule {}
