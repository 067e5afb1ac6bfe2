import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  newPage,
  paintedPixels,
  shot,
  switchLanguage,
  testId,
} from './support/browser';
import { createOwnService, openBreachedCases } from './support/review-fixture';
import { openAs } from './support/sessions';
import { readState } from './support/state';

const state = readState();

describe('case timeline and breach acknowledgement (agency manager)', () => {
  let browser: Browser;
  let page: Page;
  let caseId: string;
  let service: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    service = await createOwnService(state, 'CASE');
    [caseId] = await openBreachedCases(state, 'CASE', 1, service);
    browser = await launchBrowser();
    page = await newPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the cycles and events on a time axis, right to left', async () => {
    await openAs(page, state.baseUrl, state.users.agency_manager, `/cases/MOI/${caseId}`);
    await page.waitForSelector(testId('case-facts'));
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.waitForTimeout(300); // first frame of the canvas
    expect(await paintedPixels(page, testId('case-timeline-chart'))).toBeGreaterThan(500);
    expect(await page.textContent(testId('cycle-status-1'))).toContain('⚠');
    await shot(page, 'case-ar-timeline');
  });

  it('shows the same cycles and events as tables', async () => {
    await page.click(testId('case-view-table'));
    const cycle = page.locator(`${testId('cycle-row')}[data-key="1"]`);
    await cycle.waitFor();
    expect(await cycle.locator('[data-column="status"]').textContent()).toContain('⚠');
    expect(await page.locator(testId('event-row')).count()).toBe(1);
    await shot(page, 'case-ar-tables');
  });

  it('shows the API validation next to the field, then records the acknowledgement', async () => {
    await page.click(testId('ack-submit'));
    await page.waitForSelector(testId('field-error-rootCause'));
    expect(await page.getAttribute(testId('ack-root-cause'), 'aria-invalid')).toBe('true');
    expect(await page.$(testId('ack-done-1'))).toBeNull();
    await shot(page, 'case-ar-ack-invalid');

    await page.selectOption(testId('ack-root-cause'), 'staffing');
    await page.fill(
      testId('ack-note'),
      'Two officers on leave; a temporary counter opens on Sunday.',
    );
    await page.click(testId('ack-submit'));
    await page.waitForSelector(testId('ack-saved'));
    const done = await page.waitForSelector(testId('ack-done-1'));
    expect(await done.textContent()).toContain(state.users.agency_manager.email);
    expect(await page.$(testId('field-error-rootCause'))).toBeNull();
    await shot(page, 'case-ar-acknowledged');
  });

  it('lists the case as acknowledged in the review, also in English', async () => {
    await page.goto(`${state.baseUrl}/review?service=${service}`);
    const row = page.locator(`${testId('review-row')}[data-key="MOI/${caseId}/1"]`);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.locator('[data-column="acknowledgement"]').textContent()).toContain('✓');
    await switchLanguage(page, 'en');
    expect(await row.locator('[data-column="acknowledgement"]').textContent()).toContain(
      'Staffing',
    );
    await shot(page, 'review-en-acknowledged');
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
