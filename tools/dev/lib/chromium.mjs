// Debian's Chromium for the browser tests (playwright-core drives it; browser
// downloads cannot work on these machines).
import { ensureAptProgram } from './bootstrap.mjs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const ensureChromium = () =>
  ensureAptProgram({
    bin: 'chromium',
    pkg: 'chromium',
    path: CHROMIUM_PATH,
    hint:
      `The browser tests need Chromium at ${CHROMIUM_PATH} (Debian/Ubuntu: sudo apt-get install -y chromium). ` +
      'To run without the browser phase: npm test -- <jest args> (runs phase 1 only).',
  });
