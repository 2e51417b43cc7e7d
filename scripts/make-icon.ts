// Renders images/icon.png (128×128) with Debian's Chromium: the character 绩 on a seal-red square
// with a check mark. Run once after changing the design: `npx tsx scripts/make-icon.ts`.
import { chromium } from 'playwright-core';

const html = `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:128px;height:128px;border-radius:24px;background:#b71c1c;display:flex;
  align-items:center;justify-content:center;position:relative;
  font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif">
  <span style="color:#fff;font-size:84px;font-weight:700;line-height:1">绩</span>
  <span style="position:absolute;right:10px;bottom:6px;color:#ffd54f;font-size:34px;font-weight:900;font-family:sans-serif">✓</span>
</div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(html);
await page.screenshot({ path: new URL('../images/icon.png', import.meta.url).pathname, omitBackground: true });
await browser.close();
console.log('wrote images/icon.png');
