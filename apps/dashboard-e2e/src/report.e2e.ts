import type { OpenDataMonthlyResponse } from '@ws/contracts';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, testId } from './support/browser';
import { readPdf } from './support/pdf';
import { apiToken } from './support/review-fixture';
import { openAs } from './support/sessions';
import { screenShot } from './support/screens';
import { readState } from './support/state';

const state = readState();
const QATAR_NOW = new Date(Date.now() + 3 * 3_600_000);
/** The last complete month: a whole month of the demo history. */
const MONTH = new Date(Date.UTC(QATAR_NOW.getUTCFullYear(), QATAR_NOW.getUTCMonth() - 1, 1))
  .toISOString()
  .slice(0, 7);

const number = (locale: string) => (value: number) => new Intl.NumberFormat(locale).format(value);
const percent = (locale: string) => (ratio: number) =>
  new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
/** pdftotext may break lines anywhere and put bidi marks around numbers: compare on the characters alone. */
const flat = (text: string) => text.replace(/[\s\u200e\u200f\u061c\u2066-\u2069]+/g, '');

async function pdfOf(
  token: string,
  query: Record<string, string>,
): Promise<{ status: number; body: Buffer; type: string | null }> {
  const response = await fetch(
    `${state.baseUrl}/api/v1/reports/monthly.pdf?${new URLSearchParams({ month: MONTH, ...query })}`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    type: response.headers.get('content-type'),
  };
}

describe("the monthly report as a PDF, rendered by the API's headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let openData: OpenDataMonthlyResponse;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    openData = (await (
      await fetch(`${state.baseUrl}/api/v1/open-data/monthly?year=${MONTH.slice(0, 4)}`)
    ).json()) as OpenDataMonthlyResponse;
    browser = await launchBrowser();
    page = await newPage(browser, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const row = (entity: string) => {
    const found = openData.rows.find(
      (candidate) => candidate.month === MONTH && candidate.entity === entity,
    );
    if (!found || found.decided < 30)
      throw new Error(`the demo history has no month ${MONTH} for ${entity}`);
    return found;
  };

  it("renders the national report in English with the month's figures and their counts, on pages that are not blank", async () => {
    const token = await apiToken(state.baseUrl, state.users.leadership);
    const pdf = await pdfOf(token, { lang: 'en' });
    expect({ status: pdf.status, type: pdf.type }).toEqual({
      status: 200,
      type: 'application/pdf',
    });
    const { pages, text, inkShare } = readPdf(pdf.body, 'report-monthly-national-en');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(inkShare).toHaveLength(pages);
    expect(inkShare[0]).toBeGreaterThan(0.01);
    const national = row('national');
    const en = { n: number('en-GB'), p: percent('en-GB') };
    expect(flat(text)).toContain(flat('Monthly government service performance report'));
    expect(flat(text)).toContain(flat(`${en.p(national.met / national.decided)}`));
    expect(flat(text)).toContain(flat(`${en.n(national.met)} of ${en.n(national.decided)}`));
    expect(flat(text)).toContain(flat('Basis of each figure'));
    expect(flat(text)).toContain(flat('Will we make 2030?'));
    // The date it was prepared on is written in the report's language too.
    expect(flat(text)).toMatch(/Preparedon\d{1,2}[A-Z][a-z]{2,}\d{4}/);
  });

  it('renders it in Arabic, right to left, with the same figures', async () => {
    const token = await apiToken(state.baseUrl, state.users.leadership);
    const pdf = await pdfOf(token, { lang: 'ar' });
    expect(pdf.status).toBe(200);
    const { pages, text, inkShare } = readPdf(pdf.body, 'report-monthly-national-ar');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(inkShare[0]).toBeGreaterThan(0.01);
    const national = row('national');
    const ar = { n: number('ar-QA-u-nu-latn'), p: percent('ar-QA-u-nu-latn') };
    // Arabic letters are in the text layer, and the figures with their counts.
    expect(text).toMatch(/[\u0600-\u06ff]{3,}/);
    expect(flat(text)).toContain(flat(ar.n(national.decided)));
    expect(flat(text)).toContain(flat(ar.n(national.met)));
    expect(flat(text)).toContain(
      flat(ar.p(national.met / national.decided)).replace(/[%\u066a]/g, ''),
    );
  });

  it("gives an agency manager their own entity's report, and not the national one", async () => {
    const token = await apiToken(state.baseUrl, state.users.agency_manager);
    expect((await pdfOf(token, { lang: 'en' })).status).toBe(404);
    const pdf = await pdfOf(token, { lang: 'en', agency: 'MOI' });
    expect(pdf.status).toBe(200);
    const { text } = readPdf(pdf.body, 'report-monthly-moi-en');
    const moi = row('MOI');
    const en = number('en-GB');
    expect(flat(text)).toContain('(MOI)');
    expect(flat(text)).toContain(flat(`${en(moi.met)} of ${en(moi.decided)}`));
    expect(flat(text)).toContain(flat('Months of the year so far'));
  });

  it('is the print-optimised page /report/monthly, in both languages', async () => {
    await openAs(
      page,
      state.baseUrl,
      state.users.leadership,
      `/report/monthly?month=${MONTH}&lang=ar`,
    );
    await page.waitForSelector(`${testId('monthly-report')}[data-report-state="ready"]`, {
      timeout: 30_000,
    });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator(testId('report-figure')).count()).toBe(3);
    await screenShot(page, 'report-monthly-ar');
    await page.goto(`${state.baseUrl}/report/monthly?month=${MONTH}&lang=en`);
    await page.waitForSelector(`${testId('monthly-report')}[data-report-state="ready"]`, {
      timeout: 30_000,
    });
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    await screenShot(page, 'report-monthly-en');
    expect(pageErrors).toEqual([]);
  });
});
