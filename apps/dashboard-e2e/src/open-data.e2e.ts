import type { OpenDataMonthlyResponse } from '@ws/contracts';
import { readFileSync } from 'node:fs';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser, newPage, paintedPixels, switchLanguage, testId } from './support/browser';
import { screenShot } from './support/screens';
import { readState } from './support/state';

const state = readState();

describe('the public open-data page (no sign-in)', () => {
  let browser: Browser;
  let page: Page;
  let openData: OpenDataMonthlyResponse;
  const pageErrors: string[] = [];
  const apiRequests: Request[] = [];
  const year = Number(new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 4));

  beforeAll(async () => {
    openData = (await (
      await fetch(`${state.baseUrl}/api/v1/open-data/monthly?year=${year}`)
    ).json()) as OpenDataMonthlyResponse;
    browser = await launchBrowser();
    page = await newPage(browser, pageErrors);
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request);
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens signed out, in Arabic, with the national trends of the open data', async () => {
    await page.goto(`${state.baseUrl}/open-data`);
    await page.waitForSelector(`${testId('open-adherence')} canvas`, { timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/open-data'); // not sent to sign-in
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('h1')).toContain('البيانات المفتوحة');
    expect(await paintedPixels(page, testId('open-adherence'))).toBeGreaterThan(1000);
    await page.click(testId('open-adherence-view-table'));
    const national = openData.rows.filter((row) => row.entity === 'national');
    // The table is drawn after the click: wait for its last row before reading the cells.
    await page
      .locator(testId('open-adherence-row'))
      .nth(national.length - 1)
      .waitFor({ timeout: 30_000 });
    const cells = await page
      .locator(`${testId('open-adherence-row')} td:first-of-type`)
      .allTextContents();
    const ar = new Intl.NumberFormat('ar-QA-u-nu-latn', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    expect(cells.map((cell) => cell.trim())).toEqual(
      national.map((row) =>
        row.decided >= 30 ? ar.format(row.met / row.decided) : 'بيانات غير كافية',
      ),
    );
    await screenShot(page, 'open-data-ar');
  });

  it('downloads the whole data set, its row count shown first, from the public cacheable API', async () => {
    const button = page.locator(`${testId('open-data-csv')}[data-rows="${openData.rows.length}"]`);
    await button.waitFor({ timeout: 30_000 });
    expect(await button.textContent()).toContain(`(${openData.rows.length} صف)`);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`open-data-monthly-${year}.csv`);
    const lines = readFileSync(await download.path(), 'utf8')
      .split('\r\n')
      .filter(Boolean);
    expect(lines).toHaveLength(openData.rows.length + 1);
    expect(lines[0]).toBe(
      '\uFEFFmonth,entity,entityNameAr,entityNameEn,met,decided,adherence,responses,satisfied,csat,opened,resolved,openedDigital,demo',
    );
    const response = await fetch(
      `${state.baseUrl}/api/v1/open-data/monthly?year=${year}&format=csv`,
      { method: 'HEAD' },
    );
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.headers.get('etag')).toBeTruthy();
  });

  it('switches to English and asked the API for nothing but the open data, without a token', async () => {
    await switchLanguage(page, 'en');
    expect(await page.textContent('h1')).toContain('Open data');
    await page.click(testId('open-adherence-view-chart'));
    await page.waitForSelector(`${testId('open-adherence')} canvas`);
    await screenShot(page, 'open-data-en');
    expect(apiRequests.length).toBeGreaterThan(0);
    for (const request of apiRequests) {
      expect(new URL(request.url()).pathname).toBe('/api/v1/open-data/monthly');
      expect(await request.headerValue('authorization')).toBeNull();
    }
    expect(pageErrors).toEqual([]);
  });
});
