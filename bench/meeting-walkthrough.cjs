// The issue-5 walkthrough: a meeting of the demo data run end to end by seven people, each in their
// own Chromium (chair, five participants, an observer): agenda followed live, queue, timer, a dot vote
// and a ranking poll with live results, minutes, a decision and an action, the end, the report PDF
// and the decision in the proposal's history. On a fresh demo database: node meeting-walkthrough.cjs
const { chromium } = require('playwright-core');
const fs = require('fs');
const ARGS = ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic','--disable-renderer-backgrounding','--disable-background-timer-throttling','--disable-backgrounding-occluded-windows'];
const BASE = process.env.BASE || 'http://localhost:8080/';
const OUT = process.env.OUT || '/tmp/shots5';
fs.mkdirSync(OUT, { recursive: true });
const users = ['afil.rep', 'le2c.rep', 'mobility.rep', 'lifesciences.rep', 'wg.member', 'reviewer', 'observer'];
const browsers = [];
const pages = {};
const errors = [];
function check(ok, what) { console.log((ok ? 'OK   ' : 'FAIL ') + what); if (!ok) errors.push(what); }

async function signIn(user) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  browsers.push(browser);
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', m => { if (m.type() === 'error' && !/404/.test(m.text())) console.log(user, 'console error:', m.text()); });
  await page.goto(BASE + 'login');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', 'demo');
  await page.click('vaadin-login-form vaadin-button');
  await page.waitForURL(u => !u.pathname.endsWith('/login'), { timeout: 30000 });
  return page;
}
const shot = (user, name) => pages[user].screenshot({ path: `${OUT}/${name}-${user}.png`, fullPage: true });
async function itemTitle(page) { return (await page.locator('#room-item-title').textContent()).trim(); }
async function allSee(what, test, timeout = 8000) {
  const results = await Promise.all(users.map(async u => {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) { if (await test(pages[u], u)) return true; await pages[u].waitForTimeout(100); }
    return false;
  }));
  check(results.every(Boolean), `${what} (${users.filter((u, i) => !results[i]).join(', ') || 'all ' + users.length})`);
}
async function tab(page, name) { await page.locator('vaadin-tab', { hasText: name }).click(); await page.waitForTimeout(300); }

(async () => {
  const chair = 'afil.rep';
  for (const u of users) pages[u] = await signIn(u);
  // the meeting's page, then the room
  await pages[chair].goto(BASE + 'meetings');
  const link = pages[chair].locator('a', { hasText: 'Ranking the manufacturing and logistics proposals' }).first();
  const href = await link.getAttribute('href');
  const id = href.match(/meetings\/(\d+)/)[1];
  console.log('meeting', id);
  await pages[chair].goto(BASE + 'meetings/' + id);
  await pages[chair].waitForTimeout(800);
  await shot(chair, '01-meeting-page');
  for (const u of users) { await pages[u].goto(BASE + 'meetings/' + id + '/room'); }
  await pages[chair].waitForSelector('#start-meeting');
  await shot('le2c.rep', '02-before-start');
  await pages[chair].click('#start-meeting');
  await allSee('everyone sees the meeting live at item 1', async p => /In progress/.test(await p.locator('#room-status').textContent()) && (await itemTitle(p)).startsWith('1.'));
  await allSee('everyone sees the six others present', async p => (await p.locator('vaadin-avatar-group').first().evaluate(g => (g.items || []).length).catch(() => 0)) >= users.length - 1);
  await pages[chair].click('#next-item');
  await allSee('chair moves to item 2: everyone follows', async p => (await itemTitle(p)).startsWith('2. Industrial digital twins'));
  await shot('wg.member', '03-item2-follows');
  // a participant looks elsewhere, the chair moves on, they stay until "Follow the chair"
  const looker = pages['mobility.rep'];
  await looker.locator('#room-agenda li', { hasText: 'Welcome' }).first().click();
  await looker.waitForTimeout(400);
  await pages[chair].click('#next-item');
  await pages['le2c.rep'].waitForFunction(() => document.querySelector('#room-item-title')?.textContent.startsWith('3.'));
  await looker.waitForTimeout(800);
  check((await itemTitle(looker)).startsWith('1.'), 'a participant looking at item 1 stays there when the chair moves');
  await shot('mobility.rep', '04-looking-elsewhere');
  await looker.locator('#follow-bar vaadin-button').first().click();
  await looker.waitForTimeout(500);
  check((await itemTitle(looker)).startsWith('3.'), '"Follow the chair" jumps to the current item 3');
  // speaking queue and timer
  await pages['le2c.rep'].click('#raise-hand');
  await pages['lifesciences.rep'].click('#raise-hand');
  await pages[chair].waitForSelector('#give-floor-le2c\\.rep');
  await pages[chair].click('#give-floor-le2c\\.rep');
  await allSee('everyone sees Paolo Ricci has the floor', async p => /Paolo Ricci/.test(await p.locator('#room-floor').textContent()));
  await pages[chair].fill('#timer-minutes input', '3');
  await pages[chair].click('#start-timer');
  await allSee('everyone sees the item timer', async p => /\d+:\d\d/.test(await p.locator('.room-header').textContent()));
  await shot(chair, '05-queue-timer');
  await pages[chair].click('#next-item');
  await allSee('item 4 for everyone', async p => (await itemTitle(p)).startsWith('4. Ranking'));

  // dot vote with live results
  for (const u of users) await tab(pages[u], 'Polls');
  const c = pages[chair];
  await c.click('.poll-new');
  await c.fill('.poll-dialog-question input, .poll-dialog-question textarea', 'Spread 5 dots over the proposals');
  await c.click('vaadin-select.poll-dialog-kind');
  await c.locator('vaadin-select-item', { hasText: 'Dot voting' }).click();
  await c.click('.poll-dialog-add-proposals');
  await c.waitForTimeout(300);
  await shot(chair, '06-dot-dialog');
  await c.click('.poll-dialog-open');
  await allSee('the dot vote appears for everyone', async p => (await p.locator('.poll-card', { hasText: 'Spread 5 dots' }).count()) > 0);
  const voters = ['le2c.rep', 'mobility.rep', 'lifesciences.rep', 'wg.member', 'reviewer'];
  const spreads = [[3, 2, 0], [1, 1, 3], [5, 0, 0], [2, 2, 1], [0, 4, 1]];
  for (let i = 0; i < voters.length; i++) {
    const p = pages[voters[i]];
    const card = p.locator('.poll-card', { hasText: 'Spread 5 dots' });
    const fields = card.locator('.poll-dots-field input');
    for (let k = 0; k < 3; k++) await fields.nth(k).fill(String(spreads[i][k]));
    await fields.nth(2).press('Tab');
    await p.waitForTimeout(200);
    await card.locator('.poll-vote').click();
    await c.waitForFunction(n => [...document.querySelectorAll('.poll-card')].some(x => x.textContent.includes('Spread 5 dots') && x.querySelector('.poll-turnout')?.textContent.startsWith(n + ' of')), i + 1, { timeout: 8000 })
      .then(() => check(true, `chair sees dot vote ${i + 1} live`), () => check(false, `chair sees dot vote ${i + 1} live`));
  }
  await allSee('everyone sees 5 ballots of the dot vote', async p => /^5 of/.test(await p.locator('.poll-card', { hasText: 'Spread 5 dots' }).locator('.poll-turnout').textContent()));
  await shot('observer', '07-dot-results-observer');
  await shot(chair, '07-dot-results');
  // ranking poll
  await c.click('.poll-new');
  await c.fill('.poll-dialog-question input, .poll-dialog-question textarea', 'Rank the proposals for the Region');
  await c.click('vaadin-select.poll-dialog-kind');
  await c.locator('vaadin-select-item', { hasText: 'Ranking' }).click();
  await c.click('.poll-dialog-add-proposals');
  await c.click('.poll-dialog-open');
  await allSee('the ranking poll appears for everyone', async p => (await p.locator('.poll-card', { hasText: 'Rank the proposals' }).count()) > 0);
  for (let i = 0; i < voters.length; i++) {
    const p = pages[voters[i]];
    const card = p.locator('.poll-card', { hasText: 'Rank the proposals' });
    for (let k = 0; k < i % 3; k++) await card.locator('.poll-move-down').first().click();
    await p.waitForTimeout(150);
    await card.locator('.poll-vote').click();
    await c.waitForFunction(n => [...document.querySelectorAll('.poll-card')].some(x => x.textContent.includes('Rank the proposals') && x.querySelector('.poll-turnout')?.textContent.startsWith(n + ' of')), i + 1, { timeout: 8000 })
      .then(() => check(true, `chair sees ranking ${i + 1} live`), () => check(false, `chair sees ranking ${i + 1} live`));
  }
  await shot('le2c.rep', '08-ranking-results');
  // a vote changed: still one ballot
  const again = pages['le2c.rep'].locator('.poll-card', { hasText: 'Rank the proposals' });
  await again.locator('.poll-move-up').last().click();
  await again.locator('.poll-vote').click();
  await pages['le2c.rep'].waitForTimeout(800);
  check(/^5 of/.test(await pages[chair].locator('.poll-card', { hasText: 'Rank the proposals' }).locator('.poll-turnout').textContent()), 'a changed vote still counts once');
  await c.locator('.poll-card', { hasText: 'Rank the proposals' }).locator('.poll-close').click();
  await allSee('the ranking poll is closed for everyone', async p => /closed/i.test(await p.locator('.poll-card', { hasText: 'Rank the proposals' }).locator('.poll-timing').textContent()));

  // minutes, a decision and an action by the note-taker
  const nt = pages['wg.member'];
  for (const u of users) await tab(pages[u], 'Minutes');
  await nt.fill('.minutes-editor textarea', 'Digital twins ranked first by dot vote and ranking; logistics second. The group asks AFIL to add retrofitting to the description.');
  await nt.click('.save-minutes');
  await allSee('everyone sees the minutes live (note-takers in their editor)', async p => /Digital twins ranked first/.test(
    (await p.locator('.item-records').textContent()) + (await p.locator('.minutes-editor textarea').inputValue({ timeout: 300 }).catch(() => ''))));
  await nt.fill('.decision-text textarea', 'The group supports the digital twins proposal as its first priority.');
  await nt.click('vaadin-select.decision-proposal, vaadin-combo-box.decision-proposal');
  await nt.locator('vaadin-select-item, vaadin-combo-box-item', { hasText: 'Industrial digital twins' }).first().click();
  await nt.click('.record-decision');
  await nt.fill('.action-text input, .action-text textarea', 'Send the revised description to the Region');
  await nt.click('.action-owner');
  await nt.locator('vaadin-select-item, vaadin-combo-box-item', { hasText: 'Laura Bianchi' }).first().click();
  await nt.click('.add-action');
  await allSee('everyone sees the decision and the action', async p => /first priority/.test(await p.locator('.item-records').textContent()) && /revised description/.test(await p.locator('.item-records').textContent()));
  await shot('wg.member', '09-records');
  await shot(chair, '09-records');
  // the chair leaves; an administrator could take over; here the chair ends the meeting
  await c.click('#end-meeting');
  await c.locator('#end-meeting-dialog').waitFor().catch(() => {});
  await c.locator('vaadin-confirm-dialog-overlay vaadin-button[slot="confirm-button"], #end-meeting-dialog vaadin-button[slot="confirm-button"]').first().click();
  await allSee('everyone sees the meeting ended with a report link', async p => (await p.locator('#report-link').count()) > 0);
  await shot('lifesciences.rep', '10-ended');
  // the report, downloaded as PDF
  await pages['le2c.rep'].goto(BASE + 'meetings/' + id + '/report');
  await pages['le2c.rep'].waitForSelector('#download-report');
  await shot('le2c.rep', '11-report');
  const [download] = await Promise.all([pages['le2c.rep'].waitForEvent('download'), pages['le2c.rep'].click('#download-report')]);
  const file = `${OUT}/report-${id}.pdf`;
  await download.saveAs(file);
  const pdf = fs.readFileSync(file);
  check(pdf.subarray(0, 4).toString() === '%PDF' && pdf.length > 2000, `report PDF downloaded (${download.suggestedFilename()}, ${pdf.length} bytes)`);
  const report = await pages['le2c.rep'].locator('.meeting-report').textContent();
  check(/Spread 5 dots/.test(report) && /Rank the proposals/.test(report) && /first priority/.test(report) && /Digital twins ranked first/.test(report), 'the report shows polls, minutes and decisions');
  // the decision in the proposal's history
  const proposal = await pages['le2c.rep'].locator('.report-proposals a', { hasText: 'Industrial digital twins' }).first().getAttribute('href');
  await pages['le2c.rep'].goto(BASE + proposal);
  await tab(pages['le2c.rep'], 'History');
  await pages['le2c.rep'].waitForTimeout(800);
  check(/first priority/.test(await pages['le2c.rep'].locator('body').textContent()), 'the decision appears in the proposal history');
  await shot('le2c.rep', '12-proposal-history');
  for (const b of browsers) await b.close();
  console.log(errors.length ? `\n${errors.length} FAILED` : '\nALL PASSED');
  process.exit(errors.length ? 1 : 0);
})().catch(async e => { console.error(e); for (const u of Object.keys(pages)) await shot(u, 'zz-error').catch(() => {}); for (const b of browsers) await b.close(); process.exit(2); });
