import type { Browser, Page } from 'playwright-core';
import { lowContrastTexts } from './support/contrast';
import { launchBrowser, newPage, shotOf, switchLanguage, testId } from './support/browser';
import { openAs, sessionOf } from './support/sessions';
import { readState } from './support/state';

const state = readState();
const CALENDAR = 'E2E-HOURS';
const office = [['07:00', '14:00']];
const week = { sun: office, mon: office, tue: office, wed: office, thu: office, fri: [], sat: [] };
const ramadan = {
  from: '2027-02-08',
  to: '2027-03-06',
  name: 'Ramadan 1448',
  weekly: { ...week, sun: [['09:00', '14:00']] },
};

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  const { token } = await sessionOf(state.baseUrl, state.users.central_office);
  return fetch(`${state.baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('administration: working hours and maturity assessments (central office)', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser, pageErrors);
    // A calendar of this test's own, so that no other test's cases move with its hours.
    const created = await api('POST', '/calendars', {
      code: CALENDAR,
      nameAr: 'تقويم الاختبار',
      nameEn: 'Test hours',
      timezone: 'Asia/Qatar',
      weekly: week,
      overrides: [ramadan],
      closures: [],
    });
    expect(created.status).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('edits the working week and the Ramadan hours, each broken window named where it was typed', async () => {
    await openAs(page, state.baseUrl, state.users.central_office, '/admin?section=calendars');
    await page.selectOption(testId('calendar-choice'), CALENDAR);
    await page.click(testId('hours-edit'));
    expect(await page.inputValue(testId('hours-weekly.sun'))).toBe('07:00-14:00');
    expect(await page.inputValue(testId('hours-overrides[0].weekly.sun'))).toBe('09:00-14:00');

    await page.fill(testId('hours-weekly.mon'), '07:00-12:00، 11:00-14:00');
    await page.fill(testId('hours-overrides[0].weekly.sun'), '9-2');
    await page.click(testId('hours-save'));
    const overlap = await page.waitForSelector(testId('field-error-weekly.mon'));
    expect(await overlap.textContent()).toContain('weekly.mon[1]');
    expect(await page.getAttribute(testId('hours-weekly.mon'), 'aria-invalid')).toBe('true');
    expect(await page.textContent(testId('field-error-overrides[0].weekly.sun'))).toContain(
      'overrides[0].weekly.sun[0]',
    );
    expect(await page.$(testId('field-error-weekly.sun'))).toBeNull();
    await shotOf(page, testId('calendar-hours'), 'admin-hours-ar-invalid');
    expect(await lowContrastTexts(page)).toEqual([]);

    await page.fill(testId('hours-weekly.mon'), '07:00-12:00، 16:00-19:00');
    await page.fill(testId('hours-weekly.wed'), '07:00-14:00, 22:00-24:00');
    await page.fill(testId('hours-weekly.thu'), '00:00-06:00, 07:00-14:00');
    await page.fill(testId('hours-overrides[0].weekly.sun'), '10:00-14:00');
    await page.fill(testId('hours-note'), 'e2e: split Monday and a night shift');
    await page.click(testId('hours-save'));
    await page.waitForSelector(testId('hours-published'));
    expect(await page.textContent(testId('calendar-version'))).toContain('2');
    await shotOf(page, testId('calendar-hours'), 'admin-hours-ar-published');

    const published = (await (await api('GET', `/calendars/${CALENDAR}`)).json()) as {
      version: number;
      definition: {
        weekly: Record<string, unknown>;
        overrides: { weekly: Record<string, unknown> }[];
      };
    };
    expect(published.version).toBe(2);
    expect(published.definition.weekly['mon']).toEqual([
      ['07:00', '12:00'],
      ['16:00', '19:00'],
    ]);
    expect(published.definition.weekly['thu']).toEqual([
      ['00:00', '06:00'],
      ['07:00', '14:00'],
    ]);
    expect(published.definition.overrides[0]?.weekly['sun']).toEqual([['10:00', '14:00']]);

    await switchLanguage(page, 'en');
    await page.click(testId('hours-edit'));
    expect(await page.inputValue(testId('hours-weekly.mon'))).toBe('07:00-12:00, 16:00-19:00');
    await page.click(testId('hours-add-period'));
    expect(await page.inputValue(testId('hours-overrides[1].weekly.sun'))).toBe('10:00-14:00');
    await page.fill(testId('hours-overrides[1].name'), 'Ramadan 1449');
    await page.fill(testId('hours-overrides[1].from'), '2028-01-28');
    await page.fill(testId('hours-overrides[1].to'), '2028-02-24');
    await shotOf(page, testId('calendar-hours'), 'admin-hours-en-edit');
    await page.click(testId('hours-save'));
    await page.waitForSelector(testId('hours-published'));
    const added = (await (await api('GET', `/calendars/${CALENDAR}`)).json()) as {
      version: number;
      definition: { overrides: { name?: string; from: string; weekly: Record<string, unknown> }[] };
    };
    expect(added.version).toBe(3);
    expect(added.definition.overrides.map((o) => [o.name, o.from])).toEqual([
      ['Ramadan 1448', '2027-02-08'],
      ['Ramadan 1449', '2028-01-28'],
    ]);
    expect(added.definition.overrides[1]?.weekly['sun']).toEqual([['10:00', '14:00']]);
  });

  it('records an assessment with evidence, revises it, and shows its history and the entities compared', async () => {
    await page.goto(`${state.baseUrl}/admin?section=maturity`);
    await switchLanguage(page, 'ar');
    const benchmark = page.locator(testId('maturity-benchmark-row'));
    await benchmark.first().waitFor();
    const entities = await benchmark.count();
    expect(entities).toBeGreaterThan(3);
    expect(await benchmark.last().getAttribute('data-key')).toBe('national-median');
    await shotOf(page, testId('maturity-benchmark'), 'admin-maturity-ar-benchmark');

    await page.click(testId('maturity-record'));
    await page.selectOption(testId('maturity-agency'), 'MOI');
    await page.fill(testId('maturity-assessed-on'), '2026-06-30');
    for (const [pillar, score] of [
      ['leadership', '4.6'],
      ['technology', '4.5'],
      ['eServices', '4.7'],
      ['data', '4.2'],
      ['sdg', '7'],
      ['cybersecurity', '4.8'],
    ]) {
      await page.fill(testId(`maturity-score-${pillar}`), score);
      await page.fill(testId(`maturity-evidence-${pillar}`), `e2e evidence for ${pillar}`);
    }
    await page.click(testId('maturity-save'));
    expect(
      await (await page.waitForSelector(testId('field-error-scores.sdg'))).textContent(),
    ).toContain('scores.sdg');
    await shotOf(page, testId('maturity-form'), 'admin-maturity-ar-invalid');
    await page.fill(testId('maturity-score-sdg'), '3.6');
    await page.click(testId('maturity-save'));
    const row = page.locator(`${testId('maturity-row')}[data-key="MOI@2026-06-30"]`);
    await row.waitFor();
    const moi = page.locator(`${testId('maturity-benchmark-row')}[data-key="MOI"]`);
    expect(await moi.locator('[data-column="data"]').textContent()).toContain('4.2');

    await page.click(testId('maturity-revise-MOI-2026-06-30'));
    expect(await page.inputValue(testId('maturity-evidence-data'))).toBe('e2e evidence for data');
    await page.fill(testId('maturity-score-data'), '4.4');
    await page.click(testId('maturity-save'));
    expect(
      await (await page.waitForSelector(testId('field-error-reason'))).textContent(),
    ).toContain('reason');
    await page.fill(testId('maturity-reason'), 'e2e: data catalogue published');
    await page.click(testId('maturity-save'));
    const history = page.locator(testId('maturity-history-row'));
    await page.waitForFunction(
      (selector) => document.querySelectorAll(selector).length === 2,
      testId('maturity-history-row'),
    );
    expect(await history.first().locator('[data-column="reason"]').textContent()).toContain(
      'e2e: data catalogue published',
    );
    expect(await history.first().locator('[data-column="changes"]').textContent()).toContain('4.4');
    expect(await moi.locator('[data-column="data"]').textContent()).toContain('4.4');
    await shotOf(page, testId('maturity-history'), 'admin-maturity-ar-history');
    expect(await lowContrastTexts(page)).toEqual([]);

    await switchLanguage(page, 'en');
    expect(await history.first().locator('[data-column="changes"]').textContent()).toContain(
      'Data: 4.2 → 4.4',
    );
    await shotOf(page, testId('maturity-history'), 'admin-maturity-en-history');
    await shotOf(page, testId('maturity-benchmark'), 'admin-maturity-en-benchmark');
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
