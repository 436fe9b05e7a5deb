// Calendar benchmark against a running ClubStom (see calendar.sh). Requests strictly one after another, one keep-alive
// connection for the signed-in session and one for the API, rows interleaved (me, page, board, booking, me, ...) so every
// row sees the same server and database conditions. The day viewed stays the same all along: bookings go into free
// slots of busy days from a week after it on, found on those days' boards before the measurement (a slot clear of the
// doctor's off-hours and of every appointment of the doctor and of the chair), each with a patient who has nothing
// else that day. Responses are asked for gzip-compressed, as a browser asks.
import { api, baseUrl, cookieHeader, htmlAgent, keepCookies, openMongo, request as timed, row, signInWithForm,
  user } from './client.mjs';

const env = process.env;
const requests = Number(env.REQUESTS || process.argv[2] || 200);
const warmup = Number(env.WARMUP || 100);
const bookingMinutes = 15;
const isoDate = d => d.toISOString().slice(0, 10);
const addDays = (text, days) => isoDate(new Date(Date.parse(`${text}T00:00:00Z`) + days * 86_400_000));
const weekday = text => new Date(`${text}T00:00:00Z`).getUTCDay(); // 0 Sunday
// the first Wednesday four weeks ahead: a working day of every generated doctor, past the weeks the demo profile books
// (the generator leaves those doctors' days alone), so the day is as full as the generator makes them
const viewed = env.DATE || (() => { let d = addDays(isoDate(new Date()), 28); while (weekday(d) !== 3) d = addDays(d, 1); return d; })();

// every page asked for gzip-compressed, as a browser asks
const request = (agent, method, pathAndQuery, headers = {}, body) =>
  timed(agent, method, pathAndQuery, { 'Accept-Encoding': 'gzip', ...headers }, body);

// ---- form login, then the CSRF token from the calendar page's meta tags
const csrf = { header: null, token: null };
async function signIn() {
  const refused = await signInWithForm();
  if (refused) return refused;
  const calendar = await dayPage(viewed);
  keepCookies(calendar);
  const header = /<meta name="_csrf_header" content="([^"]+)"/.exec(calendar.body);
  const meta = /<meta name="_csrf" content="([^"]+)"/.exec(calendar.body);
  if (calendar.status !== 200 || !header || !meta) return `the calendar page answered ${calendar.status} without CSRF meta tags`;
  csrf.header = header[1];
  csrf.token = meta[1];
  return null;
}

const dayPath = date => `/calendar?date=${date}&view=day`;
const dayPage = date => request(htmlAgent, 'GET', dayPath(date), { Cookie: cookieHeader(), Accept: 'text/html' });
const dayBoard = date => request(htmlAgent, 'GET', dayPath(date), {
  Cookie: cookieHeader(), Accept: 'text/html', 'HX-Request': 'true', 'HX-Target': 'calendar-board',
  'HX-Current-URL': new URL(dayPath(date), baseUrl).href,
});

function book(slot, patientId, serviceId) {
  const form = new URLSearchParams({
    patientId, doctorId: slot.doctor, chairId: slot.chair, services: serviceId, date: slot.date, time: slot.time,
    minutes: String(bookingMinutes), comment: 'benchmark',
  }).toString();
  return request(htmlAgent, 'POST', '/calendar/appointments', {
    'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(form), Cookie: cookieHeader(),
    Accept: 'text/html', 'HX-Request': 'true', 'HX-Target': 'modal-root', [csrf.header]: csrf.token,
  }, form);
}

const booked = response => response.status === 200 && !response.body.includes('data-error-for=')
  && /calendar-changed/.test(response.headers['hx-trigger-after-settle'] || '');

// ---- free slots, read off a day's board: minutes from the board's opening time
const minutesOf = hhmm => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = minutes => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function freeSlots(board, date) {
  const opens = minutesOf(/data-opens="(\d\d:\d\d)"/.exec(board)[1]);
  const length = Number(/--minutes:(\d+)/.exec(board)[1]);
  const columns = board.split('<div class="grid-board__column"').slice(1).map(chunk => {
    const attribute = name => (new RegExp(`data-${name}="([^"]*)"`).exec(chunk) || [])[1];
    const shades = [...chunk.matchAll(/grid-board__shade[^>]*--top:(\d+);--height:(\d+)/g)]
      .map(([, top, height]) => [opens + Number(top), opens + Number(top) + Number(height)]);
    const cards = [...chunk.matchAll(/data-start="[^"]*T(\d\d:\d\d)" data-minutes="(\d+)" data-doctor="[^"]*" data-chair="([^"]*)"/g)]
      .map(([, start, minutes, chair]) => ({ chair, from: minutesOf(start), to: minutesOf(start) + Number(minutes) }));
    return { doctor: attribute('doctor'), chair: attribute('chair'), shades, cards };
  }).filter(column => column.doctor && column.chair);
  const chairBusy = new Map();
  for (const column of columns) {
    for (const card of column.cards) chairBusy.set(card.chair, [...(chairBusy.get(card.chair) || []), [card.from, card.to]]);
  }
  const slots = [];
  for (const column of columns) {
    const busy = [...column.shades, ...column.cards.map(card => [card.from, card.to]), ...(chairBusy.get(column.chair) || [])];
    for (let from = opens; from + bookingMinutes <= opens + length; from += 5) {
      const to = from + bookingMinutes;
      if (busy.some(([a, b]) => a < to && from < b)) continue;
      slots.push({ date, time: hhmm(from), doctor: column.doctor, chair: column.chair });
      busy.push([from, to]);
    }
  }
  return slots;
}

// ---- MongoDB: the counts, and whether a patient already has an appointment on a date
async function counts(mongo) {
  if (mongo.problem) return `unknown (${mongo.problem})`;
  const appointments = mongo.db.collection('appointments');
  const [all, ofDay, doctors] = await Promise.all([
    appointments.estimatedDocumentCount(),
    appointments.countDocuments(dayFilter(viewed)),
    mongo.db.collection('staff_members').countDocuments({ 'details.position': 'DOCTOR', status: { $ne: 'DISMISSED' } }),
  ]);
  return `${all} appointments (${ofDay} on ${viewed}, cancelled and no-shows included), ${doctors} doctors`
    + ` (MongoDB ${mongo.db.databaseName})`;
}

// the application stores a date as its midnight in the JVM's zone: a day is the 28 hours around UTC midnight
const dayFilter = date => {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  return { day: { $gt: new Date(midnight - 14 * 3_600_000), $lt: new Date(midnight + 14 * 3_600_000) } };
};

async function isFree(mongo, patientId, date) {
  if (mongo.problem) return true;
  const found = await mongo.db.collection('appointments').findOne({
    patientId: new mongo.UUID(patientId), ...dayFilter(date), status: { $nin: ['CANCELLED', 'NO_SHOW'] },
  }, { projection: { _id: 1 } });
  return !found;
}

// ---- statistics
async function main() {
  let me;
  try {
    me = await api('/api/me');
  } catch (e) {
    console.error(`clubstom: ClubStom is not reachable at ${baseUrl.origin} (${e.code || e.message}); start it first (./clubstom run).`);
    process.exit(1);
  }
  if (me.status !== 200) {
    console.error(`clubstom: GET ${baseUrl.origin}/api/me as ${user} answered ${me.status}; is ClubStom running there with the demo accounts?`);
    process.exit(1);
  }
  const problem = await signIn();
  if (problem) {
    console.error(`clubstom: cannot use the calendar as ${user}: ${problem}`);
    process.exit(1);
  }
  const mongo = await openMongo();
  const inMongo = await counts(mongo);

  // what to book with: a service of the price list (from the calendar's filter), patients from the registry
  const firstBoard = (await dayBoard(viewed)).body;
  const service = (/name="service" value="([^"]+)"/.exec(firstBoard) || [])[1];
  const patients = [];
  for (const page of [3, 40, 90, 150, 220, 300, 380, 450, 0, 1]) {
    const found = await api(`/api/patients?sort=name&size=100&page=${page}`);
    if (found.status === 200) for (const item of JSON.parse(found.body).items) patients.push(item.id);
  }
  const wanted = warmup + requests;
  // slots on busy days from a week after the viewed one on, Sundays skipped
  const slots = [];
  for (let date = addDays(viewed, 7); slots.length < wanted * 1.5 && date < addDays(viewed, 200); date = addDays(date, 1)) {
    if (weekday(date) !== 0) slots.push(...freeSlots((await dayBoard(date)).body, date));
  }
  const bookingProblem = !service ? 'no service in the price list' : patients.length === 0 ? 'no patients in the registry'
    : slots.length < wanted ? `only ${slots.length} free slots found for ${wanted} bookings` : null;

  const rows = { me: [], page: [], board: [], booking: [] };
  const errors = { me: 0, page: 0, board: 0, booking: 0 };
  let refusals = 0;
  let nextPatient = 0;
  const usedOn = new Map(); // date -> patients booked there by this run
  const patientFor = async date => {
    const used = usedOn.get(date) || new Set();
    usedOn.set(date, used);
    for (let tries = 0; tries < patients.length; tries++) {
      const candidate = patients[nextPatient++ % patients.length];
      if (!used.has(candidate) && await isFree(mongo, candidate, date)) {
        used.add(candidate);
        return candidate;
      }
    }
    return null;
  };
  const round = async recording => {
    const results = {};
    results.me = await api('/api/me');
    results.page = await dayPage(viewed);
    results.board = await dayBoard(viewed);
    if (!bookingProblem) {
      // a refused booking (the slot or patient was not free after all) is counted and the next slot tried
      for (let attempt = 0; attempt < 5 && slots.length; attempt++) {
        const slot = slots.shift();
        const patient = await patientFor(slot.date);
        if (!patient) break;
        const answer = await book(slot, patient, service);
        if (booked(answer)) {
          results.booking = answer;
          break;
        }
        if (recording) refusals++;
        if (answer.status !== 200) {
          results.booking = answer;
          break;
        }
      }
    }
    if (!recording) return;
    for (const [key, response] of Object.entries(results)) {
      const ok = response.status === 200 && (key !== 'booking' || booked(response))
        && (key === 'me' || key === 'booking' || response.body.includes('calendar-grid'));
      if (ok) rows[key].push(response.ms); else errors[key]++;
    }
  };

  for (let i = 0; i < warmup; i++) await round(false);
  const started = Date.now();
  for (let i = 0; i < requests; i++) await round(true);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const pageBytes = (await dayPage(viewed)).bytes;
  const boardResponse = await dayBoard(viewed);
  const cards = (boardResponse.body.match(/<article /g) || []).length;
  const columns = (boardResponse.body.match(/class="grid-board__column"/g) || []).length;
  if (mongo.client) await mongo.client.close();

  console.log(`ClubStom calendar benchmark: ${baseUrl.origin}, signed in as ${user}`);
  console.log(`${requests} measured requests per row after ${warmup} warm-up rounds; sequential, keep-alive, rows interleaved, gzip (${seconds} s)`);
  console.log(`in the database: ${inMongo}`);
  console.log(`day viewed: ${viewed}, ${columns} doctor columns, ${cards} appointments shown; gzipped: page ${(pageBytes / 1024).toFixed(0)} KiB`
    + `, board ${(boardResponse.bytes / 1024).toFixed(0)} KiB`);
  console.log('');
  console.log(`${'request'.padEnd(46)}${'count'.padStart(6)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'errors'.padStart(7)}   (ms)`);
  console.log(row('GET /api/me (baseline, HTTP Basic)', rows.me, errors.me));
  console.log(row(`GET ${dayPath(viewed)} (page)`, rows.page, errors.page));
  console.log(row('  the same, htmx board fragment', rows.board, errors.board));
  if (bookingProblem) console.log(`POST /calendar/appointments (booking)          skipped: ${bookingProblem}`);
  else {
    console.log(row(`POST /calendar/appointments (${bookingMinutes} min, free slot)`, rows.booking, errors.booking));
    console.log(`bookings refused (slot or patient taken after all, tried again elsewhere): ${refusals}`);
  }
}

main().catch(e => { console.error(e.stack || e.message); process.exit(1); });
