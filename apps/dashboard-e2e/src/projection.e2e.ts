import type { ScorecardProjectionResponse } from '@ws/contracts';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, paintedPixels, switchLanguage, testId } from './support/browser';
import { apiToken } from './support/review-fixture';
import { openAs } from './support/sessions';
import { screenShot } from './support/screens';
import { readState } from './support/state';

const state = readState();

const percent = (locale: string) => (ratio: number) =>
  new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);

describe('"Will we make 2030?" on the scorecard (leadership, a year of demo history)', () => {
  let browser: Browser;
  let page: Page;
  let projection: ScorecardProjectionResponse;
  const pageErrors: string[] = [];
  const kpi = (code: string) => `${testId('projection-kpi')}[data-kpi="${code}"]`;

  beforeAll(async () => {
    const token = await apiToken(state.baseUrl, state.users.leadership);
    const response = await fetch(`${state.baseUrl}/api/v1/scorecard/projection`, {
      headers: { authorization: `Bearer ${token}` },
    });
    projection = (await response.json()) as ScorecardProjectionResponse;
    browser = await launchBrowser();
    page = await newPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("draws each target's months, projection and band, with the verdict and the change needed, in Arabic", async () => {
    await openAs(page, state.baseUrl, state.users.leadership, '/scorecard');
    await page.waitForSelector(kpi('SLA_ADHERENCE'), { timeout: 30_000 });
    expect(
      await page
        .locator(testId('projection-kpi'))
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-kpi'))),
    ).toEqual(['SLA_ADHERENCE', 'CSAT', 'DIGITISED_SERVICES']);
    const sla = projection.kpis.find((candidate) => candidate.code === 'SLA_ADHERENCE');
    // A year of history: enough complete months to project, so a line and a band, never a guess.
    expect(sla?.history.length).toBeGreaterThanOrEqual(6);
    expect(sla?.atHorizon).not.toBeNull();
    expect(await page.getAttribute(kpi('SLA_ADHERENCE'), 'data-verdict')).toBe(sla?.verdict);
    const end = sla?.atHorizon as { value: number; low: number; high: number };
    const ar = percent('ar-QA-u-nu-latn');
    expect(
      await page.textContent(`${kpi('SLA_ADHERENCE')} ${testId('projection-at-horizon')}`),
    ).toContain(`${ar(end.value)} (نطاق 90%: ${ar(end.low)} إلى ${ar(end.high)})`);
    expect(
      await page.textContent(`${kpi('SLA_ADHERENCE')} ${testId('projection-needed')}`),
    ).toContain('نقطة مئوية شهرياً');
    expect(await paintedPixels(page, kpi('SLA_ADHERENCE'))).toBeGreaterThan(1000);
    // Digitisation keeps no history: it says so and projects nothing.
    expect(await page.getAttribute(kpi('DIGITISED_SERVICES'), 'data-verdict')).toBe(
      'insufficient_data',
    );
    await page.focus(`${kpi('SLA_ADHERENCE')} ${testId('projection-basis')} summary`);
    await page.keyboard.press('Enter');
    expect(
      await page.textContent(`${kpi('SLA_ADHERENCE')} ${testId('projection-basis')}`),
    ).toContain('المربعات الصغرى');
    await screenShot(page.locator(testId('projection')), 'projection-ar');
  });

  it('says the same in English', async () => {
    await switchLanguage(page, 'en');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent?.includes('January 2030'),
      `${kpi('SLA_ADHERENCE')} ${testId('projection-at-horizon')}`,
    );
    const sla = projection.kpis.find((candidate) => candidate.code === 'SLA_ADHERENCE');
    const end = sla?.atHorizon as { value: number; low: number; high: number };
    const en = percent('en-GB-u-nu-latn');
    expect(
      await page.textContent(`${kpi('SLA_ADHERENCE')} ${testId('projection-at-horizon')}`),
    ).toContain(`${en(end.value)} (90% interval ${en(end.low)} to ${en(end.high)})`);
    expect(
      await page.textContent(`${kpi('DIGITISED_SERVICES')} ${testId('projection-verdict')}`),
    ).toContain('Insufficient data to project');
    await screenShot(page.locator(testId('projection')), 'projection-en');
    expect(pageErrors).toEqual([]);
  });
});
