// The issue-6 walkthrough: from the demo round to the adopted 2026-2027 Work Programme, in Chromium.
// The administrator moves the round to review; the reviewer approves two proposals; the round moves
// to consolidation; the reviewer settles the checklist (a priority proposed for retirement) and
// reorders a priority; the administrator adopts the edition with its act. Then the edition is
// compared with 2024-2025, generated as PDF and DOCX in Italian, downloaded as CSV and JSON, and
// read from the public API without signing in. On a fresh demo database:
//   node programme-walkthrough.cjs            (BASE=http://localhost:8080/ OUT=/tmp/shots6)
const { chromium } = require('playwright-core');
const fs = require('fs');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];
const BASE = process.env.BASE || 'http://localhost:8080/';
const OUT = process.env.OUT || '/tmp/shots6';
fs.mkdirSync(OUT, { recursive: true });
const errors = [];
function check(ok, what) { console.log((ok ? 'OK   ' : 'FAIL ') + what); if (!ok) errors.push(what); }
const basic = user => 'Basic ' + Buffer.from(user + ':demo').toString('base64');

async function api(path, user) {
  const response = await fetch(BASE + path, { headers: user ? { Authorization: basic(user) } : {} });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type'), bytes, body: bytes.toString('utf8') };
}

async function signIn(browser, user) {
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

async function open(page, path) {
  await page.goto(BASE + path);
  await page.waitForTimeout(1500);
}

async function advance(page, roundId) {
  await open(page, 'rounds');
  await page.click(`vaadin-button#advance-${roundId}`);
  await page.click('vaadin-button#confirm-advance');
  await page.waitForTimeout(1500);
}

async function decide(page, proposalId, action) {
  await open(page, `proposals/${proposalId}/review`);
  if (await page.locator('vaadin-button#start-review').isEnabled().catch(() => false)) {
    await page.click('vaadin-button#start-review');
    await page.waitForTimeout(1000);
  }
  await page.click(`vaadin-button#${action}`);
  await page.waitForTimeout(500);
  await page.fill('vaadin-text-area#reason textarea', 'Agreed by the review panel: consistent with the S3 and well supported.');
  await page.click('vaadin-button#confirm-decision');
  await page.waitForTimeout(1500);
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const rounds = JSON.parse((await api('api/v1/rounds', 'admin')).body);
    const round = rounds.find(r => r.title === 'EDP 2026-2027');
    check(round, 'the demo round is served by the API to a signed-in caller');
    const editions = JSON.parse((await api('api/v1/editions', 'admin')).body);
    const draft = editions.find(e => e.period === '2026-2027');
    const previous = editions.find(e => e.period === '2024-2025');

    // 1. The administrator moves the round from drafting to review.
    const admin = await signIn(browser, 'admin');
    await advance(admin, round.id);
    await advance(admin, round.id);
    await admin.screenshot({ path: `${OUT}/1-round-in-review-admin.png`, fullPage: true });

    // 2. The reviewer approves two submitted new priorities.
    const reviewer = await signIn(browser, 'reviewer');
    const proposals = JSON.parse((await api(`api/v1/rounds/${round.id}/proposals`, 'reviewer')).body);
    const chosen = proposals.filter(p => p.kind === 'NEW_PRIORITY' && p.status === 'SUBMITTED').slice(0, 2);
    check(chosen.length === 2, 'two submitted new priorities to approve');
    for (const p of chosen) {
      await decide(reviewer, p.id, 'approve');
    }
    const afterReview = JSON.parse((await api(`api/v1/rounds/${round.id}/proposals`, 'reviewer')).body);
    check(chosen.every(c => afterReview.find(p => p.id === c.id).status === 'APPROVED'), 'both proposals approved');
    await reviewer.screenshot({ path: `${OUT}/2-approved-reviewer.png`, fullPage: true });

    // 3. The round moves to consolidation; the reviewer settles the checklist.
    await advance(admin, round.id);
    await open(reviewer, `programme/consolidation/${draft.id}`);
    await reviewer.screenshot({ path: `${OUT}/3-consolidation-before-reviewer.png`, fullPage: true });
    const counts = await reviewer.locator('#checklist-counts').textContent();
    console.log('     checklist before:', counts.trim());
    const retire = reviewer.locator('vaadin-button[id^=priority-retire-]');
    check(await retire.count() === 1, 'one priority proposed for retirement waits for a decision');
    await retire.first().click();
    await reviewer.click('vaadin-button#confirm-retire');
    await reviewer.waitForTimeout(1500);
    // The wording of a priority proposed for change is settled here; a bad TRL range is refused first.
    const robotics = reviewer.locator('[id^=priority-]', { hasText: 'Human-centred collaborative robotics' }).first();
    await robotics.locator('vaadin-button[id^=priority-edit-]').click();
    await reviewer.waitForTimeout(800);
    const description = reviewer.locator('vaadin-text-area#priority-description textarea');
    await description.fill((await description.inputValue()) + ' Safety certification of shared workspaces is part of it.');
    await reviewer.fill('vaadin-integer-field#priority-trl-min input', '9');
    await reviewer.fill('vaadin-integer-field#priority-trl-max input', '3');
    await reviewer.click('vaadin-button#save-priority');
    await reviewer.waitForTimeout(800);
    await reviewer.screenshot({ path: `${OUT}/3b-bad-trl-reviewer.png`, fullPage: true });
    check(await reviewer.locator('vaadin-dialog-overlay[opened]').count() > 0, 'a TRL range from 9 to 3 is refused and the dialog stays open');
    await reviewer.fill('vaadin-integer-field#priority-trl-min input', '5');
    await reviewer.fill('vaadin-integer-field#priority-trl-max input', '8');
    await reviewer.click('vaadin-button#save-priority');
    await reviewer.waitForTimeout(1500);
    const up = reviewer.locator('vaadin-button[id^=priority-up-]:not([disabled])');
    await up.nth(1).click();
    await reviewer.waitForTimeout(1000);
    check(await reviewer.locator('#checklist-ready').count() === 1, 'the checklist says the edition is ready to adopt');
    await reviewer.screenshot({ path: `${OUT}/4-consolidation-ready-reviewer.png`, fullPage: true });
    check(await reviewer.locator('vaadin-button#adopt-edition').count() === 0, 'a reviewer is not offered adoption');

    // 4. The administrator adopts the edition.
    await open(admin, `programme/consolidation/${draft.id}`);
    await admin.click('vaadin-button#adopt-edition');
    await admin.fill('vaadin-text-field#act-reference input', 'D.G.R. n. XII/9999 del 23/11/2026 (demo)');
    await admin.fill('vaadin-date-picker#adopted-on input', '');
    await admin.click('vaadin-date-picker#adopted-on');
    await admin.keyboard.type(new Date().toLocaleDateString('en-US'));
    await admin.keyboard.press('Enter');
    await admin.screenshot({ path: `${OUT}/5-adopt-dialog-admin.png`, fullPage: true });
    await admin.click('vaadin-button#confirm-adopt');
    await admin.waitForTimeout(2500);
    await admin.screenshot({ path: `${OUT}/6-adopted-admin.png`, fullPage: true });
    const adopted = JSON.parse((await api(`api/v1/editions/${draft.id}`)).body);
    check(adopted.status === 'ADOPTED' && /9999/.test(adopted.actReference), 'the 2026-2027 edition is adopted with its act');
    const roundsAfter = JSON.parse((await api('api/v1/rounds', 'admin')).body);
    check(roundsAfter.find(r => r.id === round.id).phase === 'CLOSED', 'the round closed with the adoption');

    // 5. Compared with 2024-2025.
    await open(reviewer, `programme/compare?from=${previous.id}&to=${draft.id}`);
    const sentence = (await reviewer.locator('#comparison-sentence').textContent()).trim();
    console.log('     comparison:', sentence);
    check(/2024-2025.*2026-2027/.test(sentence), 'the comparison sums up the change between the editions');
    await reviewer.screenshot({ path: `${OUT}/7-comparison-reviewer.png`, fullPage: true });

    // 6. Open data: CSV and JSON downloads, the public API without signing in.
    const csv = await api(`api/v1/editions/${draft.id}/priorities.csv?lang=it`);
    const bom = csv.bytes[0] === 0xEF && csv.bytes[1] === 0xBB && csv.bytes[2] === 0xBF;
    check(csv.status === 200 && bom && /Sostenibilità/.test(csv.body), 'priorities as CSV in Italian, with accents and BOM');
    fs.writeFileSync(`${OUT}/priorita-2026-2027.csv`, csv.bytes);
    const json = await api(`api/v1/editions/${draft.id}`);
    check(json.status === 200 && /application\/json/.test(json.type), 'the adopted edition as JSON, public');
    fs.writeFileSync(`${OUT}/edition-2026-2027.json`, json.body);
    const anonymousProposals = await api(`api/v1/rounds/${round.id}/proposals`);
    check(anonymousProposals.status === 401, 'proposals need a signed-in caller (401)');
    await open(admin, `open-data?edition=${draft.id}`);
    await admin.screenshot({ path: `${OUT}/8-open-data-admin.png`, fullPage: true });

    // 7. Documents: the edition in Italian as PDF and Word, the round report as PDF.
    await open(admin, `documents?edition=${draft.id}&round=${round.id}`);
    await admin.locator('#edition-language vaadin-radio-button', { hasText: 'Italiano' }).click();
    for (const format of ['PDF', 'Word']) {
      await admin.locator('#edition-format vaadin-radio-button', { hasText: format }).click();
      const started = Date.now();
      await admin.click('vaadin-button#generate-edition');
      const link = admin.locator('.documents-jobs').first().locator('a.documents-download', { hasText: format === 'PDF' ? '.pdf' : '.docx' });
      await link.waitFor({ timeout: 60000 });
      console.log(`     ${format} ready in ${Date.now() - started} ms`);
      const [download] = await Promise.all([admin.waitForEvent('download'), link.click()]);
      const file = `${OUT}/${download.suggestedFilename()}`;
      await download.saveAs(file);
      check(fs.statSync(file).size > 5000, `the edition as ${format}: ${download.suggestedFilename()} (${fs.statSync(file).size} bytes)`);
    }
    await admin.click('vaadin-button#generate-round');
    const report = admin.locator('.documents-jobs').nth(1).locator('a.documents-download');
    await report.waitFor({ timeout: 60000 });
    const [reportDownload] = await Promise.all([admin.waitForEvent('download'), report.click()]);
    await reportDownload.saveAs(`${OUT}/${reportDownload.suggestedFilename()}`);
    check(true, `the round report: ${reportDownload.suggestedFilename()}`);
    await admin.screenshot({ path: `${OUT}/9-documents-admin.png`, fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(errors.length ? `${errors.length} checks failed` : 'all checks passed');
  process.exit(errors.length ? 1 : 0);
})();
