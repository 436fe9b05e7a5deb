// Finance benchmark against a running ClubStom (see finance.sh), best after ./clubstom generate-ledger: the demo
// accountant asks, round after round, for a random patient's balance and a random closed day's cash report through the
// JSON API (HTTP Basic, so every API row includes the password check that GET /api/me, the baseline, is made of), for
// the open day's report, and for the same through the pages (signed-in session): the payment dialog (the balance), the
// patient card's Finance tab (the whole ledger with the running balance) and the cash desk page of a day. Requests strictly one after another, rows
// interleaved so every row sees the same server and database conditions; pages asked gzip-compressed, as a browser asks.
// Patients and days are drawn from MongoDB: patients with an account, closed days of the cash desk.
import { api, baseUrl, cookieHeader, htmlAgent, openMongo, percentile, request as timed, row as tableRow,
  signInWithForm, user } from './client.mjs';

const env = process.env;
const requests = Number(env.REQUESTS || process.argv[2] || 200);
const warmup = Number(env.WARMUP || 50);
const samples = Number(env.SAMPLES || 500);

const page = (pathAndQuery, headers = {}) => timed(htmlAgent, 'GET', pathAndQuery,
  { 'Accept-Encoding': 'gzip', Cookie: cookieHeader(), Accept: 'text/html', ...headers });
const tab = id => page(`/patients/${id}/tabs/finance`, { 'HX-Request': 'true', 'HX-Target': 'tab-panel' });
const dialog = id => page(`/patients/${id}/finance/postings/new?kind=PAYMENT`, { 'HX-Request': 'true', 'HX-Target': 'modal-root' });
const cashPage = day => page(day ? `/finance?day=${day}` : '/finance');
const row = (label, values, errors) => tableRow(label, values, errors, 58);
const pick = list => list[Math.floor(Math.random() * list.length)];
const mean = values => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const uuidOf = value => (typeof value?.toUUID === 'function' ? value.toUUID().toHexString(true) : String(value));

// ---- what to ask for: patients with an account and closed days, with their sizes, from MongoDB
async function drawFromMongo() {
  const mongo = await openMongo();
  if (mongo.problem) return { problem: mongo.problem };
  try {
    const db = mongo.db;
    const accounts = await db.collection('patient_accounts').aggregate([{ $sample: { size: samples } }]).toArray();
    const days = await db.collection('cash_days').aggregate([{ $match: { closed: true } }, { $sample: { size: samples } },
      { $project: { operations: 1 } }]).toArray();
    const [entries, withAccount, operations, closedDays, patients] = await Promise.all([
      db.collection('ledger_entries').estimatedDocumentCount(),
      db.collection('patient_accounts').estimatedDocumentCount(),
      db.collection('cash_operations').estimatedDocumentCount(),
      db.collection('cash_days').countDocuments({ closed: true }),
      db.collection('patients').estimatedDocumentCount(),
    ]);
    return {
      patients: accounts.map(account => ({ id: uuidOf(account._id), entries: account.entries })),
      days: days.map(day => ({ day: day._id, operations: day.operations })),
      shape: `${entries} ledger entries of ${withAccount} accounts (${patients} patients), ${operations} cash desk operations,`
        + ` ${closedDays} closed days (MongoDB ${db.databaseName})`,
    };
  } finally {
    await mongo.client.close();
  }
}

async function main() {
  try {
    const me = await api('/api/me');
    if (me.status !== 200) throw new Error(`GET /api/me as ${user} answered ${me.status}`);
  } catch (e) {
    console.error(`clubstom: ClubStom is not reachable at ${baseUrl.origin} as ${user} (${e.code || e.message}); start it first (./clubstom run).`);
    process.exit(1);
  }
  const refused = await signInWithForm();
  if (refused) { console.error(`clubstom: cannot sign in as ${user}: ${refused}`); process.exit(1); }
  const drawn = await drawFromMongo();
  if (drawn.problem || drawn.patients.length === 0 || drawn.days.length === 0) {
    console.error(`clubstom: no patients with entries or no closed days to ask for (${drawn.problem || drawn.shape});`
      + ' run ./clubstom generate-ledger first, and set CLUBSTOM_MONGODB_URI to the database the application uses.');
    process.exit(1);
  }
  // the open day as the cash desk shows it (today in the clinic's time zone, unless today is closed already)
  const openDate = (/data-testid="cash-desk"[^>]*data-day="(\d{4}-\d\d-\d\d)"|data-day="(\d{4}-\d\d-\d\d)"[^>]*data-testid="cash-desk"/
    .exec((await cashPage(null)).body) || []).slice(1).find(Boolean);
  if (!openDate) { console.error('clubstom: the cash desk page (GET /finance) shows no day'); process.exit(1); }
  const openDay = JSON.parse((await api(`/api/cash-desk/days/${openDate}`)).body);

  const keys = ['me', 'balance', 'day', 'today', 'dialog', 'tab', 'page', 'openPage'];
  const rows = Object.fromEntries(keys.map(key => [key, []]));
  const errors = Object.fromEntries(keys.map(key => [key, 0]));
  const asked = { entries: [], operations: [] };
  const json = (response, field) => {
    try { return response.status === 200 && JSON.parse(response.body)[field] !== undefined; } catch { return false; }
  };
  const round = async recording => {
    const patient = pick(drawn.patients);
    const day = pick(drawn.days);
    const results = {
      me: [await api('/api/me'), response => response.status === 200],
      balance: [await api(`/api/patients/${patient.id}/account`), response => json(response, 'balance')],
      day: [await api(`/api/cash-desk/days/${day.day}`), response => json(response, 'closingCash')],
      today: [await api(`/api/cash-desk/days/${openDay.day}`), response => json(response, 'closingCash')],
      dialog: [await dialog(patient.id), response => response.status === 200 && response.body.includes('data-testid="posting-dialog"')],
      tab: [await tab(patient.id), response => response.status === 200 && response.body.includes('data-testid="finance-tab"')],
      page: [await cashPage(day.day), response => response.status === 200 && response.body.includes('data-testid="cash-desk"')],
      openPage: [await cashPage(null), response => response.status === 200 && response.body.includes('data-testid="cash-desk"')],
    };
    if (!recording) return;
    asked.entries.push(patient.entries);
    asked.operations.push(day.operations);
    for (const [key, [response, ok]] of Object.entries(results)) {
      if (ok(response)) rows[key].push(response.ms); else errors[key]++;
    }
  };

  for (let i = 0; i < warmup; i++) await round(false);
  const started = Date.now();
  for (let i = 0; i < requests; i++) await round(true);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const largest = drawn.days.reduce((a, b) => (b.operations > a.operations ? b : a));
  const longest = drawn.patients.reduce((a, b) => (b.entries > a.entries ? b : a));
  const sizes = `Finance tab of ${longest.entries} entries ${((await tab(longest.id)).bytes / 1024).toFixed(0)} KiB, cash desk page`
    + ` of ${largest.operations} operations ${((await cashPage(largest.day)).bytes / 1024).toFixed(0)} KiB,`
    + ` its JSON ${((await api(`/api/cash-desk/days/${largest.day}`)).body.length / 1024).toFixed(0)} KiB (not compressed)`;

  console.log(`ClubStom finance benchmark: ${baseUrl.origin}, signed in as ${user}`);
  console.log(`in the database: ${drawn.shape}`);
  console.log(`${requests} measured rounds after ${warmup} warm-up rounds; sequential, keep-alive, rows interleaved, pages gzip (${seconds} s)`);
  console.log(`patients asked for: ${mean(asked.entries).toFixed(0)} entries on average (of ${drawn.patients.length} drawn, up to`
    + ` ${longest.entries}); days: ${mean(asked.operations).toFixed(0)} operations on average (up to ${largest.operations});`
    + ` the open day ${openDay.day}: ${openDay.operations.length} operations`);
  console.log(`gzipped: ${sizes}`);
  console.log('');
  console.log(`${'request'.padEnd(58)}${'count'.padStart(6)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'errors'.padStart(7)}   (ms)`);
  console.log(row('GET /api/me (baseline: HTTP Basic alone)', rows.me, errors.me));
  console.log(row('GET /api/patients/{id}/account (balance)', rows.balance, errors.balance));
  console.log(row('GET /api/cash-desk/days/{a closed day}', rows.day, errors.day));
  console.log(row(`GET /api/cash-desk/days/${openDay.day} (the open day)`, rows.today, errors.today));
  console.log(row('GET /patients/{id}/finance/postings/new (balance, session)', rows.dialog, errors.dialog));
  console.log(row('GET /patients/{id}/tabs/finance (htmx, session)', rows.tab, errors.tab));
  console.log(row('GET /finance?day={a closed day} (page, session)', rows.page, errors.page));
  console.log(row('GET /finance (the open day, page, session)', rows.openPage, errors.openPage));
  // what the API does beyond the password check: its percentiles less the baseline's (same server, same run)
  const sorted = values => [...values].sort((a, b) => a - b);
  const beyond = key => [['p50', 0.5], ['p95', 0.95]]
    .map(([name, p]) => `${name} +${(percentile(sorted(rows[key]), p) - percentile(sorted(rows.me), p)).toFixed(1)}`).join(' / ');
  if (rows.me.length) {
    console.log('');
    console.log(`API rows less the baseline's percentiles (ms): balance ${beyond('balance')}; closed day ${beyond('day')};`
      + ` open day ${beyond('today')}`);
  }
}

main().catch(e => { console.error(e.stack || e.message); process.exit(1); });
