import type { Browser, Page } from 'playwright-core';
import { lowContrastTexts } from './support/contrast';
import {
  launchBrowser,
  newPage,
  paintedPixels,
  shot,
  signIn,
  switchLanguage,
  testId,
} from './support/browser';
import { SERVICE, openBreachedCases } from './support/review-fixture';
import { readState } from './support/state';

const state = readState();

describe('target tracking and the drill-down (central office)', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await openBreachedCases(state, 'TRK', 1);
    browser = await launchBrowser();
    page = await newPage(browser, pageErrors);
    await signIn(page, state.baseUrl, state.users.central_office);
    await page.waitForURL(/\/scorecard$/);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('drills down from the scorecard: national -> entity -> service -> cases -> timeline', async () => {
    await page.click(`${testId('league-row')}[data-agency="MOI"] ${testId('league-entity-link')}`);
    await page.waitForURL(/\/tracking\?.*interval=month&agency=MOI/);
    // the whole filter is written into the URL, so the view can be shared as a link
    const url = new URL(page.url());
    expect(url.searchParams.get('interval')).toBe('month');
    expect(url.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-01$/);
    expect(await page.textContent(testId('crumb-agency'))).toBeTruthy();

    const service = page.locator(
      `${testId('service-row')}[data-service="${SERVICE}"] ${testId('drill-service')}`,
    );
    await service.waitFor({ timeout: 30_000 });
    await shot(page, 'tracking-ar-entity');
    await service.click();
    await page.waitForURL(new RegExp(`service=${SERVICE}`));

    // the list holds at least the breached case opened above (and demo cases): follow the first
    const first = page.locator(testId('case-row')).first();
    await first.waitFor({ timeout: 30_000 });
    const listed = await first.getAttribute('data-case');
    await shot(page, 'tracking-ar-cases');
    await first.locator(testId('case-link')).click();
    await page.waitForURL(new RegExp(`/cases/MOI/${listed}$`));
    await page.waitForSelector(testId('case-facts'), { timeout: 30_000 });
    expect(await page.textContent(testId('case-title'))).toContain(listed);
    await shot(page, 'tracking-ar-case-timeline');
  });

  it('opens a shared link with its filters, and changes them through the URL', async () => {
    await page.goto(
      `${state.baseUrl}/tracking?from=2026-01-01&to=2026-03-31&interval=week&channel=mobile`,
    );
    await page.waitForSelector(testId('tracking-filters'));
    expect(await page.inputValue(testId('filter-interval'))).toBe('week');
    expect(await page.inputValue(testId('filter-channel'))).toBe('mobile');
    expect(await page.inputValue(testId('filter-from'))).toBe('2026-01-01');
    await page.selectOption(testId('filter-interval'), 'quarter');
    await page.waitForURL(/interval=quarter/);
    expect(new URL(page.url()).searchParams.get('channel')).toBe('mobile');
  });

  it('shows the heatmap, the matrix, error budgets and feed freshness', async () => {
    await page.goto(`${state.baseUrl}/tracking`);
    await page.waitForURL(/interval=month/);
    expect(await paintedPixels(page, testId('heatmap-chart'))).toBeGreaterThan(1000);
    await page.waitForSelector(testId('budget-row'), { timeout: 30_000 });
    const fresh = page.locator(`${testId('freshness-row')}[data-agency="MOI"]`);
    await fresh.waitFor({ timeout: 30_000 });
    await page.waitForSelector(`${testId('matrix')} :is(canvas, [data-testid="state-empty"])`);
    await page.waitForTimeout(400);
    await shot(page, 'tracking-ar');

    await page.click(testId('heatmap-view-table'));
    await page.waitForSelector(`${testId('heatmap')} table`);
    await switchLanguage(page, 'en');
    expect((await page.textContent('#tracking-title'))?.trim()).toBe('Target tracking');
    await shot(page, 'tracking-en');
  });

  it('draws every text at WCAG AA contrast or better', async () => {
    expect(await lowContrastTexts(page)).toEqual([]);
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
