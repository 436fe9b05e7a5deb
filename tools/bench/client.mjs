// What the benchmarks share: the server and account from the environment, timed HTTP requests over one keep-alive
// connection per kind (API, pages), the form login with its session cookie, the percentile table, and MongoDB through
// the driver in tools/mongo.
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = process.env;
export const baseUrl = new URL(env.BASE_URL || 'http://localhost:8080');
export const user = env.BENCH_USER || 'admin';
const password = env.BENCH_PASSWORD || 'demo';
export const mongoUri = env.CLUBSTOM_MONGODB_URI || env.SPRING_MONGODB_URI || 'mongodb://127.0.0.1:27017/clubstom?replicaSet=rs0';
export const safeMongoUri = mongoUri.replace(/\/\/[^@/]*@/, '//***@');

const transport = baseUrl.protocol === 'https:' ? https : http;
export const apiAgent = new transport.Agent({ keepAlive: true, maxSockets: 1 });
export const htmlAgent = new transport.Agent({ keepAlive: true, maxSockets: 1 });
const basic = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');

/** One timed request; a gzipped answer (asked for with Accept-Encoding) is unpacked, `bytes` is what travelled. */
export function request(agent, method, pathAndQuery, headers = {}, body) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = transport.request(new URL(pathAndQuery, baseUrl), { method, agent, headers }, res => {
      const chunks = [];
      res.on('data', chunk => chunks.push(chunk));
      res.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const raw = Buffer.concat(chunks);
        const text = (res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode, headers: res.headers, body: text, bytes: raw.length, ms });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** GET on the JSON API with HTTP Basic (every request pays the password check: the baseline's cost). */
export const api = pathAndQuery => request(apiAgent, 'GET', pathAndQuery, { Authorization: basic, Accept: 'application/json' });

// ---- form login: the session cookie every page request carries
const cookies = new Map();
export function keepCookies(response) {
  for (const cookie of [].concat(response.headers['set-cookie'] || [])) {
    const [pair] = cookie.split(';');
    const at = pair.indexOf('=');
    cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}
export const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');

/** Signs in with the login form; null when signed in, else what went wrong. */
export async function signInWithForm() {
  const page = await request(htmlAgent, 'GET', '/login', { Accept: 'text/html' });
  keepCookies(page);
  const token = /name="_csrf"\s+value="([^"]+)"/.exec(page.body) || /value="([^"]+)"\s+name="_csrf"/.exec(page.body);
  if (page.status !== 200 || !token) return `the login page (${page.status}) has no _csrf field`;
  const form = new URLSearchParams({ username: user, password, _csrf: token[1] }).toString();
  const answer = await request(htmlAgent, 'POST', '/login', {
    'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(form), Cookie: cookieHeader(),
    Accept: 'text/html',
  }, form);
  keepCookies(answer);
  const location = answer.headers.location || '';
  return answer.status !== 302 || /login/.test(location) ? `form login refused (${answer.status} ${location})` : null;
}

// ---- statistics
export const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
/** A table row: count, p50, p95, p99, max (ms) and errors, the label padded to `width`. */
export function row(label, samples, errors, width = 46) {
  const sorted = [...samples].sort((a, b) => a - b);
  const cell = v => (v === undefined ? '-' : v.toFixed(1)).padStart(8);
  return `${label.padEnd(width)}${String(sorted.length).padStart(6)}${cell(percentile(sorted, 0.5))}${cell(percentile(sorted, 0.95))}`
    + `${cell(percentile(sorted, 0.99))}${cell(sorted[sorted.length - 1])}${String(errors).padStart(7)}`;
}

/** The MongoDB driver from tools/mongo, connected; or `problem` saying why not. */
export async function openMongo() {
  try {
    const require = createRequire(path.join(here, '../mongo/package.json'));
    const { MongoClient, UUID } = require('mongodb');
    const client = new MongoClient(mongoUri, { serverSelectionTimeoutMS: 3000 });
    await client.connect();
    return { client, UUID, db: client.db() };
  } catch (e) {
    return { problem: `MongoDB at ${safeMongoUri}: ${e.message}` };
  }
}
