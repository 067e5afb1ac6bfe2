import type { LoginResponse } from '@ws/contracts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { E2eUser } from './state';
import { RUN_DIR } from './state';

/**
 * One session per user for the whole run, kept in this run's folder: sign-in is rate limited
 * (docs/security.md: 50 attempts per address in 15 minutes), and the run signs in as the same
 * roles from many files.
 */
const SESSIONS_FILE = resolve(RUN_DIR, 'sessions.json');
const SESSION_STORAGE_KEY = 'ws.dashboard.session'; // AuthSession's key in sessionStorage

function readSessions(): Record<string, LoginResponse> {
  return existsSync(SESSIONS_FILE)
    ? (JSON.parse(readFileSync(SESSIONS_FILE, 'utf8')) as Record<string, LoginResponse>)
    : {};
}

/** The user's session: signed in through the API once per run, then reused until it expires. */
export async function sessionOf(baseUrl: string, user: E2eUser): Promise<LoginResponse> {
  const sessions = readSessions();
  const known = sessions[user.email];
  if (known && Date.parse(known.expiresAt) > Date.now() + 60_000) {
    return known;
  }
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  const body = (await response.json()) as LoginResponse;
  if (!response.ok || !body.token) {
    throw new Error(`login as ${user.email} answered ${response.status}`);
  }
  writeFileSync(SESSIONS_FILE, JSON.stringify({ ...readSessions(), [user.email]: body }));
  return body;
}

/**
 * Opens the dashboard on `path` as `user` without the sign-in form: the run's session is put
 * where the dashboard keeps it (sessionStorage) before the page loads. The form itself is
 * tested by `signIn` (shell.e2e.ts).
 */
export async function openAs(
  page: Page,
  baseUrl: string,
  user: E2eUser,
  path: string,
): Promise<void> {
  const session = await sessionOf(baseUrl, user);
  await page.addInitScript(
    ([key, value]) => {
      if (!window.sessionStorage.getItem(key)) {
        window.sessionStorage.setItem(key, value);
      }
    },
    [SESSION_STORAGE_KEY, JSON.stringify(session)] as const,
  );
  await page.goto(`${baseUrl}${path}`);
}
