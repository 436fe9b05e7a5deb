// Patient card benchmark against a running ClubStom (see card.sh): the card of the patient with the longest record
// (./clubstom generate-patient-record makes one with 200 visits and 50 images) opened again and again by the owner, who
// sees every tab: the card page, then each tab's htmx fragment, one after another on one keep-alive connection, gzip
// asked for as a browser asks. Rows: every request on its own, and "card with all its tabs", the page plus every tab as
// the card loads them, one round each.
import { api, baseUrl, cookieHeader, htmlAgent, keepCookies, request as timed, row, signInWithForm, user } from './client.mjs';

const env = process.env;
const requests = Number(env.REQUESTS || process.argv[2] || 200);
const warmup = Number(env.WARMUP || 50);
const request = (pathAndQuery, headers = {}) => timed(htmlAgent, 'GET', pathAndQuery,
  { 'Accept-Encoding': 'gzip', Cookie: cookieHeader(), Accept: 'text/html', ...headers });

async function main() {
  try {
    const me = await api('/api/me');
    if (me.status !== 200) throw new Error(`GET /api/me as ${user} answered ${me.status}`);
  } catch (e) {
    console.error(`clubstom: ClubStom is not reachable at ${baseUrl.origin} as ${user} (${e.code || e.message}); start it first.`);
    process.exit(1);
  }
  const refused = await signInWithForm();
  if (refused) { console.error(`clubstom: cannot sign in as ${user}: ${refused}`); process.exit(1); }

  // the longest record among the patients found (a generator run that stopped half-way leaves a shorter one)
  const found = JSON.parse((await api(`/api/patients?q=${encodeURIComponent(env.PATIENT || 'Долгов Архип')}`)).body).items || [];
  let patient = null;
  let longest = -1;
  for (const candidate of found) {
    const tab = await request(`/patients/${candidate.id}/tabs/visits`, { 'HX-Request': 'true' });
    const rows = tab.body.match(/data-testid="visit-row"/g)?.length ?? 0;
    if (rows > longest) { longest = rows; patient = candidate; }
  }
  if (!patient) {
    console.error('clubstom: no patient with a long record; run ./clubstom generate-patient-record first.');
    process.exit(1);
  }
  const cardPath = `/patients/${patient.id}`;
  const card = await request(cardPath);
  keepCookies(card);
  // every tab the card offers this person (their links), loaded as the card loads the open one
  const tabs = [...card.body.matchAll(/<a [^>]*class="tabs__tab"[^>]*>/g)]
    .map(link => /hx-get="([^"]+)"/.exec(link[0])?.[1]).filter(Boolean).map(path => path.replace(/&amp;/g, '&'));
  if (card.status !== 200 || tabs.length === 0) {
    console.error(`clubstom: the card answered ${card.status} with ${tabs.length} tabs`);
    process.exit(1);
  }
  const fragment = path => request(path, { 'HX-Request': 'true', 'HX-Target': 'tab-panel' });

  const rows = { page: [], whole: [] };
  const errors = { page: 0, whole: 0 };
  tabs.forEach(tab => { rows[tab] = []; errors[tab] = 0; });
  const round = async recording => {
    let whole = 0;
    let ok = true;
    const page = await request(cardPath);
    whole += page.ms;
    if (recording) { if (page.status === 200) rows.page.push(page.ms); else { errors.page++; ok = false; } }
    for (const tab of tabs) {
      const answer = await fragment(tab);
      whole += answer.ms;
      if (recording) { if (answer.status === 200) rows[tab].push(answer.ms); else { errors[tab]++; ok = false; } }
    }
    if (recording) { if (ok) rows.whole.push(whole); else errors.whole++; }
  };
  for (let i = 0; i < warmup; i++) await round(false);
  const started = Date.now();
  for (let i = 0; i < requests; i++) await round(true);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const sizes = [];
  for (const tab of tabs) sizes.push(`${tab.split('/').pop()} ${((await fragment(tab)).bytes / 1024).toFixed(0)} KiB`);
  const visits = (await fragment(`${cardPath}/tabs/visits`)).body.match(/data-testid="visit-row"/g)?.length ?? 0;
  const files = (await fragment(`${cardPath}/tabs/files`)).body.match(/class="file-tile file-tile--/g)?.length ?? 0;

  console.log(`ClubStom patient card benchmark: ${baseUrl.origin}, signed in as ${user}`);
  console.log(`patient ${patient.lastName} ${patient.firstName} (${patient.id}): ${visits} visits and ${files} files listed`);
  console.log(`${requests} measured rounds after ${warmup} warm-up rounds; sequential, keep-alive, gzip (${seconds} s)`);
  console.log(`gzipped tabs: ${sizes.join(', ')}`);
  console.log('');
  console.log(`${'request'.padEnd(46)}${'count'.padStart(6)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'errors'.padStart(7)}   (ms)`);
  console.log(row(`GET ${cardPath.slice(0, 18)}… (card page)`, rows.page, errors.page));
  for (const tab of tabs) console.log(row(`  tab ${tab.split('/').pop()}`, rows[tab], errors[tab]));
  console.log(row('card with all its tabs (page + every tab)', rows.whole, errors.whole));
}

main().catch(e => { console.error(e.stack || e.message); process.exit(1); });
