import type { BreachReviewResponse } from '@ws/contracts';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, switchLanguage, testId } from './support/browser';
import { apiToken, createOwnService, openBreachedCases } from './support/review-fixture';
import { openAs } from './support/sessions';
import { screenShot } from './support/screens';
import { readState } from './support/state';

const state = readState();
/** More than two pages of the review list (20 rows a page). */
const CASES = 45;

function csvRows(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => line.split(','));
}

describe("downloads are the API's full export for the filters, with the row count shown first", () => {
  let browser: Browser;
  let page: Page;
  let service: string;
  let caseIds: string[];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    service = await createOwnService(state, 'EXP');
    caseIds = await openBreachedCases(state, 'EXP', CASES, service);
    browser = await launchBrowser();
    page = await newPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the count of the whole list on the review's button and downloads every row, not the page", async () => {
    await openAs(page, state.baseUrl, state.users.agency_manager, `/review?service=${service}`);
    await page.waitForSelector(testId('review-row'));
    expect(await page.locator(testId('review-row')).count()).toBe(20);
    const button = page.locator(`${testId('review-table-csv')}[data-rows="${CASES}"]`);
    await button.waitFor({ timeout: 30_000 });
    expect((await button.textContent())?.trim()).toBe(`تنزيل CSV (${CASES} صف)`);
    await screenShot(page, 'export-ar-review');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('breach-review-open_breach.csv');
    const [header, ...rows] = csvRows(await download.path());
    expect(header?.slice(0, 3)).toEqual(['category', 'agency', 'caseId']);
    expect(rows.map((row) => row[2]).sort()).toEqual([...caseIds].sort());
    // The list the page reads holds one page; the file held all of them.
    const token = await apiToken(state.baseUrl, state.users.agency_manager);
    const list = (await (
      await fetch(
        `${state.baseUrl}/api/v1/review/breaches?status=open_breach&service=${service}&pageSize=20`,
        { headers: { authorization: `Bearer ${token}` } },
      )
    ).json()) as BreachReviewResponse;
    expect({ total: list.total, page: list.items.length }).toEqual({ total: CASES, page: 20 });
  });

  it("says the count in English too, and the scorecard's trend downloads its series from the API", async () => {
    await switchLanguage(page, 'en');
    const button = page.locator(`${testId('review-table-csv')}[data-rows="${CASES}"]`);
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes('rows'),
      `${testId('review-table-csv')}[data-rows="${CASES}"]`,
    );
    expect((await button.textContent())?.trim()).toBe(`Download CSV (${CASES} rows)`);
    await screenShot(page, 'export-en-review');

    const leadership = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openAs(leadership, state.baseUrl, state.users.leadership, '/scorecard');
    const trend = leadership.locator(`${testId('trend-adherence-csv')}[data-rows]`);
    await trend.waitFor({ timeout: 30_000 });
    const count = Number(await trend.getAttribute('data-rows'));
    const [download] = await Promise.all([leadership.waitForEvent('download'), trend.click()]);
    expect(download.suggestedFilename()).toBe('sla-adherence.csv');
    const [header, ...rows] = csvRows(await download.path());
    expect(header?.[0]).toBe('period');
    expect(rows).toHaveLength(count);
    expect(count).toBeGreaterThanOrEqual(12);
    await leadership.close();
    expect(pageErrors).toEqual([]);
  });
});
