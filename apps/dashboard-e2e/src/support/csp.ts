import type { Page } from 'playwright-core';

/** What the browser reported against the Content-Security-Policy while `page` was open. */
export interface CspReport {
  violations: string[];
  consoleErrors: string[];
}

/**
 * Records every `securitypolicyviolation` event (from the first script of each document on) and
 * every console message that names the Content Security Policy.
 */
export async function watchCsp(page: Page): Promise<CspReport> {
  const report: CspReport = { violations: [], consoleErrors: [] };
  await page.exposeFunction('__reportCspViolation', (text: string) => report.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void })
        .__reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) report.consoleErrors.push(message.text());
  });
  return report;
}
