import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { LoginThrottle } from './login-throttle';

@Module({ controllers: [AuthController], providers: [LoginThrottle] })
export class AuthModule {}
