// Patient search benchmark against a running ClubStom (see patients.sh). One keep-alive connection per client, requests
// strictly one after another, rows interleaved (me, name, phone, card, html, me, ...) so every row sees the same
// server and database conditions (the registry's first page, the same query every time, only every fifth round). Prints count, p50, p95, p99 and max in milliseconds per row, then per search text.
import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = process.env;
const baseUrl = new URL(env.BASE_URL || 'http://localhost:8080');
const requests = Number(env.REQUESTS || process.argv[2] || 300);
const warmup = Number(env.WARMUP || Math.min(50, requests));
const user = env.BENCH_USER || 'admin';
const password = env.BENCH_PASSWORD || 'demo';
const mongoUri = env.CLUBSTOM_MONGODB_URI || env.SPRING_MONGODB_URI || 'mongodb://127.0.0.1:27017/clubstom?replicaSet=rs0';

// what the front desk types: parts of names in any case, with and without ё, several words, and phone digits as people
// say them (with spaces, with the trunk 8, the last four digits)
const nameTexts = ['петр', 'иван петр', 'семен', 'ова', 'алё', 'кузнец', 'серг', 'ольга', 'иванова мария', 'ёв',
  'ковальч', 'сидоров пётр', 'елена', 'мих', 'андреевна', 'соколова анна', 'фёдор', 'тимоф', 'ким', 'белоз'];
const phoneTexts = ['916 12', '4567', '8916123', '+7 925', '903 555', '12-34', '985', '8 (926) 7', '79161234567', '0101'];

const transport = baseUrl.protocol === 'https:' ? https : http;
const apiAgent = new transport.Agent({ keepAlive: true, maxSockets: 1 });
const htmlAgent = new transport.Agent({ keepAlive: true, maxSockets: 1 });
const basic = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');

function request(agent, method, pathAndQuery, headers = {}, body) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = transport.request(new URL(pathAndQuery, baseUrl), { method, agent, headers }, res => {
      const chunks = [];
      res.on('data', chunk => chunks.push(chunk));
      res.on('end', () => resolve({
        status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const api = (pathAndQuery) => request(apiAgent, 'GET', pathAndQuery, { Authorization: basic, Accept: 'application/json' });
const q = text => encodeURIComponent(text);

// ---- form login for the htmx fragment: session cookie + CSRF token from the login page
const cookies = new Map();
function keepCookies(response) {
  for (const cookie of [].concat(response.headers['set-cookie'] || [])) {
    const [pair] = cookie.split(';');
    const at = pair.indexOf('=');
    cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}
const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');

async function signInWithForm() {
  const page = await request(htmlAgent, 'GET', '/login', { Accept: 'text/html' });
  keepCookies(page);
  const csrf = /name="_csrf"\s+value="([^"]+)"/.exec(page.body) || /value="([^"]+)"\s+name="_csrf"/.exec(page.body);
  if (page.status !== 200 || !csrf) return `the login page (${page.status}) has no _csrf field`;
  const form = new URLSearchParams({ username: user, password, _csrf: csrf[1] }).toString();
  const answer = await request(htmlAgent, 'POST', '/login', {
    'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(form), Cookie: cookieHeader(),
    Accept: 'text/html',
  }, form);
  keepCookies(answer);
  const location = answer.headers.location || '';
  if (answer.status !== 302 || /login/.test(location)) return `form login refused (${answer.status} ${location})`;
  const probe = await html('иван');
  if (probe.status !== 200 || !probe.body.includes('patient-results')) return `the htmx fragment answered ${probe.status}`;
  return null;
}

const html = text => request(htmlAgent, 'GET', `/patients?q=${q(text)}`, {
  Cookie: cookieHeader(), 'HX-Request': 'true', 'HX-Target': 'patient-results', 'HX-Current-URL': new URL('/patients', baseUrl).href,
  Accept: 'text/html',
});

// ---- statistics
const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
function row(label, samples, errors) {
  const sorted = [...samples].sort((a, b) => a - b);
  const cell = v => (v === undefined ? '-' : v.toFixed(1)).padStart(8);
  return `${label.padEnd(44)}${String(sorted.length).padStart(6)}${cell(percentile(sorted, 0.5))}${cell(percentile(sorted, 0.95))}`
    + `${cell(percentile(sorted, 0.99))}${cell(sorted[sorted.length - 1])}${String(errors).padStart(7)}`;
}

async function countInMongo() {
  try {
    const require = createRequire(path.join(here, '../mongo/package.json'));
    const { MongoClient } = require('mongodb');
    const client = new MongoClient(mongoUri, { serverSelectionTimeoutMS: 3000 });
    try {
      const patients = client.db().collection('patients');
      const [all, active] = await Promise.all([patients.countDocuments({}), patients.countDocuments({ status: 'ACTIVE' })]);
      return `${all} (MongoDB countDocuments on ${client.db().databaseName}.patients; ${active} active, ${all - active} archived)`;
    } finally {
      await client.close();
    }
  } catch (e) {
    return `unknown (MongoDB at ${mongoUri.replace(/\/\/[^@/]*@/, '//***@')}: ${e.message})`;
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
