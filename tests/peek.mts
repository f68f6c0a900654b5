import { startHarness } from './browser/support/harness.ts';
const h = await startHarness();
const page = await h.browser.newPage({ viewport: { width: 1280, height: 800 } });
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => {
  if (m.type() === 'error') errors.push(m.text());
});
await page.goto(h.baseUrl + '/' + (process.argv[2] ?? '?from=2016-05&to=2016-06'));
await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, {
  timeout: 60000,
});
await page.waitForTimeout(2500);
await page.screenshot({ path: '/tmp/peek.png' });
console.log(await page.locator('.selection-status').textContent());
console.log(
  await page.locator('[role=slider]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuetext'))),
);
console.log(page.url());
console.log(errors.join('\n'));
await h.close();
