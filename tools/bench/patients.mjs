// Patient search benchmark against a running ClubStom (see patients.sh). One keep-alive connection per client, requests
// strictly one after another, rows interleaved (me, name, phone, card, html, me, ...) so every row sees the same
// server and database conditions (the registry's first page, the same query every time, only every fifth round). Prints count, p50, p95, p99 and max in milliseconds per row, then per search text.
import { api, baseUrl, cookieHeader, htmlAgent, openMongo, percentile, request, row as tableRow, signInWithForm as signIn,
  user } from './client.mjs';

const env = process.env;
const requests = Number(env.REQUESTS || process.argv[2] || 300);
const warmup = Number(env.WARMUP || Math.min(50, requests));
// what the front desk types: parts of names in any case, with and without ё, several words, and phone digits as people
// say them (with spaces, with the trunk 8, the last four digits)
const nameTexts = ['петр', 'иван петр', 'семен', 'ова', 'алё', 'кузнец', 'серг', 'ольга', 'иванова мария', 'ёв',
  'ковальч', 'сидоров пётр', 'елена', 'мих', 'андреевна', 'соколова анна', 'фёдор', 'тимоф', 'ким', 'белоз'];
const phoneTexts = ['916 12', '4567', '8916123', '+7 925', '903 555', '12-34', '985', '8 (926) 7', '79161234567', '0101'];

const q = text => encodeURIComponent(text);

// ---- form login for the htmx fragment, checked with one search
async function signInWithForm() {
  const refused = await signIn();
  if (refused) return refused;
  const probe = await html('иван');
  return probe.status !== 200 || !probe.body.includes('patient-results') ? `the htmx fragment answered ${probe.status}` : null;
}

const html = text => request(htmlAgent, 'GET', `/patients?q=${q(text)}`, {
  Cookie: cookieHeader(), 'HX-Request': 'true', 'HX-Target': 'patient-results', 'HX-Current-URL': new URL('/patients', baseUrl).href,
  Accept: 'text/html',
});

const row = (label, samples, errors) => tableRow(label, samples, errors, 44);

async function countInMongo() {
  const mongo = await openMongo();
  if (mongo.problem) return `unknown (${mongo.problem})`;
  try {
    const patients = mongo.db.collection('patients');
    const [all, active] = await Promise.all([patients.countDocuments({}), patients.countDocuments({ status: 'ACTIVE' })]);
    return `${all} (MongoDB countDocuments on ${mongo.db.databaseName}.patients; ${active} active, ${all - active} archived)`;
  } finally {
    await mongo.client.close();
  }
}

async function main() {
  const me = await api('/api/me');
  if (me.status !== 200) {
    console.error(`GET ${baseUrl.origin}/api/me as ${user} answered ${me.status}; is ClubStom running there with the demo accounts?`);
    process.exit(1);
  }
  const everyone = JSON.parse((await api('/api/patients?status=all&size=1')).body);
  const apiCount = `${everyone.totalIsLowerBound ? 'more than ' : ''}${everyone.total}`;
  const mongoCount = await countInMongo();
  const htmlProblem = await signInWithForm();

  // card ids come from the search results
  const ids = new Set();
  const perText = new Map();
  const rows = { me: [], name: [], phone: [], card: [], first: [], html: [] };
  const errors = { me: 0, name: 0, phone: 0, card: 0, first: 0, html: 0 };
  const round = async (i, recording) => {
    const nameText = nameTexts[i % nameTexts.length];
    const phoneText = phoneTexts[i % phoneTexts.length];
    const results = {};
    results.me = await api('/api/me');
    results.name = await api(`/api/patients?q=${q(nameText)}`);
    results.phone = await api(`/api/patients?q=${q(phoneText)}`);
    for (const found of [results.name, results.phone]) {
      if (found.status === 200) for (const item of JSON.parse(found.body).items.slice(0, 5)) ids.add(item.id);
    }
    const pool = [...ids];
    if (pool.length) results.card = await api(`/api/patients/${pool[(i * 7919) % pool.length]}`);
    // the registry as it opens: no text, first page by name (every fifth round: it is the same query each time)
    if (i % 5 === 0) results.first = await api('/api/patients');
    if (!htmlProblem) results.html = await html(nameText);
    if (!recording) return;
    for (const [key, response] of Object.entries(results)) {
      if (response.status === 200) rows[key].push(response.ms); else errors[key]++;
    }
    for (const [kind, text, response] of [['name', nameText, results.name], ['phone', phoneText, results.phone]]) {
      if (response.status !== 200) continue;
      const stats = perText.get(text) || { kind, samples: [], total: '' };
      const page = JSON.parse(response.body);
      stats.samples.push(response.ms);
      stats.total = `${page.totalIsLowerBound ? '>' : ''}${page.total}`;
      perText.set(text, stats);
    }
  };

  for (let i = 0; i < warmup; i++) await round(i, false);
  const started = Date.now();
  for (let i = 0; i < requests; i++) await round(i, true);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  console.log(`ClubStom patient search benchmark: ${baseUrl.origin}, signed in as ${user}`);
  console.log(`${requests} measured requests per row after ${warmup} warm-up rounds; sequential, one keep-alive connection, rows interleaved (${seconds} s)`);
  console.log(`patients in the database: ${mongoCount}; API total for status=all: ${apiCount}`);
  console.log('');
  console.log(`${'request'.padEnd(44)}${'count'.padStart(6)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'errors'.padStart(7)}   (ms)`);
  console.log(row('GET /api/me (baseline)', rows.me, errors.me));
  console.log(row('GET /api/patients?q=<name fragment>', rows.name, errors.name));
  console.log(row('GET /api/patients?q=<phone digits>', rows.phone, errors.phone));
  console.log(row('GET /api/patients/{id} (card, audited)', rows.card, errors.card));
  console.log(row('GET /api/patients (no text, first page)', rows.first, errors.first));
  if (htmlProblem) console.log(`GET /patients?q=... (htmx fragment)          skipped: ${htmlProblem}`);
  else console.log(row('GET /patients?q=<name> (htmx results)', rows.html, errors.html));
  console.log('');
  console.log(`${'search text (API)'.padEnd(24)}${'kind'.padEnd(7)}${'matches'.padStart(9)}${'count'.padStart(7)}${'p50'.padStart(8)}${'max'.padStart(8)}   (ms)`);
  for (const [text, stats] of perText) {
    const sorted = [...stats.samples].sort((a, b) => a - b);
    console.log(JSON.stringify(text).padEnd(24) + stats.kind.padEnd(7)
      + `${stats.total.padStart(9)}${String(sorted.length).padStart(7)}${percentile(sorted, 0.5).toFixed(1).padStart(8)}`
      + `${sorted[sorted.length - 1].toFixed(1).padStart(8)}`);
  }
}

main().catch(e => { console.error(e.stack || e.message); process.exit(1); });
