import { Body, Controller, Get, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Public, SessionStore } from '@ws/server-access';
import { verifyPassword } from '@ws/server-security';
import { FieldChecker } from '@ws/server-validation';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { LoginThrottle } from './login-throttle';

/** Verified against when the email is unknown, so both answers take the same time. */
const DECOY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export interface LoginResponse {
  token: string;
  expiresAt: string;
  user: { email: string; role: string; agency: string | null };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password; returns a bearer token with its absolute expiry (it also ends after the idle timeout).' })
  @ApiBody({ schema: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } } })
  @ApiOkResponse({ description: 'Signed in: the token, its expiry, who it is' })
  @ApiBadRequestResponse({ description: 'The body lacks an email or a password' })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password (the same answer for an unknown or deactivated account)' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this account or from this address; Retry-After says when to try again' })
  async login(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const check = new FieldChecker(body);
    const email = check.email('email');
    const password = check.text('password', 500);
    check.done();
    const address = request.ip ?? 'unknown';
    await this.throttle.admit(email, address, response);
    const rows: { id: number; password_hash: string; role: string; code: string | null }[] = await this.dataSource.query(
      `SELECT u.id, u.password_hash, u.role, a.code FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id
       WHERE u.email = $1 AND u.active`,
      [email],
    );
    const user = rows[0];
    const valid = await verifyPassword(password, user?.password_hash ?? DECOY_HASH);
    if (!user || !valid) {
      await this.throttle.failed(email, address);
      throw new UnauthorizedException('Wrong email or password.');
    }
    await this.throttle.succeeded(email);
    const session = await this.sessions.open(user.id, Date.now());
    return { token: session.token, expiresAt: session.expiresAt.toISOString(), user: { email, role: user.role, agency: user.code } };
  }

  @Get('me')
  @ApiOperation({ summary: 'Who the bearer token belongs to.' })
  @ApiOkResponse({ description: 'The signed-in user' })
  me(@CurrentUser() user: AuthenticatedUser): LoginResponse['user'] {
    return { email: user.email, role: user.role, agency: user.agencyCode };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the session ends at once (the token answers 401 from then on).' })
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(@Req() request: Request): Promise<void> {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (token) await this.sessions.close(token);
  }
}
