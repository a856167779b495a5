/**
 * Renders cli/icon.svg to the PNG sizes the manifests ask for (public/icon/<size>.png) with Debian's Chromium.
 * Usage: npm run icons [-- --chromium /path/to/chromium]
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--chromium');
const executablePath = flag > 0 ? process.argv[flag + 1] : '/usr/lib/chromium/chromium';

const svg = readFileSync(join(root, 'cli/icon.svg'), 'utf8');
const outDir = join(root, 'public/icon');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const file = join(outDir, `${size}.png`);
    await page.screenshot({ path: file, omitBackground: true });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
