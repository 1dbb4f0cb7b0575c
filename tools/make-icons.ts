/**
 * `npm run icons`: writes the app icons under public/icons/ — an SVG and the
 * PNGs that the web app manifest and iOS need — from one drawing of 문.
 *
 * The glyph is drawn as rectangles, not as text, so the icon looks the same
 * whatever fonts a machine has. The PNGs are rendered by Debian's Chromium
 * through playwright-core (already a dev dependency for the e2e suite), so no
 * native image library is needed; they are committed, and this script runs
 * again only when the drawing changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium';

const BRAND_BLUE = '#2456c7';
const OUT_DIR = path.resolve(import.meta.dirname, '../public/icons');

// 문 in a 100 × 100 box: ㅁ (a square ring), ㅜ (a bar and its stem), ㄴ.
const GLYPH = [
  'M25 6h50v36H25z M37 18v12h26V18z', // ㅁ, its counter cut out by the even-odd rule
  'M8 49h84v12H8z M44 61h12v13H44z', // ㅜ
  'M25 79h12v7h40v12H25z', // ㄴ
].join(' ');

interface IconOptions {
  size: number;
  /** Corner radius as a share of the size; 0 fills the square (maskable and iOS icons are cut by the system). */
  corner: number;
  /** The glyph box as a share of the size; maskable icons keep it inside the central safe circle. */
  glyph: number;
}

function iconSvg({ size, corner, glyph }: IconOptions): string {
  const box = size * glyph;
  const offset = (size - box) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    `<rect width="${size}" height="${size}" rx="${size * corner}" fill="${BRAND_BLUE}"/>`,
    `<path transform="translate(${offset} ${offset}) scale(${box / 100})" fill="#fff" fill-rule="evenodd" d="${GLYPH}"/>`,
    '</svg>',
  ].join('');
}

const ROUNDED = { corner: 0.22, glyph: 0.6 };
const FULL_BLEED = { corner: 0, glyph: 0.6 };

const PNGS: Record<string, IconOptions> = {
  'icon-192.png': { size: 192, ...ROUNDED },
  'icon-512.png': { size: 512, ...ROUNDED },
  'icon-maskable-512.png': { size: 512, ...FULL_BLEED },
  'apple-touch-icon-180.png': { size: 180, ...FULL_BLEED },
};

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, 'icon.svg'), iconSvg({ size: 512, ...ROUNDED }) + '\n');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const [file, options] of Object.entries(PNGS)) {
      await page.setViewportSize({ width: options.size, height: options.size });
      await page.setContent(`<style>html,body{margin:0}svg{display:block}</style>${iconSvg(options)}`);
      // Transparent outside the rounded corners.
      const png = await page.screenshot({ omitBackground: true });
      writeFileSync(path.join(OUT_DIR, file), png);
      console.log(`public/icons/${file}: ${options.size}×${options.size}, ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

await main();
