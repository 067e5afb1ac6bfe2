import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './state';

/**
 * A small screenshot of a new screen (these are committed): what the viewport shows, or one
 * element, never the whole scrolled page.
 */
export function screenShot(target: Page | Locator, name: string): Promise<Buffer> {
  return target.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}
