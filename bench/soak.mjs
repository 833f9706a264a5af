// The results server's soak (scripts/soak, not run by the test command): the release
// server on SQLite, given steady mixed traffic for MINUTES (default 10) at RATE requests
// a second (default 200): 50 % readers' answers, 25 % stats reads, 15 % hand-ins, 10 %
// class views, each answer and hand-in distinct (bench_fixture's bodies), after WARMUP
// minutes (default 7) of the same traffic. Prints, each minute, the requests, errors
// (anything but the expected status, or no answer), p50 and p99 latency, and the server's
// RSS; fails if any request failed, warm-up included, or if the RSS in the measured
// minutes rose more than 10 % above the first measured minute's. Compare only within one
// run.
//
// Why a warm-up: in its first minutes at this rate each of the pool's 8 SQLite
// connections fills its page cache (up to 2 MiB, in its own thread's malloc arena, about
// 5 MB of RSS each) and the RSS climbs to that plateau, which took six to seven minutes in
// every run so far (bench/README.md). Flat memory is judged on the plateau.
//
// Environment: SERVER (the server binary), FIXTURE (bench_fixture), MINUTES, WARMUP, RATE.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MINUTES = Number(process.env.MINUTES || 10);
const WARMUP = Number(process.env.WARMUP ?? 7);
const RATE = Number(process.env.RATE || 200);
const QUIZ = 'iranian-people';
const work = mkdtempSync(join(tmpdir(), 'aq-soak-'));
let server;
process.on('exit', () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const base = `http://127.0.0.1:${port}`;
const lines = Math.ceil(RATE * 60 * (WARMUP + MINUTES) * 0.5);
execFileSync(process.env.FIXTURE, ['quizzes', QUIZ, work, String(lines)]);
const assignment = readFileSync(join(work, 'assignment.txt'), 'utf8').trim();
const events = readFileSync(join(work, 'events.jsonl'), 'utf8').split('\n').filter(Boolean);
const handIns = readFileSync(join(work, 'hand-ins.jsonl'), 'utf8').split('\n').filter(Boolean);

const log = openSync(join(work, 'server.log'), 'w');
server = spawn(
  process.env.SERVER,
  ['--listen', `127.0.0.1:${port}`, '--dist', 'dist', '--quizzes', 'quizzes', '--database', join(work, 'soak.sqlite3'), '--hand-ins-per-class', '100000000'],
  // One client sends it all: no per-client limit.
  { env: { ...process.env, RUST_LOG: 'warn', ARTICLE_QUIZ_WRITES_PER_MINUTE: '0' }, stdio: ['ignore', log, log] },
);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {}
  if (i > 300) throw new Error('the server did not start');
  await sleep(100);
}
// Classes as a school's are: hand-ins spread over CLASSES of them (50 by default), each
// holding a few hundred by the end.
const classes = [];
for (let i = 0; i < Number(process.env.CLASSES || 50); i++) {
  const created = await (await fetch(`${base}/api/v1/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ quiz: QUIZ, assignment }),
  })).json();
  classes.push(created.class);
}

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) * 1024;
let nextEvent = 0;
let nextHandIn = 0;
function request() {
  const pick = Math.random();
  const json = { 'content-type': 'application/json' };
  if (pick < 0.5) return [`${base}/api/v1/quizzes/${QUIZ}/events`, { method: 'POST', headers: json, body: events[nextEvent++ % events.length] }, 204];
  if (pick < 0.75) return [`${base}/api/v1/quizzes/${QUIZ}/stats`, {}, 200];
  const someClass = classes[Math.floor(Math.random() * classes.length)];
  if (pick < 0.9) return [`${base}/api/v1/classes/${someClass}/hand-ins`, { method: 'POST', headers: json, body: handIns[nextHandIn++ % handIns.length] }, 201];
  return [`${base}/api/v1/classes/${someClass}`, {}, 200];
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const minutes = [];
const start = performance.now();
for (let minute = 0; minute < WARMUP + MINUTES; minute++) {
  const latencies = [];
  let errors = 0;
  const kinds = {};
  const failed = (kind) => {
    errors++;
    kinds[kind] = (kinds[kind] || 0) + 1;
  };
  const pending = [];
  const minuteStart = start + minute * 60_000;
  for (let n = 0; n < RATE * 60; n++) {
    const due = minuteStart + (n * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const [url, init, expected] = request();
    const sent = performance.now();
    pending.push(
      fetch(url, init)
        .then(async (response) => {
          await response.arrayBuffer();
          if (response.status !== expected && !(expected === 201 && response.status === 200)) failed(response.status);
        })
        .catch(() => failed('no answer'))
        .finally(() => latencies.push(performance.now() - sent)),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const row = { minute: minute + 1, ...(minute < WARMUP ? { warmup: true } : {}), requests: latencies.length, errors, p50_ms: quantile(latencies, 0.5).toFixed(1), p99_ms: quantile(latencies, 0.99).toFixed(1), rss_mb: (rss() / 2 ** 20).toFixed(1), ...(errors ? { kinds } : {}) };
  minutes.push(row);
  console.log(JSON.stringify(row));
}
const measured = minutes.slice(WARMUP);
const first = Number(measured[0].rss_mb);
const most = Math.max(...measured.map((m) => Number(m.rss_mb)));
const errors = minutes.reduce((sum, m) => sum + m.errors, 0);
const requests = (rows) => rows.reduce((sum, m) => sum + m.requests, 0);
console.log(
  `soak: ${WARMUP} min warm-up and ${MINUTES} min measured at ${RATE} requests/s, ${requests(minutes)} requests ` +
    `(${requests(measured)} measured), ${errors} errors; RSS ${first} MB in the first measured minute, at most ${most} MB ` +
    `after it (${(((most - first) / first) * 100).toFixed(1)} %); p99 per measured minute ${measured.map((m) => m.p99_ms).join(', ')} ms`,
);
process.exit(errors === 0 && most <= first * 1.1 ? 0 : 1);
