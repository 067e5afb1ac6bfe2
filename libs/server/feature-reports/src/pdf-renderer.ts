import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { LoginResponse } from '@ws/contracts';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { RenderSlots } from './render-slots';

export interface ReportRenderOptions {
  chromiumPath: string;
  /** Where the dashboard is served (this API itself: `http://127.0.0.1:<PORT>`). */
  dashboardUrl: string;
  concurrency: number;
  /** Longest wait for the page's figures. */
  timeoutMs: number;
}

export const REPORT_RENDER_OPTIONS = Symbol('REPORT_RENDER_OPTIONS');

/** Chromium could not be started (missing, crashed): the route answers 503. */
export class ChromiumUnavailableError extends Error {}
/** The page said its figures could not be loaded, or never became ready. */
export class ReportPageError extends Error {}

/** The dashboard keeps its session under this sessionStorage key (`AuthSession`). */
const SESSION_STORAGE_KEY = 'ws.dashboard.session';
const STATE = '[data-report-state="ready"], [data-report-state="error"]';

/**
 * Renders a dashboard page to PDF in headless Chromium (playwright-core, the system's Chromium),
 * as the requesting user: their session is put in the page's sessionStorage before any script
 * runs, so the page reads exactly what that user may read. One browser per process, started on
 * the first report, a fresh context per report; at most `concurrency` at once (`RenderSlots`).
 */
@Injectable()
export class PdfRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger(PdfRenderer.name);
  private readonly slots: RenderSlots;
  private browser: Promise<Browser> | null = null;

  constructor(@Inject(REPORT_RENDER_OPTIONS) private readonly options: ReportRenderOptions) {
    this.slots = new RenderSlots(options.concurrency);
  }

  render(path: string, session: LoginResponse, lang: 'ar' | 'en'): Promise<Buffer> {
    return this.slots.run(async () => {
      const browser = await this.launch();
      const context = await browser.newContext({
        locale: lang === 'ar' ? 'ar-QA' : 'en-GB',
        timezoneId: 'Asia/Qatar',
      });
      try {
        await context.addInitScript(([key, value]) => window.sessionStorage.setItem(key, value), [
          SESSION_STORAGE_KEY,
          JSON.stringify(session),
        ] as const);
        const page = await context.newPage();
        await page
          .goto(new URL(path, this.options.dashboardUrl).toString(), {
            timeout: this.options.timeoutMs,
          })
          .catch((error: unknown) => {
            throw new ReportPageError(
              `The report page could not be opened: ${error instanceof Error ? error.message : String(error)}`,
            );
          });
        const state = await page
          .waitForSelector(STATE, { timeout: this.options.timeoutMs })
          .catch(() => null);
        if ((await state?.getAttribute('data-report-state')) !== 'ready')
          throw new ReportPageError('The report page could not load its figures.');
        await page.emulateMedia({ media: 'print' });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await context.close();
      }
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const browser = await this.browser?.catch(() => null);
    await browser?.close();
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const launching = chromium
        .launch({
          executablePath: this.options.chromiumPath,
          headless: true,
          args: ['--no-sandbox'],
        })
        .then((browser) => {
          // A crashed browser is started again by the next report.
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = null;
          });
          return browser;
        });
      this.browser = launching.catch((error: unknown) => {
        this.browser = null;
        this.logger.error(
          `Chromium could not start (${this.options.chromiumPath}): ${error instanceof Error ? error.message : String(error)}`,
        );
        throw new ChromiumUnavailableError(
          `Chromium (${this.options.chromiumPath}) could not be started`,
        );
      });
    }
    return this.browser;
  }
}
