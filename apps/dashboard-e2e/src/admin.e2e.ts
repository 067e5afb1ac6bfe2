import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, shot, signIn, testId } from './support/browser';
import { readState } from './support/state';

const state = readState();
const PROVISIONAL_EID = '2027-05-16'; // Eid al-Adha 1448 in the seed: provisional, 16-20 May
const ANNOUNCED = '2027-05-17';

describe('administration (central office)', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('tells another role that the administration is not theirs', async () => {
    const other = await newPage(browser, pageErrors);
    await signIn(other, state.baseUrl, state.users.agency_manager);
    await other.goto(`${state.baseUrl}/admin`);
    await other.waitForSelector(testId('admin-not-allowed'));
    await shot(other, 'admin-ar-not-allowed');
    await other.close();
  });

  it('confirms a provisional Eid moved by a day and shows it confirmed', async () => {
    await signIn(page, state.baseUrl, state.users.central_office);
    await page.goto(`${state.baseUrl}/admin?section=calendars`);
    await page.selectOption(testId('calendar-choice'), 'QA-GOV');
    const provisional = page.locator(`${testId('holiday-row')}[data-key="${PROVISIONAL_EID}"]`);
    await provisional.waitFor();
    expect(await provisional.locator('[data-column="status"]').textContent()).toContain('◌');
    const versionBefore = await page.textContent(testId('calendar-version'));

    await page.click(testId(`confirm-${PROVISIONAL_EID}`));
    await page.fill(testId('confirm-date'), ANNOUNCED);
    await shot(page, 'admin-ar-confirm-eid');
    await page.click(testId('confirm-save'));
    await page.waitForSelector(testId('confirm-saved'));

    const confirmed = page.locator(`${testId('holiday-row')}[data-key="${ANNOUNCED}"]`);
    await confirmed.waitFor();
    expect(await confirmed.locator('[data-column="status"]').textContent()).toContain('✓');
    expect(await page.$(`${testId('holiday-row')}[data-key="${PROVISIONAL_EID}"]`)).toBeNull();
    expect(await page.$(testId(`confirm-${ANNOUNCED}`))).toBeNull();
    expect(await page.textContent(testId('calendar-version'))).not.toBe(versionBefore);
    await shot(page, 'admin-ar-eid-confirmed');
  });

  it('shows the API message next to the field of a service with a bad target', async () => {
    await page.goto(`${state.baseUrl}/admin?section=services`);
    await page.waitForSelector(testId('services-table'));
    await page.fill('#service-code', 'MOI-E2E-BAD');
    await page.fill('#service-name-ar', 'خدمة تجريبية');
    await page.fill('#service-name-en', 'Trial service');
    await page.check('input[name="channels"][value="web"]');
    await page.fill(testId('service-amount'), '-1');
    await page.click(testId('service-create'));
    const message = await page.waitForSelector(testId('field-error-sla.target.amount'));
    expect(await message.textContent()).toContain('sla.target.amount');
    expect(await page.getAttribute(testId('service-amount'), 'aria-invalid')).toBe('true');
    expect(await page.$(testId('field-error-code'))).toBeNull();
    await page.waitForSelector(testId('service-create-failed'));
    await shot(page, 'admin-ar-service-invalid');
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
