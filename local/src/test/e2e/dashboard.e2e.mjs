// End-to-end tests of the dashboard in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core).
// Run by DashboardBrowserIT against the started application with the demo programme loaded:
//   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=target/e2e-screenshots node dashboard.e2e.mjs
// Each check asserts what a person sees on the page; screenshots are kept in SCREENSHOT_DIR.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE_URL = process.env.BASE_URL || 'http://localhost:8080';
const SHOTS = process.env.SCREENSHOT_DIR || 'target/e2e-screenshots';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = 60_000;
const YANKONG = '520523003';
mkdirSync(SHOTS, { recursive: true });

async function token(user) {
  const response = await fetch(`${BASE_URL}/local/tokens/${user}`, { method: 'POST', headers: { Accept: 'text/plain' } });
  assert.equal(response.status, 200, `token for ${user}`);
  return (await response.text()).trim();
}

async function command(user, path, body) {
  const response = await fetch(BASE_URL + path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await token(user)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body)
  });
  assert.ok(response.status === 200 || response.status === 201, `${path} answered ${response.status}: ${await response.text()}`);
}

/** Waits until the element's visible text satisfies the predicate; returns that text. */
async function textOf(page, selector, predicate = text => text.trim() !== '' && text.trim() !== '—') {
  const locator = page.locator(selector).first();
  const deadline = Date.now() + TIMEOUT;
  let last;
  while (Date.now() < deadline) {
    if (await locator.count() > 0 && await locator.isVisible()) {
      last = (await locator.innerText()).trim();
      if (predicate(last)) return last;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`${selector}: text never satisfied the expectation; last seen "${last}"`);
}

/** "1,475.67 万元" → 1475.67 */
const wan = text => Number(text.replace(/[^0-9.]/g, ''));
const formatWan = value => value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' 万元';

const checks = [];
const check = (name, run) => checks.push({ name, run });

check('the county overview shows the demo programme in Chinese', async page => {
  await page.goto(`${BASE_URL}/dashboard/index.html?user=housing-bureau&poll=1000`);
  assert.equal(await textOf(page, 'h1'), '老旧小区改造工作看板');
  const compounds = Number(await textOf(page, '#kpi-compounds'));
  assert.ok(compounds >= 15, `compounds in programme: ${compounds}`);
  assert.match(await textOf(page, '#kpi-allocated', t => t.includes('万元') && wan(t) > 0), /万元$/);
  assert.match(await textOf(page, '#kpi-spending', t => t.endsWith('%')), /^\d+\.\d\d%$/);
  assert.match(await textOf(page, `#units-table tr[data-unit="${YANKONG}"]`), /岩孔街道/);
  assert.match(await textOf(page, '#chart-pipeline canvas', () => true), /.*/); // ECharts drew its canvas
  await page.screenshot({ path: join(SHOTS, '01-county-overview.png'), fullPage: true });
});

check('the monthly ranking shows grades and the lagging units with their measures', async page => {
  // the demo closes last month's assessment: 鼓场街道 and 西洛街道 优秀 (no quotas), 岩孔街道 and two more offices
  // lagging behind their own schedules
  assert.equal(await textOf(page, '#ranking-table tr[data-unit="520523001"] [data-testid="grade"]'), '优秀');
  assert.equal(await textOf(page, '#ranking-table tr[data-unit="520523002"] [data-testid="grade"]'), '优秀');
  const lagging = page.locator(`#ranking-table tr[data-unit="${YANKONG}"]`);
  assert.match(await textOf(page, `#ranking-table tr[data-unit="${YANKONG}"]`), /岩孔街道/);
  assert.ok(await lagging.evaluate(row => row.classList.contains('lagging-row')), '岩孔街道 is marked lagging');
  assert.match(await textOf(page, `#lagging-list li[data-unit="${YANKONG}"]`, t => t.includes('拟采取措施')), /岩孔街道/);
  assert.match(await textOf(page, '#lagging-list li[data-unit="520523004"]', t => t.includes('DC-')), /未办结督办事项: DC-/);
  await page.locator('#ranking-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, '01b-ranking.png'), fullPage: true });
});

check('allocating money changes the street office\'s and the county\'s figures on the open page', async page => {
  const cellSelector = `#units-table tr[data-unit="${YANKONG}"] td[data-testid="unit-allocated"]`;
  const before = wan(await textOf(page, cellSelector, t => t.includes('万元')));
  const countyBefore = wan(await textOf(page, '#kpi-allocated', t => t.includes('万元')));
  await command('finance-bureau', `/api/projects/${YANKONG}-D02-E2E/funding/allocations`, {
    jurisdictionCode: '520523', source: 'CENTRAL_SUBSIDY', amount: '500000.00', idempotencyKey: 'E2E-XD-' + Date.now()
  });
  const expected = formatWan(before + 50);
  assert.equal(await textOf(page, cellSelector, t => t === expected), expected);
  const countyAfter = await textOf(page, '#kpi-allocated', t => wan(t) !== countyBefore);
  assert.equal(wan(countyAfter).toFixed(2), (countyBefore + 50).toFixed(2));
  await page.screenshot({ path: join(SHOTS, '02-after-allocation.png'), fullPage: true });
});

check('registering a compound raises the count of compounds without a reload', async page => {
  const before = Number(await textOf(page, '#kpi-compounds'));
  await command('street-office-3', '/api/compounds', {
    compoundId: `${YANKONG}-E2E${Date.now() % 100000}`, name: '端到端测试小区', jurisdictionCode: '520523',
    streetOfficeCode: YANKONG, streetOfficeName: '岩孔街道', builtYear: 1994, buildings: 4, households: 64, floorArea: '5120.00'
  });
  assert.equal(await textOf(page, '#kpi-compounds', t => Number(t) === before + 1), String(before + 1));
  await page.screenshot({ path: join(SHOTS, '03-after-registration.png'), fullPage: true });
});

check('drill-down: county → street office → compound with its timeline and audit trail', async page => {
  await page.locator(`#units-table tr[data-unit="520523001"]`).click();
  await textOf(page, '#compounds-table tr[data-compound="520523001-D03"]');
  assert.match(await textOf(page, '[data-testid="crumb-office"]'), /鼓场街道/);
  await page.screenshot({ path: join(SHOTS, '04-street-office.png'), fullPage: true });
  await page.locator('#compounds-table tr[data-compound="520523001-D03"]').click();
  assert.match(await textOf(page, '#compound-title'), /建设路小区/);
  assert.equal(await textOf(page, '[data-testid="compound-status"]'), '结算审计');
  const timeline = await textOf(page, '#timeline', t => t.includes('方案审定') && t.includes('SETTLEMENT_AUDITED'));
  assert.match(timeline, /摸底入库/);
  const trail = await textOf(page, '#ledger-table tbody', t => t.includes('审计发现') && t.includes('追回'));
  assert.match(trail, /finance-bureau/);
  await page.screenshot({ path: join(SHOTS, '05-compound-timeline-and-trail.png'), fullPage: true });
});

check('the language toggle shows English labels', async page => {
  await page.locator('[data-testid="crumb-county"]').click();
  await page.locator('#lang-toggle').click();
  assert.equal(await textOf(page, 'h1', t => t.startsWith('Compound')), 'Compound renovation dashboard');
  assert.equal(await textOf(page, '.kpi .label >> nth=0'), 'Compounds in programme');
  assert.match(await textOf(page, '#kpi-allocated', t => t.startsWith('¥')), /^¥[\d,]+$/);
  await page.screenshot({ path: join(SHOTS, '06-english.png'), fullPage: true });
});

const profile = mkdtempSync(join(tmpdir(), 'renewal-e2e-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 1000 },
  locale: 'zh-CN'
});
const page = context.pages()[0] || await context.newPage();
page.on('pageerror', error => console.log('page error:', error.message));
let passed = 0;
let failed = 0;
for (const { name, run } of checks) {
  try {
    await run(page);
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}\n  ${error.stack}`);
    await page.screenshot({ path: join(SHOTS, `failed-${passed + failed}.png`), fullPage: true }).catch(() => {});
  }
}
await context.close();
rmSync(profile, { recursive: true, force: true });
console.log(`dashboard: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed === checks.length ? 0 : 1);
