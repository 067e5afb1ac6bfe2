import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, shot, signIn, switchLanguage, testId } from './support/browser';
import { openBreachedCases } from './support/review-fixture';
import type { E2eRole } from './support/state';
import { readState } from './support/state';

const state = readState();

/** Where each role lands after signing in, and the pages its header offers (product.md). */
const EXPECTED: Record<E2eRole, { landing: RegExp; nav: string[] }> = {
  leadership: { landing: /\/scorecard$/, nav: ['nav-scorecard'] },
  central_office: {
    landing: /\/scorecard$/,
    nav: ['nav-scorecard', 'nav-tracking', 'nav-review', 'nav-admin'],
  },
  agency_manager: { landing: /\/review(\?|$)/, nav: ['nav-review'] },
};

describe('sign-in, role landing pages and the shell (real API)', () => {
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh browser context: sessionStorage (the token) and localStorage start empty. */
  async function freshPage(): Promise<Page> {
    return newPage(browser, pageErrors);
  }

  it('sends a signed-out visitor to sign-in, in Arabic, keeping the page asked for', async () => {
    const page = await freshPage();
    await page.goto(`${state.baseUrl}/tracking`);
    await page.waitForURL(/\/sign-in\?returnUrl=%2Ftracking/);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect((await page.textContent('h1'))?.trim()).toBe('تسجيل الدخول');
    await shot(page, 'sign-in-ar');

    await page.fill(testId('sign-in-email'), state.users.central_office.email);
    await page.fill(testId('sign-in-password'), 'not-the-password');
    await page.click(testId('sign-in-submit'));
    const error = page.locator(testId('sign-in-error'));
    await error.waitFor();
    expect(await error.textContent()).toContain('غير صحيحة');

    await page.fill(testId('sign-in-password'), state.users.central_office.password);
    await page.click(testId('sign-in-submit'));
    await page.waitForURL(/\/tracking\?/); // back to the page asked for
    await page.close();
  });

  for (const role of ['leadership', 'central_office', 'agency_manager'] as const) {
    it(`lands ${role} on its page with the pages its role may open`, async () => {
      const page = await freshPage();
      await signIn(page, state.baseUrl, state.users[role]);
      await page.waitForURL(EXPECTED[role].landing);
      const nav = await page.$$eval(`${testId('app-header')} nav a`, (links) =>
        links.map((a) => a.getAttribute('data-testid')),
      );
      expect(nav).toEqual(EXPECTED[role].nav);
      expect(await page.getAttribute(testId('user-role'), 'data-role')).toBe(role);
      await shot(page, `landing-${role}-ar`);

      await page.click(testId('sign-out'));
      await page.waitForURL(/\/sign-in/);
      await page.goto(`${state.baseUrl}/`);
      await page.waitForURL(/\/sign-in/); // the token is gone
      await page.close();
    });
  }

  it('keeps leadership to the scorecard when it types another page', async () => {
    const page = await freshPage();
    await signIn(page, state.baseUrl, state.users.leadership);
    await page.goto(`${state.baseUrl}/tracking`);
    await page.waitForURL(/\/scorecard$/);
    await page.close();
  });

  it('switches to English left to right and to Arabic-Indic digits, remembered', async () => {
    const page = await freshPage();
    await signIn(page, state.baseUrl, state.users.leadership);
    await page.waitForSelector(testId('kpi-tile'), { timeout: 30_000 });
    await switchLanguage(page, 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.textContent(testId('nav-scorecard')))?.trim()).toBe('National scorecard');
    expect((await page.textContent('#scorecard-title'))?.trim()).toBe('National scorecard');

    await page.click(testId('digits-arab'));
    await page.waitForFunction(
      (sel) => /[٠-٩]/.test(document.querySelector(sel)?.textContent ?? ''),
      `${testId('kpi-tile')} ${testId('kpi-target')}`,
    );
    await page.reload();
    await page.waitForSelector(testId('kpi-tile'), { timeout: 30_000 });
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.getAttribute(testId('digits-arab'), 'aria-pressed')).toBe('true');
    expect(await page.textContent(`${testId('kpi-tile')} ${testId('kpi-target')}`)).toMatch(
      /[٠-٩]/,
    );
    await shot(page, 'scorecard-en-arabic-digits');
    await page.close();
  });

  it('shows where the keyboard focus is', async () => {
    const page = await freshPage();
    await signIn(page, state.baseUrl, state.users.central_office);
    await page.goto(`${state.baseUrl}/scorecard`); // focus starts at the top of a fresh page
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // first navigation link
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        id: el?.getAttribute('data-testid'),
        outline: el ? getComputedStyle(el).outlineStyle : 'none',
      };
    });
    expect(focused.id).toBe('nav-scorecard');
    expect(focused.outline).not.toBe('none');
    await page.close();
  });

  it('updates the open-breach count in the header without a reload', async () => {
    const page = await freshPage();
    await signIn(page, state.baseUrl, state.users.central_office);
    const count = testId('live-open-breaches');
    await page.waitForSelector(count, { timeout: 30_000 });
    const before = Number((await page.textContent(count))?.replace(/\D/g, ''));
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await openBreachedCases(state, 'LIVE', 2);
    // the header polls every 20 s: the new breaches appear within a poll or two
    await page.waitForFunction(
      ([selector, least]) =>
        Number(document.querySelector(selector as string)?.textContent?.replace(/\D/g, '')) >=
        (least as number),
      [count, before + 2],
      { timeout: 60_000, polling: 500 },
    );
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
    await page.close();
  });

  it('raised no uncaught error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
