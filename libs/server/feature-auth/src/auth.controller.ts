import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Public, SessionStore } from '@ws/server-access';
import { RateLimiter } from '@ws/server-queue';
import { verifyPassword } from '@ws/server-security';
import { FieldChecker } from '@ws/server-validation';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';

const WINDOW_SECONDS = 15 * 60;
const ATTEMPTS_PER_EMAIL = 10;
const ATTEMPTS_PER_ADDRESS = 50;
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
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password; returns a bearer token with its expiry.' })
  @ApiBody({ schema: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } } })
  async login(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const check = new FieldChecker(body);
    const email = check.email('email');
    const password = check.text('password', 500);
    check.done();
    await this.limit(`login:email:${email}`, ATTEMPTS_PER_EMAIL, response);
    await this.limit(`login:ip:${request.ip ?? 'unknown'}`, ATTEMPTS_PER_ADDRESS, response);
    const rows: { id: number; password_hash: string; role: string; code: string | null }[] = await this.dataSource.query(
      `SELECT u.id, u.password_hash, u.role, a.code FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id
       WHERE u.email = $1 AND u.active`,
      [email],
    );
    const user = rows[0];
    const valid = await verifyPassword(password, user?.password_hash ?? DECOY_HASH);
    if (!user || !valid) throw new UnauthorizedException('Wrong email or password.');
    const session = await this.sessions.open(user.id, Date.now());
    return { token: session.token, expiresAt: session.expiresAt.toISOString(), user: { email, role: user.role, agency: user.code } };
  }

  @Get('me')
  @ApiOperation({ summary: 'Who the bearer token belongs to.' })
  me(@CurrentUser() user: AuthenticatedUser): LoginResponse['user'] {
    return { email: user.email, role: user.role, agency: user.agencyCode };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: Request): Promise<void> {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (token) await this.sessions.close(token);
  }

  private async limit(key: string, limit: number, response: Response): Promise<void> {
    const decision = await this.limiter.consume(key, limit, WINDOW_SECONDS);
    if (!decision.allowed) {
      response.setHeader('Retry-After', String(decision.retryAfterSeconds));
      throw new HttpException('Too many sign-in attempts; wait before trying again.', HttpStatus.TOO_MANY_REQUESTS);
    }
  }
}
