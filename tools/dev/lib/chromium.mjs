// Debian's Chromium for the browser tests (playwright-core drives it; browser
// downloads cannot work on these machines), and poppler-utils to read the PDFs it prints.
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

/** poppler-utils (pdfinfo, pdftotext, pdftoppm): the browser tests read the report PDFs' pages with it. */
export const ensurePopplerUtils = () =>
  ensureAptProgram({
    bin: 'pdftoppm',
    pkg: 'poppler-utils',
    hint:
      'The browser tests read PDF pages with poppler-utils (Debian/Ubuntu: sudo apt-get install -y poppler-utils). ' +
      'To run without the browser phase: npm test -- <jest args> (runs phase 1 only).',
  });
