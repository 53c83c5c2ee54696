/** Renders build/icon.svg to build/icon.png (512×512) with Chromium; electron-builder makes the .ico from it. */
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const svg = fs.readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: 'build/icon.png', omitBackground: true });
fs.copyFileSync('build/icon.png', 'renderer/public/icon.png');
await browser.close();
console.log('build/icon.png written');
