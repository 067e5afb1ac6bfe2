import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, shotOf, switchLanguage, testId } from './support/browser';
import { openAs } from './support/sessions';
import { readState } from './support/state';

const state = readState();
const FRAME = 'trend-adherence-chart-frame';

/** Presses Tab until the chart's frame has the focus (at most `limit` times); returns the presses. */
async function tabTo(page: Page, id: string, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate(
        (wanted) => document.activeElement?.getAttribute('data-testid') === wanted,
        id,
      )
    )
      return presses;
  }
  throw new Error(`${id} never had the focus after ${limit} Tab presses`);
}

async function announced(page: Page): Promise<string> {
  return ((await page.textContent(testId('trend-adherence-chart-point'))) ?? '').trim();
}

/** Presses `key` on the focused chart and returns what the live region says next (it must change). */
async function press(page: Page, key: string): Promise<string> {
  const before = await announced(page);
  await page.keyboard.press(key);
  await page.waitForFunction(
    ([selector, previous]) =>
      (document.querySelector(selector)?.textContent ?? '').trim() !== previous,
    [testId('trend-adherence-chart-point'), before] as const,
  );
  return announced(page);
}

describe('charts for keyboard and screen-reader users (scorecard, leadership)', () => {
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

  it('describes the trend through ECharts aria, tabs to it and moves through its months with the arrows', async () => {
    await openAs(page, state.baseUrl, state.users.leadership, '/scorecard');
    await page.waitForSelector(`${testId('trend-adherence-chart')} canvas`, { timeout: 30_000 });
    const title = ((await page.textContent(`${testId('trend-adherence')} h3`)) ?? '').trim();
    await page.waitForFunction(
      ([selector, heading]) =>
        (document.querySelector(selector)?.getAttribute('aria-label') ?? '').length >
        heading.length + 20,
      [testId('trend-adherence-chart'), title] as const,
    );
    const description =
      (await page.getAttribute(testId('trend-adherence-chart'), 'aria-label')) ?? '';
    expect(description.startsWith(`${title}. `)).toBe(true);
    expect(description).toContain('الأدنى');
    expect(description).toContain('الأعلى');

    await tabTo(page, FRAME);
    // Arabic is right to left: time runs from right to left, so the left arrow moves forward.
    const firstPoint = await press(page, 'ArrowLeft');
    expect(firstPoint).toMatch(/\(1 من \d+\)$/);
    expect(await press(page, 'ArrowLeft')).toMatch(/\(2 من \d+\)$/);
    const lastPoint = await press(page, 'End');
    const total = Number(/\((\d+) من (\d+)\)$/.exec(lastPoint)?.[2]);
    expect(total).toBeGreaterThan(2);
    expect(lastPoint).toMatch(new RegExp(`\\(${total} من ${total}\\)$`));
    expect(await press(page, 'Home')).toBe(firstPoint);

    await shotOf(page, testId('trend-adherence'), 'chart-keyboard-ar');

    // The table view holds the same months: the announced month is one of its rows.
    const month = firstPoint.split('، ')[1]?.split(':')[0] ?? '';
    expect(month.length).toBeGreaterThan(0);
    await page.click(testId('trend-adherence-view-table'));
    // The table renders after the click: wait for the month's row (a month missing from it fails here).
    const monthRow = page.locator(`${testId('trend-adherence')} ${testId('trend-adherence-row')}`, { hasText: month });
    await monthRow.first().waitFor();
    expect(await monthRow.count()).toBeGreaterThan(0);
    await page.click(testId('trend-adherence-view-chart'));
  });

  it('says the points in English once the language is switched, the right arrow moving forward', async () => {
    await switchLanguage(page, 'en');
    await page.waitForSelector(`${testId('trend-adherence-chart')} canvas`);
    await page.focus(testId(FRAME));
    await press(page, 'ArrowRight');
    const second = await press(page, 'ArrowRight');
    expect(second).toMatch(/^.+, .+: .+ \(2 of \d+\)$/);
    const otherSeries = await press(page, 'ArrowDown');
    expect(otherSeries.split(', ')[0]).not.toBe(second.split(', ')[0]);
    expect(otherSeries).toMatch(/\(2 of \d+\)$/);
    await shotOf(page, testId('trend-adherence'), 'chart-keyboard-en');
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
