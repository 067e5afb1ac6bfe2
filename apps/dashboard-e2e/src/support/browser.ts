import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { E2eUser } from './state';
import { SCREENSHOT_DIR } from './state';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A fresh page that records uncaught errors in `errors`. */
export async function newPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

export const testId = (id: string) => `[data-testid="${id}"]`;

export function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** A screenshot of one element only (a section, a form, a chart): small enough to commit. */
export async function shotOf(page: Page, selector: string, name: string): Promise<Buffer> {
  return page
    .locator(selector)
    .first()
    .screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/** Signs in through the sign-in page and waits to leave it. */
export async function signIn(page: Page, baseUrl: string, user: E2eUser): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill(testId('sign-in-email'), user.email);
  await page.fill(testId('sign-in-password'), user.password);
  await page.click(testId('sign-in-submit'));
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 30_000 });
}

/** Number of painted pixels of the first canvas under `selector` (0 for a blank canvas). */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  await page.waitForSelector(`${selector} canvas`, { timeout: 30_000 });
  return page.$eval(`${selector} canvas`, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; data && i < data.length; i += 4) {
      if (data[i] > 0) painted++;
    }
    return painted;
  });
}

/** Clicks the header's language switch and waits until the page is in `lang` (and its direction). */
export async function switchLanguage(page: Page, lang: 'ar' | 'en'): Promise<void> {
  await page.click(testId('lang-switch'));
  await page.waitForFunction(
    (wanted) =>
      document.documentElement.lang === wanted &&
      document.documentElement.dir === (wanted === 'ar' ? 'rtl' : 'ltr'),
    lang,
  );
}
