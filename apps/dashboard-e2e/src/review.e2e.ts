import type { Browser, Page } from 'playwright-core';
import { lowContrastTexts } from './support/contrast';
import { launchBrowser, newPage, shot, testId } from './support/browser';
import { createOwnService, openBreachedCases } from './support/review-fixture';
import { openAs } from './support/sessions';
import { readState } from './support/state';

const state = readState();

describe('breach review (agency manager, real API, worker, database)', () => {
  let browser: Browser;
  let page: Page;
  let caseIds: string[];
  let service: string;
  const pageErrors: string[] = [];
  const row = (caseId: string) => `${testId('review-row')}[data-key="MOI/${caseId}/1"]`;

  beforeAll(async () => {
    service = await createOwnService(state, 'REV');
    caseIds = await openBreachedCases(state, 'REV', 2, service);
    browser = await launchBrowser();
    page = await newPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lands the agency manager on the review with the open breaches listed', async () => {
    await openAs(page, state.baseUrl, state.users.agency_manager, '/');
    await page.waitForURL(/\/review/);
    await page.selectOption(testId('review-service'), service);
    await page.waitForURL(new RegExp(`service=${service}`));
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    for (const caseId of caseIds) {
      await page.waitForSelector(row(caseId), { timeout: 30_000 });
    }
    const status = await page.textContent(`${row(caseIds[0])} [data-column="status"]`);
    expect(status).toContain('⚠'); // breached and open: said with a symbol and words
    const live = await page.textContent(testId('review-live'));
    expect(live).toMatch(/\d/);
    // an agency manager sees their own entity only: no entity filter to choose from
    expect(await page.$(testId('review-agency'))).toBeNull();
    // own services against the target: the test's service is listed with a verdict in words
    const target = page.locator(`${testId('target-row')}[data-key="${service}"]`);
    await target.waitFor();
    expect(await target.locator('[data-column="verdict"]').textContent()).toMatch(/[✓✗◌—]/);
    await shot(page, 'review-ar-open-breaches');
  });

  it('sorts by keyboard, keeps the sort in the URL, and offers the list as CSV', async () => {
    await page.focus(testId('sort-breachedAt'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=-breachedAt/);
    // the URL changes first; the table takes the sort from it on its next render
    const header = page.locator('th[aria-sort="descending"]', { has: page.locator(testId('sort-breachedAt')) });
    await header.waitFor({ timeout: 10_000 });
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as HTMLElement).outlineStyle,
    );
    expect(outline).not.toBe('none');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(testId('review-table-csv')),
    ]);
    expect(download.suggestedFilename()).toBe('breach-review-open_breach.csv'); // the API's export of the whole list
  });

  it('filters to another list through the URL and back', async () => {
    await page.click(testId('review-tab-at_risk'));
    await page.waitForURL(/status=at_risk/);
    // The service's only cases are breached: its at-risk list is empty once loaded (until then the
    // open breaches may still be shown, with aria-busy not yet set).
    await page.waitForSelector(`${testId('review-list')}[aria-busy="false"] ${testId('state-empty')}`);
    expect(await page.$(row(caseIds[0]))).toBeNull(); // breached, not at risk
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('status=at_risk'));
    await page.waitForSelector(`${testId('review-list')}[aria-busy="false"] ${row(caseIds[0])}`);
  });

  it('windows the recent breaches by dates kept in the URL', async () => {
    await page.click(testId('review-tab-recent_breach'));
    await page.waitForURL(/status=recent_breach/);
    const from = await page.inputValue(testId('review-from'));
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/); // the API's default window, shown
    await page.fill(testId('review-from'), '2026-01-01');
    await page.dispatchEvent(testId('review-from'), 'change');
    await page.waitForURL(/from=2026-01-01/);
    await page.waitForSelector(`${testId('review-list')}[aria-busy="false"]`);
    expect(await page.inputValue(testId('review-from'))).toBe('2026-01-01');
    await page.goBack();
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('recent_breach'));
    await page.waitForSelector(`${testId('review-list')}[aria-busy="false"] ${row(caseIds[0])}`);
  });

  it('opens the case timeline from its row', async () => {
    await page.click(`${row(caseIds[0])} a`);
    await page.waitForURL(new RegExp(`/cases/MOI/${caseIds[0]}$`));
    await page.waitForSelector(testId('case-facts'));
    expect(await page.textContent(testId('case-title'))).toContain(caseIds[0]);
    await shot(page, 'review-ar-case-opened');
  });

  it('lets the central office choose the entity, kept in the URL', async () => {
    const central = await newPage(browser, pageErrors);
    await openAs(central, state.baseUrl, state.users.central_office, '/review');
    await central.selectOption(testId('review-agency'), 'MOI');
    await central.waitForURL(/agency=MOI/);
    await central.selectOption(testId('review-service'), service);
    await central.waitForURL(new RegExp(`service=${service}`));
    await central.waitForSelector(`${testId('review-list')}[aria-busy="false"] ${row(caseIds[1])}`);
    await shot(central, 'review-ar-central-office');
    await central.close();
  });

  it('draws every text at WCAG AA contrast or better', async () => {
    expect(await lowContrastTexts(page)).toEqual([]);
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
