// Live-update latency: the time from one person's click on "Save" to the new title showing in the
// open pages of the others, measured in a real browser (Chromium), p50 and p95.
//
//   node live-latency.mjs                      viewers on the same node as the editor
//   VIEWER_BASE=http://localhost:8082/ node live-latency.mjs   viewers on a second node
//
// Environment: EDITOR_BASE (default http://localhost:8080/), VIEWER_BASE (default EDITOR_BASE),
// PROPOSAL (a draft the editor may edit; default 2, the demo's AFIL draft), EDITOR (afil.rep),
// VIEWER (observer), PASSWORD (demo), VIEWERS (2,10,50), SAVES (20 per viewer count),
// CHROMIUM (/usr/bin/chromium). See docs/live-collaboration.md.
import { chromium } from 'playwright-core';

const env = process.env;
const editorBase = env.EDITOR_BASE || 'http://localhost:8080/';
const viewerBase = env.VIEWER_BASE || editorBase;
const proposal = env.PROPOSAL || '2';
const viewerCounts = (env.VIEWERS || '2,10,50').split(',').map(Number);
const saves = Number(env.SAVES || 20);
const password = env.PASSWORD || 'demo';

const browser = await chromium.launch({
  executablePath: env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
});

async function signedInPage(base, username) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + 'login');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('vaadin-login-form vaadin-button');
  await page.waitForURL(url => !url.pathname.endsWith('/login'), { timeout: 30000 });
  await page.goto(base + 'proposals/' + proposal);
  await page.waitForSelector('h1.view-title');
  return page;
}

/** Notes, in the page, the wall-clock time at which each new heading text appeared. */
async function watchHeading(page) {
  await page.evaluate(() => {
    window.__seen = {};
    const h1 = document.querySelector('h1.view-title');
    new MutationObserver(() => {
      const text = h1.textContent;
      if (!(text in window.__seen)) {
        window.__seen[text] = performance.timeOrigin + performance.now();
      }
    }).observe(h1, { childList: true, characterData: true, subtree: true });
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const editor = await signedInPage(editorBase, env.EDITOR || 'afil.rep');
const viewers = [];
const rows = [];
for (const count of viewerCounts) {
  while (viewers.length < count) {
    viewers.push(await signedInPage(viewerBase, env.VIEWER || 'observer'));
  }
  const active = viewers.slice(0, count);
  for (const page of active) {
    await watchHeading(page);
  }
  await watchHeading(editor);
  const samples = [];
  const own = [];
  let missed = 0;
  for (let i = 0; i < saves; i++) {
    const title = `Latency probe ${count}/${i} ${Date.now()}`;
    await editor.fill('vaadin-text-field#title input', title);
    await editor.waitForTimeout(450); // the field sends typed text after 400 ms of quiet
    const clickedAt = await editor.evaluate(() => {
      const at = performance.timeOrigin + performance.now();
      document.querySelector('vaadin-button#save').click();
      return at;
    });
    const deadline = Date.now() + 10000;
    const seen = new Map();
    while (seen.size < active.length && Date.now() < deadline) {
      await Promise.all(active.map(async (page, index) => {
        if (!seen.has(index)) {
          const at = await page.evaluate(t => window.__seen[t], title);
          if (at) {
            seen.set(index, at);
          }
        }
      }));
      if (seen.size < active.length) {
        await new Promise(resolve => setTimeout(resolve, 20));
      }
    }
    missed += active.length - seen.size;
    const ownAt = await editor.evaluate(t => window.__seen[t], title);
    if (ownAt) {
      own.push(ownAt - clickedAt);
    }
    for (const at of seen.values()) {
      samples.push(at - clickedAt);
    }
    await editor.waitForTimeout(300); // saves a few tenths of a second apart, as people do
  }
  samples.sort((a, b) => a - b);
  own.sort((a, b) => a - b);
  if (samples.length === 0) {
    console.log(`${count} viewers: no viewer saw any save within 10 s`);
    process.exitCode = 1;
    continue;
  }
  rows.push({
    viewers: count,
    nodes: viewerBase === editorBase ? 'one node' : 'two nodes',
    saves,
    samples: samples.length,
    missed,
    p50: percentile(samples, 50).toFixed(0),
    p95: percentile(samples, 95).toFixed(0),
    max: samples[samples.length - 1].toFixed(0),
    own: own.length ? percentile(own, 50).toFixed(0) : '-',
  });
  console.log(`${count} viewers: p50 ${rows.at(-1).p50} ms, p95 ${rows.at(-1).p95} ms (${samples.length} samples, ${missed} missed)`);
}
console.log('\n| viewers | nodes | saves | samples | missed | p50 ms | p95 ms | max ms | editor\'s own page, p50 ms |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.viewers} | ${r.nodes} | ${r.saves} | ${r.samples} | ${r.missed} | ${r.p50} | ${r.p95} | ${r.max} | ${r.own} |`);
}
await browser.close();
