// Vote-to-result latency in the live meeting room: the time from a participant's click on "Vote"
// to the new turnout showing in the open rooms of every participant and of the chair, measured in a
// real browser (Chromium) on one node, p50, p95 and max. Then a burst: everyone votes at once, and
// the time until every room shows all the votes.
//
//   java -jar target/codesign-workspace-*.jar --spring.profiles.active=demo,bench   (a fresh ./data)
//   cd bench && npm install && node vote-latency.mjs
//
// Environment: BASE (default http://localhost:8080/), PARTICIPANTS (20,100), VOTES (votes measured
// one at a time per participant count, default 20), CHAIR (afil.rep), PASSWORD (demo),
// CHROMIUM (/usr/bin/chromium). The bench profile's "Benchmark meeting" has bench001 to bench100 as
// participants. See docs/meetings.md.
import { chromium } from 'playwright-core';

const env = process.env;
const base = env.BASE || 'http://localhost:8080/';
const counts = (env.PARTICIPANTS || '20,100').split(',').map(Number);
const measuredVotes = Number(env.VOTES || 20);
const password = env.PASSWORD || 'demo';

const browser = await chromium.launch({
  executablePath: env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
});

async function signIn(username) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.goto(base + 'login');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('vaadin-login-form vaadin-button');
  await page.waitForURL(url => !url.pathname.endsWith('/login'), { timeout: 60000 });
  return page;
}

async function meetingId(page) {
  if (env.MEETING) {
    return env.MEETING;
  }
  await page.goto(base + 'meetings');
  const link = page.locator('a', { hasText: 'Benchmark meeting' }).first();
  await link.waitFor({ timeout: 30000 });
  const href = await link.getAttribute('href');
  return href.match(/meetings\/(\d+)/)[1];
}

async function openPolls(page, id) {
  await page.goto(base + 'meetings/' + id + '/room');
  await page.locator('vaadin-tab', { hasText: /^Polls/ }).click();
  await page.waitForSelector('.poll-panel');
}

/** Notes, in the page, the wall-clock time at which each turnout number first appeared. */
async function watchTurnout(page, pollQuestion) {
  await page.evaluate(question => {
    window.__turnout = {};
    const look = () => {
      for (const card of document.querySelectorAll('.poll-card')) {
        if (!card.querySelector('.poll-question')?.textContent.includes(question)) {
          continue;
        }
        const text = card.querySelector('.poll-turnout')?.textContent || '';
        const number = parseInt(text, 10);
        if (!Number.isNaN(number) && !(number in window.__turnout)) {
          window.__turnout[number] = performance.timeOrigin + performance.now();
        }
      }
    };
    new MutationObserver(look).observe(document.body, { childList: true, characterData: true, subtree: true });
    look();
  }, pollQuestion);
}

async function openPoll(chair, question) {
  await chair.click('.poll-new');
  await chair.waitForSelector('vaadin-dialog-overlay .poll-dialog-question, .poll-dialog-question');
  await chair.fill('.poll-dialog-question input, .poll-dialog-question textarea', question);
  const options = chair.locator('.poll-option-label input');
  await options.nth(0).fill('Industrial digital twins');
  await options.nth(1).fill('Zero-emission logistics');
  await chair.click('.poll-dialog-open');
  await chair.locator('.poll-card', { hasText: question }).waitFor();
}

async function vote(page, question) {
  const card = page.locator('.poll-card', { hasText: question });
  await card.locator('vaadin-radio-button').first().click();
  return page.evaluate(q => {
    const card = [...document.querySelectorAll('.poll-card')].find(c => c.querySelector('.poll-question')?.textContent.includes(q));
    const at = performance.timeOrigin + performance.now();
    card.querySelector('.poll-vote').click();
    return at;
  }, question);
}

async function waitAll(pages, number, timeout = 20000) {
  const deadline = Date.now() + timeout;
  const seen = new Map();
  while (seen.size < pages.length && Date.now() < deadline) {
    await Promise.all(pages.map(async (page, index) => {
      if (!seen.has(index)) {
        const at = await page.evaluate(n => window.__turnout[n], number);
        if (at) {
          seen.set(index, at);
        }
      }
    }));
    if (seen.size < pages.length) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
  }
  return seen;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const chair = await signIn(env.CHAIR || 'afil.rep');
const id = await meetingId(chair);
await openPolls(chair, id);
const participants = [];
const rows = [];
for (const count of counts) {
  while (participants.length < count) {
    const name = 'bench' + String(participants.length + 1).padStart(3, '0');
    const page = await signIn(name);
    await openPolls(page, id);
    participants.push(page);
  }
  const active = participants.slice(0, count);
  const everyone = [chair, ...active];
  const question = `Which first? (${count} participants, ${Date.now()})`;
  await openPoll(chair, question);
  for (const page of everyone) {
    await page.locator('.poll-card', { hasText: question }).waitFor({ timeout: 20000 });
    await watchTurnout(page, question);
  }
  // One at a time: the latency a participant and the others notice.
  const samples = [];
  let missed = 0;
  const single = Math.min(measuredVotes, count);
  for (let i = 0; i < single; i++) {
    const clickedAt = await vote(active[i], question);
    const seen = await waitAll(everyone, i + 1);
    missed += everyone.length - seen.size;
    for (const at of seen.values()) {
      samples.push(at - clickedAt);
    }
    await chair.waitForTimeout(200);
  }
  // Everyone else at once: how long until every room shows every vote.
  const burstVoters = active.slice(single);
  let burst = '-';
  if (burstVoters.length > 0) {
    const started = Date.now();
    await Promise.all(burstVoters.map(page => vote(page, question)));
    const seen = await waitAll(everyone, count, 60000);
    burst = seen.size === everyone.length ? (Math.max(...seen.values()) - started).toFixed(0)
      : `${everyone.length - seen.size} rooms missed it`;
  }
  samples.sort((a, b) => a - b);
  rows.push({
    count, votes: single, samples: samples.length, missed,
    p50: percentile(samples, 50).toFixed(0), p95: percentile(samples, 95).toFixed(0),
    max: samples[samples.length - 1].toFixed(0), burst, burstVotes: burstVoters.length,
  });
  console.log(`${count} participants: p50 ${rows.at(-1).p50} ms, p95 ${rows.at(-1).p95} ms, burst of ${burstVoters.length}: ${burst} ms`);
}
console.log('\n| participants | votes one at a time | rooms x votes | missed | p50 ms | p95 ms | max ms | burst: votes | burst: all rooms show all, ms |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.count} | ${r.votes} | ${r.samples} | ${r.missed} | ${r.p50} | ${r.p95} | ${r.max} | ${r.burstVotes} | ${r.burst} |`);
}
await browser.close();
