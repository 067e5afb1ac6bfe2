import type { Browser, Page } from 'playwright-core';
import { lowContrastTexts } from './support/contrast';
import { launchBrowser, newPage, shot, testId } from './support/browser';
import { openAs } from './support/sessions';
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
    await openAs(other, state.baseUrl, state.users.agency_manager, '/admin');
    await other.waitForSelector(testId('admin-not-allowed'));
    await shot(other, 'admin-ar-not-allowed');
    await other.close();
  });

  it('confirms a provisional Eid moved by a day and shows it confirmed', async () => {
    await openAs(page, state.baseUrl, state.users.central_office, '/admin?section=calendars');
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

  it('creates a user and a feed key, each secret shown once, and revokes the key', async () => {
    await page.goto(`${state.baseUrl}/admin?section=users`);
    await page.waitForSelector(testId('users-table'));
    await page.fill('#user-email', 'e2e-new-leader@example.qa');
    await page.selectOption('#user-role', 'leadership');
    expect(await page.$('#user-agency')).toBeNull(); // only agency managers belong to an entity
    await page.click(testId('user-create'));
    const password = await page.waitForSelector(testId('user-password'));
    expect((await password.textContent())?.trim().length).toBeGreaterThanOrEqual(12);
    await page.waitForSelector(`${testId('user-row')}[data-key="e2e-new-leader@example.qa"]`);

    await page.goto(`${state.baseUrl}/admin?section=feedKeys`);
    await page.waitForSelector(testId('feed-keys-table'));
    const before = await page.locator(testId('feed-key-row')).count();
    await page.selectOption('#key-agency', 'MOI');
    await page.fill('#key-label', 'e2e case system');
    await page.click(testId('feed-key-create'));
    const key = await page.waitForSelector(testId('feed-key-secret'));
    const secret = (await key.textContent())?.trim() ?? '';
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(selector).length > count,
      [testId('feed-key-row'), before] as const,
    );
    const created = page.locator(testId('feed-key-row'), { hasText: 'e2e case system' });
    expect(await created.locator('[data-column="prefix"]').textContent()).toContain(
      secret.slice(0, 10),
    );
    await created.locator('button').click();
    await page.waitForSelector(testId('feed-key-revoke-saved'));
    await page.waitForFunction(
      (selector) =>
        Array.from(document.querySelectorAll(selector)).some(
          (row) => row.textContent?.includes('e2e case system') && !row.querySelector('button'),
        ),
      testId('feed-key-row'),
    );
    await shot(page, 'admin-ar-feed-key-revoked');
  });

  it('draws every text at WCAG AA contrast or better', async () => {
    expect(await lowContrastTexts(page)).toEqual([]);
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
