import type { Page } from 'playwright-core';

export interface LowContrastText {
  text: string;
  ratio: number;
  needed: number;
}

/**
 * Every visible element of the page that holds text of its own, whose colour against the
 * background it is drawn on falls under WCAG 2 AA (4.5:1, or 3:1 for large text). The background
 * is the first opaque one up the tree (white when none is). Canvas charts are not text.
 */
export async function lowContrastTexts(page: Page): Promise<LowContrastText[]> {
  return page.evaluate(() => {
    const rgba = (css: string): number[] => (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    const luminance = ([r, g, b]: number[]): number => {
      const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const backgroundOf = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const colour = rgba(getComputedStyle(node).backgroundColor);
        if (colour.length < 4 || colour[3] > 0.9) return colour;
      }
      return [255, 255, 255];
    };
    const blend = (fore: number[], back: number[]): number[] => {
      const alpha = fore.length < 4 ? 1 : fore[3];
      return [0, 1, 2].map((i) => fore[i] * alpha + back[i] * (1 - alpha));
    };
    const found: { text: string; ratio: number; needed: number }[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const ownText = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (!ownText || style.visibility !== 'visible' || Number(style.opacity) < 0.5 || box.width === 0 || box.height === 0) continue;
      const back = backgroundOf(element);
      const fore = blend(rgba(style.color), back);
      const [light, dark] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      if (ratio < needed) found.push({ text: ownText.slice(0, 40), ratio: Math.round(ratio * 100) / 100, needed });
    }
    return found;
  });
}
