// End-to-end test of the corridor web UI in headless Chromium (Debian's package, driven by
// playwright-core; no browser is downloaded). scripts/e2e.sh prepares the knowledge base and
// the server and sets CORRIDOR_URL; screenshots go to tests/e2e/screenshots/ (git-ignored).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const BASE = (process.env.CORRIDOR_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const TOKEN = process.env.CORRIDOR_TOKEN || '';
const SHOTS = process.env.E2E_SCREENSHOTS || path.join(__dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let passed = 0, failed = 0, skipped = 0;
function check(name, ok, detail) {
  if (ok) { passed++; console.log(`ok    ${name}`); } else { failed++; console.log(`FAIL  ${name}${detail ? ': ' + detail : ''}`); }
}
function skip(name, why) { skipped++; console.log(`skip  ${name}: ${why}`); }

async function waitHealthy() {
  for (let i = 0; i < 100; i++) {
    try { const r = await fetch(BASE + '/api/health'); if (r.ok) return true; } catch (_) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, name + '.png'), fullPage: true });
}

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  check('server answers /api/health', await waitHealthy());

  // The API side of a write: without the token 401, with it the article is extracted and stored.
  const post = (auth) => fetch(BASE + '/api/articles', {
    method: 'POST',
    headers: Object.assign({ 'content-type': 'application/json' }, auth ? { authorization: auth } : {}),
    body: JSON.stringify({
      title: 'Border crossing at Khorgos extends opening hours',
      published: '2025-10-01',
      text: 'The Khorgos border crossing between Kazakhstan and China will stay open around the clock from 1 November, ' +
        'officials of the Kazakh Ministry of Trade said on Tuesday. Truck traffic rose by 9 percent in the third quarter.',
    }),
  });
  check('POST /api/articles without a token is 401', (await post(null)).status === 401);
  if (TOKEN) {
    const r = await post('Bearer ' + TOKEN);
    check('POST /api/articles with the token stores the article', r.status === 201 || r.status === 200, `status ${r.status}`);
  } else {
    skip('POST with token', 'CORRIDOR_TOKEN not set');
  }

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const external = [];
  page.on('request', (req) => { if (!req.url().startsWith(BASE) && !req.url().startsWith('data:')) external.push(req.url()); });
  const jsErrors = [];
  page.on('pageerror', (e) => jsErrors.push(String(e)));

  try {
    // Home: the latest articles.
    await page.goto(BASE + '/');
    check('home lists the ingested articles', (await page.locator('ul.articles li a').count()) >= 3);
    await shot(page, '01-home');

    // Search with highlighted results, then the article.
    await page.fill('form.search input[name=q]', 'railway');
    await Promise.all([page.waitForURL(/\?q=railway/), page.click('form.search button')]);
    const hits = await page.locator('li.hit').count();
    check('search for "railway" finds articles', hits >= 1, `${hits} hits`);
    check('search results highlight the matched word', (await page.locator('li.hit .snippet mark').count()) >= 1);
    await shot(page, '02-search');
    await Promise.all([page.waitForURL(/\/articles\/\d+/), page.locator('li.hit a.title').first().click()]);
    check('article page shows the text', (await page.locator('#body').innerText()).toLowerCase().includes('railway'));
    const marks = page.locator('#body mark');
    const nMarks = await marks.count();
    if (nMarks > 0) {
      const title = await marks.first().getAttribute('title');
      check('marked facts carry their normalized value on hover', !!title && title.includes(':'), title);
      await marks.first().hover();
    } else {
      skip('marked facts', 'the extractor found nothing in this article');
    }
    console.log(`info  ${nMarks} facts marked in the article`);
    await shot(page, '03-article');

    // A script inside an article renders as text and never runs.
    await page.goto(BASE + '/?q=' + encodeURIComponent('logistics hub'));
    await Promise.all([page.waitForURL(/\/articles\/\d+/), page.locator('li.hit a.title').first().click()]);
    const body = await page.locator('#body').innerText();
    check('a <script> in an article is shown as text', body.includes('<script>alert("hub")</script>'));
    check('the article script did not run', dialogs.length === 0, dialogs.join(', '));
    check('no script element inside the article text', (await page.locator('#body script').count()) === 0);
    await shot(page, '04-article-script');

    // Entities: the listing and one entity page.
    await page.goto(BASE + '/entities');
    const nEntities = await page.locator('table.list tbody a').count();
    if (nEntities > 0) {
      await Promise.all([page.waitForURL(/\/entities\/\d+/), page.locator('table.list tbody a').first().click()]);
      check('entity page names the entity', (await page.locator('#entity-name').innerText()).trim().length > 0);
      check('entity page lists its articles', (await page.locator('ul.articles li').count()) >= 1);
      await shot(page, '05-entity');
    } else {
      skip('entity page', 'no entities were extracted');
    }

    // Events timeline, filtered by type.
    await page.goto(BASE + '/events');
    check('events page renders', (await page.locator('h1').innerText()) === 'Events');
    await shot(page, '06-events');
    await page.selectOption('form.filters select[name=type]', 'meeting');
    await Promise.all([page.waitForURL(/type=meeting/), page.click('form.filters button')]);
    const types = await page.locator('li.event .evtype').allInnerTexts();
    check('type filter keeps only meetings', types.every((t) => t.toLowerCase() === 'meeting'), types.join(','));
    await page.goto(BASE + '/events?from=soon');
    check('a malformed date is explained, not a crash', (await page.locator('p.error').innerText()).includes('ISO date'));

    // Network of who met whom.
    await page.goto(BASE + '/network');
    await page.waitForSelector('#network[data-settled], #network text', { timeout: 15000 }).catch(() => null);
    const nodes = await page.locator('#network g.node').count();
    console.log(`info  ${nodes} nodes in the network`);
    if (nodes > 0) check('network draws labelled nodes', (await page.locator('#network g.node text').count()) === nodes);
    else check('empty network says so', (await page.locator('#network text').count()) === 1);
    await shot(page, '07-network');

    // Map of places.
    await page.goto(BASE + '/map');
    check('map draws the land outline', (await page.locator('#map path.land').count()) === 1);
    const points = await page.locator('#map circle.place').count();
    console.log(`info  ${points} places on the map`);
    if (points === 0) skip('map points', 'no geocoded places were extracted');
    else check('map plots places', points >= 1);
    await shot(page, '08-map');

    // A missing page.
    const resp = await page.goto(BASE + '/articles/999999');
    check('missing article is a 404 page', resp.status() === 404);

    check('no request left the server', external.length === 0, external.join(' '));
    check('no JavaScript errors', jsErrors.length === 0, jsErrors.join(' | '));
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main()
  .catch((e) => { failed++; console.log(`FAIL  e2e crashed: ${e && e.stack || e}`); })
  .finally(() => {
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    process.exit(failed ? 1 : 0);
  });
