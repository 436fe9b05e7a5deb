// Talks to the local development/test mongod: waits for it, initiates the single-node replica set
// (transactions and change streams need one), or shuts it down. Only `hello`, `ping`, `replSetInitiate`
// and `shutdown` are sent: a full `serverStatus` crashes the Windows build of mongod under Wine.
import { MongoClient } from 'mongodb';

const [command, port = '27017', replSet = 'rs0'] = process.argv.slice(2);
const uri = `mongodb://127.0.0.1:${port}/?directConnection=true&serverSelectionTimeoutMS=1000`;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function withClient(action) {
  const client = new MongoClient(uri);
  try { return await action(client.db('admin')); } finally { await client.close(true).catch(() => {}); }
}

async function hello() {
  return withClient(admin => admin.command({ hello: 1 }));
}

async function waitUntil(predicate, seconds, what) {
  const deadline = Date.now() + seconds * 1000;
  let last;
  while (Date.now() < deadline) {
    try {
      const reply = await hello();
      if (predicate(reply)) return reply;
    } catch (e) { last = e; }
    await sleep(500);
  }
  throw new Error(`mongod on port ${port} did not become ${what} within ${seconds}s${last ? ': ' + last.message : ''}`);
}

async function ready() {
  await waitUntil(() => true, 60, 'reachable');
  let reply = await hello();
  if (!reply.setName) {
    await withClient(admin => admin.command({
      replSetInitiate: { _id: replSet, members: [{ _id: 0, host: `127.0.0.1:${port}` }] }
    })).catch(e => { if (!/already initialized/i.test(e.message)) throw e; });
  } else if (reply.setName !== replSet) {
    throw new Error(`mongod on port ${port} belongs to replica set ${reply.setName}, expected ${replSet}`);
  }
  await waitUntil(r => r.isWritablePrimary === true, 90, 'PRIMARY');
}

async function probe() {
  const reply = await hello();
  process.stdout.write(reply.isWritablePrimary ? 'primary\n' : (reply.setName ? 'secondary\n' : 'standalone\n'));
}

async function shutdown() {
  await withClient(admin => admin.command({ shutdown: 1, force: true })).catch(() => {});
}

const commands = { ready, probe, shutdown };
if (!commands[command]) {
  console.error('usage: node replica-set.mjs ready|probe|shutdown [port] [replSet]');
  process.exit(2);
}
commands[command]().catch(e => { console.error(e.message); process.exit(1); });
