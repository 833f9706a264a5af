// The results server's benchmark (scripts/bench-server, which builds what this needs):
// requests per second and p50/p99 latency, measured by oha on 127.0.0.1, of the release
// server on SQLite and, when ARTICLE_QUIZ_TEST_DATABASE names a PostgreSQL server, on
// PostgreSQL, for posting reader answers, posting hand-ins and reading stats, beside the
// floor (the same server's static-file route, GET /embed.js, in the same run) and a peer,
// Ralph (its statement reads, and its ingestion of one batch of N statements). Prints the
// figures and their ratios; compare only within one run.
//
// Environment: SERVER (the server binary), FIXTURE (bench_fixture), RALPH (Ralph's
// virtualenv), SECONDS (each oha run, default 10), CONNECTIONS (default 32), STATEMENTS
// (Ralph's batch, default 5000), LINES (distinct bodies, default 100,000). With LEVERS=1,
// the same server is measured again without its stats cache (--stats-seconds 0), and,
// if SERVER_BEFORE names a build without group commit nor stats cache, that one too: what
// each lever gave, in the same run.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, mkdirSync, rmSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const SERVER = process.env.SERVER;
const FIXTURE = process.env.FIXTURE;
const RALPH = process.env.RALPH;
const SECONDS = Number(process.env.SECONDS || 10);
const CONNECTIONS = Number(process.env.CONNECTIONS || 32);
const STATEMENTS = Number(process.env.STATEMENTS || 5000);
const LINES = Number(process.env.LINES || 100000);
const POSTGRES = process.env.ARTICLE_QUIZ_TEST_DATABASE || '';
const QUIZ = 'iranian-people';

const work = mkdtempSync(join(tmpdir(), 'aq-bench-server-'));
const started = [];
const stopAll = () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
};
process.on('exit', () => {
  stopAll();
  rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url, headers = {}) {
  for (let i = 0; i < 900; i++) {
    try {
      const r = await fetch(url, { headers });
      if (r.status < 500) return;
    } catch {}
    await sleep(100);
  }
  throw new Error(`${url} did not answer`);
}

// Its output goes to a file: this script blocks while oha runs, and a pipe it did not
// read would fill and stop the server's log, and the server with it.
function start(command, args, env = {}) {
  const log = join(work, `log-${started.length}`);
  const fd = openSync(log, 'w');
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.output = () => readFileSync(log, 'utf8');
  started.push(child);
  return child;
}

async function stop(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await ended;
}

// One oha run: requests per second (answered with one of `ok`), p50 and p99 in ms.
function oha(name, url, args, ok) {
  const out = execFileSync(
    'oha',
    [url, '-z', `${SECONDS}s`, '-w', '-c', String(CONNECTIONS), '--no-tui', '--output-format', 'json', ...args],
    { maxBuffer: 64 << 20 },
  ).toString();
  const result = JSON.parse(out);
  const statuses = result.statusCodeDistribution || {};
  const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
  const good = ok.reduce((sum, code) => sum + (statuses[code] || 0), 0);
  const errors = result.errorDistribution || {};
  if (good !== answered || Object.keys(errors).length) {
    console.error(`${name}: statuses ${JSON.stringify(statuses)}, errors ${JSON.stringify(errors)}`);
  }
  const p = result.latencyPercentiles;
  return {
    name,
    rps: good / result.summary.total,
    p50: p.p50 * 1000,
    p99: p.p99 * 1000,
    statuses,
    requests: good,
  };
}

// A site of one file, as the build leaves it: embed.js with its .br and .gz.
const dist = join(work, 'dist');
mkdirSync(dist);
copyFileSync('embed/embed.js', join(dist, 'embed.js'));
const embed = readFileSync(join(dist, 'embed.js'));
writeFileSync(join(dist, 'embed.js.gz'), gzipSync(embed, { level: 9 }));
writeFileSync(join(dist, 'embed.js.br'), brotliCompressSync(embed));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Bench</title>\n');

execFileSync(FIXTURE, ['quizzes', QUIZ, work, String(LINES)]);
const assignment = readFileSync(join(work, 'assignment.txt'), 'utf8');

// Expected distinct lines among `n` drawn at random from `m` (oha's -Z draws with
// replacement): what the database should hold if every acknowledged post is kept.
const distinct = (n, m) => Math.round(m * (1 - Math.pow(1 - 1 / m, n)));

async function benchServer(database, binary = SERVER, extra = [], label = 'this build') {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const folder = join(work, `server-${database}-${started.length}`);
  mkdirSync(folder);
  const args = [
    '--listen', `127.0.0.1:${port}`,
    '--dist', dist,
    '--quizzes', 'quizzes',
    '--database', join(folder, 'aq.sqlite3'),
    '--hand-ins-per-class', '100000000',
    ...extra,
  ];
  // The load comes from one address, which the per-client write limit would refuse (an
  // older binary ignores the variable).
  const env = { RUST_LOG: process.env.RUST_LOG || 'info,sqlx=warn', ARTICLE_QUIZ_WRITES_PER_MINUTE: '0' };
  let dbUrl;
  if (database === 'postgres') {
    const name = `aq_bench_${process.pid}_${started.length}`;
    const url = new URL(POSTGRES);
    const psql = ['-h', url.hostname, '-p', url.port, '-U', url.username || 'aq', '-d', 'postgres', '-qAt'];
    execFileSync('psql', [...psql, '-c', `CREATE DATABASE ${name}`]);
    dbUrl = `${POSTGRES.replace(/\/$/, '')}/${name}`;
    env.ARTICLE_QUIZ_DATABASE_URL = dbUrl;
  }
  const server = start(binary, args, env);
  await waitFor(`${base}/healthz`);
  const made = await fetch(`${base}/api/v1/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ quiz: QUIZ, assignment }),
  });
  if (made.status !== 201) throw new Error(`class: ${made.status} ${await made.text()}`);
  const { class: classId } = await made.json();
  const json = ['-T', 'application/json', '-m', 'POST'];
  const rows = [];
  rows.push(oha('floor (GET /embed.js)', `${base}/embed.js`, [], ['200']));
  rows.push(oha('answers (POST …/events)', `${base}/api/v1/quizzes/${QUIZ}/events`, [...json, '-Z', join(work, 'events.jsonl')], ['204']));
  rows.push(oha('hand-ins (POST …/hand-ins)', `${base}/api/v1/classes/${classId}/hand-ins`, [...json, '-Z', join(work, 'hand-ins.jsonl')], ['200', '201']));
  rows.push(oha('stats (GET …/stats)', `${base}/api/v1/quizzes/${QUIZ}/stats`, [], ['200']));
  // No graceful stop: what the database holds now is what it committed.
  await stop(server, 'SIGKILL');
  const count = (sql) =>
    database === 'postgres'
      ? Number(execFileSync('psql', [dbUrl, '-qAt', '-c', sql]).toString().trim())
      : Number(
          execFileSync('python3', ['-c', 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])', join(folder, 'aq.sqlite3'), sql])
            .toString()
            .trim(),
        );
  const answers = rows[1];
  const kept = count(`SELECT count(*) FROM reader_answers WHERE quiz = '${QUIZ}'`);
  const expected = distinct(answers.requests, LINES);
  const handIns = rows[2];
  const keptHandIns = count('SELECT count(*) FROM hand_ins');
  const expectedHandIns = distinct(handIns.requests, LINES);
  const durable = { kept, acknowledged: answers.requests, expected, keptHandIns, acknowledgedHandIns: handIns.requests, expectedHandIns, new: Number(handIns.statuses['201'] || 0) };
  return { database, label, rows, durable };
}

// Ralph: a fresh one (its file backend takes one write), one batch of STATEMENTS
// statements posted and timed, then its reads measured by oha.
async function benchRalph() {
  const folder = join(work, 'ralph');
  mkdirSync(join(folder, 'data'), { recursive: true });
  const env = { RALPH_APP_DIR: join(folder, '.ralph'), RALPH_RUNSERVER_BACKEND: 'fs' };
  execFileSync(join(RALPH, 'bin/ralph'), ['auth', '-u', 'bench', '-p', 'bench-password', '-s', 'all', '-M', 'mailto:bench@example.org', '-w'], { env: { ...process.env, ...env }, stdio: 'ignore' });
  const port = await freePort();
  const ralph = start(join(RALPH, 'bin/ralph'), ['runserver', '-b', 'fs', '-h', '127.0.0.1', '-p', String(port), '--fs-default-directory-path', join(folder, 'data')], env);
  const base = `http://127.0.0.1:${port}`;
  const auth = { authorization: `Basic ${Buffer.from('bench:bench-password').toString('base64')}`, 'x-experience-api-version': '1.0.3' };
  await waitFor(`${base}/__heartbeat__`);
  const statements = Array.from({ length: STATEMENTS }, (_, n) => ({
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: 'https://news.example.com', name: `bench-reader-${n}` } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
    object: { objectType: 'Activity', id: `https://news.example.com/quizzes/${QUIZ}/q1` },
    result: { success: n % 4 === 0, response: `option ${n % 4}` },
    timestamp: new Date().toISOString(),
  }));
  const began = performance.now();
  const posted = await fetch(`${base}/xAPI/statements/`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(statements),
  });
  const seconds = (performance.now() - began) / 1000;
  if (posted.status !== 200) throw new Error(`Ralph's batch: ${posted.status} ${await posted.text()}`);
  const ingest = { name: `Ralph: one batch of ${STATEMENTS} statements`, rps: STATEMENTS / seconds, p50: seconds * 1000, p99: seconds * 1000 };
  const reads = oha('Ralph: GET /xAPI/statements', `${base}/xAPI/statements/`, ['-H', `authorization: ${auth.authorization}`, '-H', 'x-experience-api-version: 1.0.3'], ['200']);
  await stop(ralph);
  return { ingest, reads };
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const databases = POSTGRES ? ['sqlite', 'postgres'] : ['sqlite'];
const results = [];
const levers = [];
for (const database of databases) {
  if (process.env.LEVERS === '1' && process.env.SERVER_BEFORE) {
    levers.push(await benchServer(database, process.env.SERVER_BEFORE, [], 'before: neither lever'));
  }
  if (process.env.LEVERS === '1') {
    levers.push(await benchServer(database, SERVER, ['--stats-seconds', '0'], 'group commit, no stats cache'));
  }
  const result = await benchServer(database);
  results.push(result);
  levers.push({ ...result, label: 'group commit and stats cache (5 s)' });
}
const ralph = await benchRalph();

console.log(`\n${SECONDS} s per route, ${CONNECTIONS} connections, oha ${execFileSync('oha', ['--version']).toString().trim().split(' ')[1]}\n`);
console.log('| route | database | requests/s | p50 ms | p99 ms |');
console.log('|---|---|--:|--:|--:|');
for (const { database, rows } of results) {
  for (const r of rows) console.log(`| ${r.name} | ${database} | ${fmt(r.rps)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} |`);
}
console.log(`| ${ralph.ingest.name} | Ralph's files | ${fmt(ralph.ingest.rps)} statements/s | ${fmt(ralph.ingest.p50)} (the batch) | |`);
console.log(`| ${ralph.reads.name} | Ralph's files | ${fmt(ralph.reads.rps)} | ${fmt(ralph.reads.p50, 2)} | ${fmt(ralph.reads.p99, 2)} |`);

console.log('\n| ratio | target | ' + results.map((r) => r.database).join(' | ') + ' |');
console.log('|---|---|' + results.map(() => '--:|').join(''));
const ratio = (label, target, f) => console.log(`| ${label} | ${target} | ` + results.map((r) => fmt(f(r.rows), 2)).join(' | ') + ' |');
ratio('answers ÷ floor, requests/s', '≥ 0.25', ([floor, answers]) => answers.rps / floor.rps);
ratio('hand-ins ÷ floor, requests/s', '', ([floor, , handIns]) => handIns.rps / floor.rps);
ratio('stats ÷ floor, requests/s', '≥ 0.80', ([floor, , , stats]) => stats.rps / floor.rps);
ratio('answers p99 ÷ floor p99', '≤ 10', ([floor, answers]) => answers.p99 / floor.p99);
ratio('hand-ins p99 ÷ floor p99', '≤ 10', ([floor, , handIns]) => handIns.p99 / floor.p99);
ratio('stats p99 ÷ floor p99', '≤ 10', ([floor, , , stats]) => stats.p99 / floor.p99);
ratio("answers ÷ Ralph's statements/s (one batch)", '> 1', ([, answers]) => answers.rps / ralph.ingest.rps);
ratio("stats ÷ Ralph's reads, requests/s", '≥ 5', ([, , , stats]) => stats.rps / ralph.reads.rps);

console.log('\nKept after the server was killed (SIGKILL) at the end of its run; oha draws bodies at random, with repeats, from');
console.log(`${fmt(LINES)} distinct ones, so "expected" is the distinct bodies among those acknowledged (a repeat is kept once):`);
for (const { database, durable: d } of results) {
  console.log(`- ${database}: answers acknowledged ${fmt(d.acknowledged)}, kept ${fmt(d.kept)}, expected about ${fmt(d.expected)}; ` +
    `hand-ins acknowledged ${fmt(d.acknowledgedHandIns)} (${fmt(d.new)} new), kept ${fmt(d.keptHandIns)}`);
}

if (process.env.LEVERS === '1') {
  console.log('\nLevers, same run (ratios to the same server\'s floor):\n');
  console.log('| database | build | floor requests/s | answers ÷ floor | answers p99 ÷ floor | stats ÷ floor | stats p99 ÷ floor |');
  console.log('|---|---|--:|--:|--:|--:|--:|');
  for (const { database, label, rows: [floor, answers, , stats] } of levers) {
    console.log(`| ${database} | ${label} | ${fmt(floor.rps)} | ${fmt(answers.rps / floor.rps, 2)} | ${fmt(answers.p99 / floor.p99, 1)} | ${fmt(stats.rps / floor.rps, 2)} | ${fmt(stats.p99 / floor.p99, 1)} |`);
  }
}
