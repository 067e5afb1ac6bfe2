import type { Browser, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { launchBrowser, newPage, shot, switchLanguage, testId } from './support/browser';
import type { CspReport } from './support/csp';
import { watchCsp } from './support/csp';
import { openAs, sessionOf } from './support/sessions';
import type { E2eRole } from './support/state';
import { readState } from './support/state';

const state = readState();

/** Every page of the dashboard, each as a role that may see it. */
const PAGES: [E2eRole, string][] = [
  ['leadership', '/scorecard'],
  ['central_office', '/tracking'],
  ['agency_manager', '/review'],
  ...['entities', 'services', 'calendars', 'kpis', 'users', 'feedKeys'].map(
    (section): [E2eRole, string] => ['central_office', `/admin?section=${section}`],
  ),
];

async function api(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const { token, ...rest } = init;
  const headers = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  return fetch(`${state.baseUrl}/api/v1${path}`, { ...rest, headers });
}

/** `admin-ar-<name>.png`, then the same screen in English (`admin-en-<name>.png`), and back to Arabic. */
async function shotInBothLanguages(page: Page, name: string): Promise<void> {
  await shot(page, `admin-ar-${name}`);
  for (const lang of ['en', 'ar'] as const) {
    await switchLanguage(page, lang);
    if (lang === 'en') await shot(page, `admin-en-${name}`);
  }
}

describe('security in the browser: CSP, user deactivation, feed-key rotation', () => {
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads every page (charts, styles, the OpenAPI page) with zero CSP violations', async () => {
    const signIn = await newPage(browser, pageErrors);
    const signInReport = await watchCsp(signIn);
    const answer = await signIn.goto(`${state.baseUrl}/sign-in`);
    const policy = answer?.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self';/);
    expect(policy).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    await signIn.waitForSelector(testId('sign-in-email'));
    // Angular's component styles are there, each with the response's nonce.
    const nonces = await signIn.$$eval('style', (styles) => styles.map((style) => style.nonce));
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces).size).toBe(1);
    expect(policy).toContain(`'nonce-${nonces[0]}'`);
    // The watcher sees a violation when there is one: a style element without the nonce.
    await signIn.evaluate(() =>
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'b{}' })),
    );
    const seen = () => signInReport.violations.length > 0 && signInReport.consoleErrors.length > 0;
    for (let wait = 0; wait < 50 && !seen(); wait++) await signIn.waitForTimeout(100);
    expect(signInReport.violations).toEqual([expect.stringContaining('style-src')]);
    expect(signInReport.consoleErrors).toEqual([
      expect.stringContaining('Content Security Policy'),
    ]);
    signInReport.violations.length = 0;
    signInReport.consoleErrors.length = 0;
    const reports: [string, CspReport][] = [['/sign-in', signInReport]];
    await signIn.close();

    for (const [role, path] of PAGES) {
      const page = await newPage(browser, pageErrors);
      const report = await watchCsp(page);
      await openAs(page, state.baseUrl, state.users[role], path);
      await page.waitForLoadState('networkidle');
      const canvas = await page.$('canvas');
      if (canvas) {
        // A tooltip is HTML with inline style attributes: hover a chart to draw one.
        const box = await canvas.boundingBox();
        if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForTimeout(300);
      }
      reports.push([`${path} as ${role}`, report]);
      await page.close();
    }
    const docs = await newPage(browser, pageErrors);
    const docsReport = await watchCsp(docs);
    await docs.goto(`${state.baseUrl}/api/docs`);
    await docs.waitForSelector('.swagger-ui .opblock');
    reports.push(['/api/docs', docsReport]);
    await docs.close();
    const problems = reports.flatMap(([where, report]) =>
      [...report.violations, ...report.consoleErrors].map((problem) => `${where}: ${problem}`),
    );
    console.log(`CSP: ${reports.length} pages loaded, ${problems.length} violations`);
    expect(problems).toEqual([]);
    expect(reports.length).toBe(PAGES.length + 2);
  });

  it('deactivates a user from the admin users section (its old token is refused at once) and reactivates it', async () => {
    const central = await sessionOf(state.baseUrl, state.users.central_office);
    const email = `e2e-deactivated-${randomUUID().slice(0, 8)}@example.qa`;
    const created = await api('/users', {
      method: 'POST',
      token: central.token,
      body: JSON.stringify({ email, role: 'leadership' }),
    });
    const { password } = (await created.json()) as { password: string };
    const login = () =>
      api('/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) });
    const { token } = (await (await login()).json()) as { token: string };
    expect((await api('/auth/me', { token })).status).toBe(200);

    const page = await newPage(browser, pageErrors);
    await openAs(page, state.baseUrl, state.users.central_office, '/admin?section=users');
    await page.waitForSelector(`${testId('user-row')}[data-key="${email}"]`);
    await page.selectOption('#user-access-email', email);
    await page.click(testId('user-access-submit'));
    await page.waitForSelector(testId('user-access-done'));
    await page.waitForFunction(
      ([selector]) => document.querySelector(selector)?.textContent?.includes('○'),
      [`${testId('user-row')}[data-key="${email}"] [data-column="active"]`] as const,
    );
    await shotInBothLanguages(page, 'user-deactivated');
    expect((await api('/auth/me', { token })).status).toBe(401);
    expect((await login()).status).toBe(401);

    await page.click(testId('user-access-submit'));
    await page.waitForFunction(
      ([selector]) => document.querySelector(selector)?.textContent?.includes('●'),
      [`${testId('user-row')}[data-key="${email}"] [data-column="active"]`] as const,
    );
    expect((await login()).status).toBe(200);
    await page.close();
  });

  it('rotates a feed key from the admin feed-keys section; both keys work during the overlap', async () => {
    const central = await sessionOf(state.baseUrl, state.users.central_office);
    const label = `e2e rotation ${randomUUID().slice(0, 8)}`;
    const created = await api('/feed-keys', {
      method: 'POST',
      token: central.token,
      body: JSON.stringify({ agency: 'MOI', label }),
    });
    const { key: oldKey } = (await created.json()) as { key: string };
    const keys = (await (await api('/feed-keys', { token: central.token })).json()) as {
      id: number;
      label: string;
    }[];
    const id = keys.find((key) => key.label === label)?.id;
    // An authenticated feed call for a batch that does not exist: 404 when the key is accepted, 401 when refused.
    const probe = async (key: string) =>
      (await api(`/batches/${randomUUID()}`, { token: key })).status;

    const page = await newPage(browser, pageErrors);
    await openAs(page, state.baseUrl, state.users.central_office, '/admin?section=feedKeys');
    await page.waitForSelector(`#rotation-key option[value="${id}"]`, { state: 'attached' });
    await page.selectOption('#rotation-key', String(id));
    await page.fill('#rotation-overlap', '2');
    await page.click(testId('key-rotation-submit'));
    const secret = (
      (await (await page.waitForSelector(testId('rotated-key-secret'))).textContent()) ?? ''
    ).trim();
    expect(secret).toMatch(/^sfk_/);
    expect(await page.textContent(testId('rotated-old-until'))).toMatch(/\d/);
    const oldRow = page.locator(`${testId('feed-key-row')}[data-key="${id}"]`);
    await page.waitForFunction(
      ([selector]) => document.querySelector(selector)?.textContent?.includes('◐'),
      [`${testId('feed-key-row')}[data-key="${id}"] [data-column="revokedAt"]`] as const,
    );
    expect(await oldRow.count()).toBe(1);
    await shotInBothLanguages(page, 'feed-key-rotated');
    expect(await probe(oldKey)).toBe(404);
    expect(await probe(secret)).toBe(404);
    await page.close();
  });

  it('raised no uncaught error in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
