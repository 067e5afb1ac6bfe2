import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RUN_DIR, SCREENSHOT_DIR } from './state';

/** A PDF as poppler-utils (Debian's `poppler-utils`: pdfinfo, pdftotext, pdftoppm) sees it. */
export interface PdfPages {
  pages: number;
  /** The text layer, page by page (`pdftotext`). */
  text: string;
  /** Share of each page's pixels that are not white, rendered at 40 dpi in grey. */
  inkShare: number[];
}

/** Share of non-white pixels of a binary PGM (P5, 8 bit) image. */
function inkOf(pgm: Buffer): number {
  const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PGM image');
  const [, width, height] = header.map(Number) as [number, number, number];
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const value of pixels) if (value < 200) ink += 1;
  return ink / (width * height);
}

/**
 * Writes the PDF to this run's folder, reads its page count and text layer, renders every page
 * to a grey image to measure how much of it is drawn, and writes page 1 as a PNG screenshot.
 */
export function readPdf(pdf: Buffer, name: string): PdfPages {
  const dir = resolve(RUN_DIR, `pdf-${name}`);
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-gray', '-r', '40', file, resolve(dir, 'grey')]);
  const inkShare = readdirSync(dir)
    .filter((entry) => entry.startsWith('grey') && entry.endsWith('.pgm'))
    .sort()
    .map((entry) => inkOf(readFileSync(resolve(dir, entry))));
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    file,
    resolve(dir, 'page-1'),
  ]);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  copyFileSync(resolve(dir, 'page-1.png'), resolve(SCREENSHOT_DIR, `${name}-pdf-page-1.png`));
  return { pages, text, inkShare };
}
