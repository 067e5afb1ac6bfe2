import type { FeedEvent } from '@ws/contracts';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { postEvents, pollResolved, qatarDate } from './support/api';
import { SCREENSHOT_DIR, readState } from './support/state';

const SERVICE = 'MOI-RP-RENEW';
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

const state = readState();
const twoDaysAgo = qatarDate(-2);
const yesterday = qatarDate(-1);
const today = qatarDate(0);

function feed(): FeedEvent[] {
  const run = randomUUID().slice(0, 8);
  const caseIds = [1, 2, 3, 4].map((n) => `E2E-${run}-${n}`);
  const opened = caseIds.map(
    (caseId, i): FeedEvent => ({
      eventId: randomUUID(),
      type: 'case.opened',
      caseId,
      serviceCode: SERVICE,
      occurredAt: `${twoDaysAgo}T09:0${i}:00+03:00`,
      channel: 'web',
    }),
  );
  // three of the four cases are resolved yesterday; the fourth stays open
  const resolved = caseIds.slice(0, 3).map(
    (caseId, i): FeedEvent => ({
      eventId: randomUUID(),
      type: 'case.resolved',
      caseId,
      serviceCode: SERVICE,
      occurredAt: `${yesterday}T10:0${i}:00+03:00`,
    }),
  );
  return [...opened, ...resolved];
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

const testId = (id: string) => `[data-testid="${id}"]`;

/** Number of painted pixels of the chart's canvas (0 for a blank canvas). */
function paintedPixels(page: Page): Promise<number> {
  return page.$eval(`${testId('daily-bar-chart')} canvas`, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; data && i < data.length; i += 4) {
      if (data[i] > 0) painted++;
    }
    return painted;
  });
}

describe('dashboard overview (real API, worker, database)', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const accepted = await postEvents(state.baseUrl, state.feedKey, feed());
    expect(accepted).toMatchObject({ accepted: 7, duplicates: 0, rejected: [] });

    const body = await pollResolved(
      state.baseUrl,
      { from: twoDaysAgo, to: today },
      (b) => b.series.find((p) => p.period === yesterday)?.resolved === 3,
    );
    expect(body.series.map((p) => p.period)).toEqual([twoDaysAgo, yesterday, today]);

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens on the overview in Arabic, right to left, with the chart drawn', async () => {
    await page.goto(`${state.baseUrl}/`);
    await page.waitForURL(/\/overview\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    expect(new URL(page.url()).searchParams.get('to')).toBe(today);

    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.textContent(testId('product-name'))).toContain('المنصة الوطنية');

    await page.waitForSelector(`${testId('daily-bar-chart')} canvas`, { timeout: 30_000 });
    await page.waitForFunction(
      (sel) => {
        const c = document.querySelector(sel) as HTMLCanvasElement | null;
        return !!c && c.width > 0 && c.height > 0;
      },
      `${testId('daily-bar-chart')} canvas`,
    );
    await page.waitForTimeout(600); // let the bars' entry animation finish for the screenshot
    expect(await paintedPixels(page)).toBeGreaterThan(1000);
    expect((await page.textContent(testId('resolved-total')))?.trim()).toBe('3');
    await shot(page, 'overview-ar-chart');
  });

  it('shows the same figures as a table', async () => {
    await page.click(testId('view-table'));
    const cell = page.locator(
      `${testId('resolved-row')}[data-period="${yesterday}"] ${testId('resolved-value')}`,
    );
    await cell.waitFor();
    expect((await cell.textContent())?.trim()).toBe('3');
    const other = page.locator(
      `${testId('resolved-row')}[data-period="${twoDaysAgo}"] ${testId('resolved-value')}`,
    );
    expect((await other.textContent())?.trim()).toBe('0');
    expect(await page.getAttribute(testId('view-table'), 'aria-pressed')).toBe('true');
    await shot(page, 'overview-ar-table');
  });

  it('switches to English, left to right, and remembers it', async () => {
    await page.click(testId('lang-switch'));
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.textContent('#resolved-title'))?.trim()).toBe('Resolved cases per day');
    expect((await page.textContent(testId('lang-switch')))?.trim()).toBe('العربية');
    await shot(page, 'overview-en-table');

    await page.reload();
    await page.waitForSelector(`${testId('daily-bar-chart')} canvas`, { timeout: 30_000 });
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    await page.waitForTimeout(600);
    expect(await paintedPixels(page)).toBeGreaterThan(1000);
    await shot(page, 'overview-en-chart');
  });

  it('shows where the keyboard focus is', async () => {
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // navigation
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? getComputedStyle(el).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
    await shot(page, 'overview-en-focus');
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
