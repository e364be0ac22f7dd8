// Process helpers for the real-editor tests: commands with bounded time and captured logs,
// long-running children in their own process group (so stopping them stops their children too),
// free ports and bounded polling.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Every detached child still running; stopped on exit and on Ctrl+C / SIGTERM. */
const running = new Set();

export function elapsed(t0) {
  return `${((Date.now() - t0) / 1000).toFixed(1)} s`;
}

export function log(message) {
  console.log(`[e2e ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/**
 * Runs a command to completion; rejects with its output tail when it fails or outlives `timeoutMs`.
 * `logFile` receives stdout+stderr (otherwise they are kept in memory for the error message).
 */
export function run(cmd, args, { cwd, env, timeoutMs = 10 * 60_000, logFile, echo = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child);
    const file = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
    let tail = '';
    const onData = (chunk) => {
      file?.write(chunk);
      if (echo) process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`${cmd} ${args.join(' ')} did not finish within ${timeoutMs / 1000} s\n${tail}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      running.delete(child);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      file?.end();
      if (code === 0) resolve(tail);
      else reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code ?? signal})${logFile ? `, log: ${logFile}` : ''}\n${tail}`));
    });
  });
}

/** Starts a long-running child in its own process group, output appended to `logFile`. */
export function startDetached(cmd, args, { cwd, env, logFile }) {
  const out = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

function killGroup(child, signal) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** Stops a child's whole process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopGroup(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(graceMs).then(() => true)]);
  if (timedOut) {
    killGroup(child, 'SIGKILL');
    await Promise.race([exited, sleep(2000)]);
  }
  running.delete(child);
}

function stopAllNow() {
  for (const child of running) killGroup(child, 'SIGKILL');
  running.clear();
}
process.on('exit', stopAllNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`[e2e] ${signal}: stopping children`);
    stopAllNow();
    process.exit(130);
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns a truthy value; throws `what` after `timeoutMs`. */
export async function waitFor(what, probe, { timeoutMs = 30_000, intervalMs = 250 } = {}) {
  const t0 = Date.now();
  let lastError;
  while (Date.now() - t0 < timeoutMs) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
}

export function tailOf(file, lines = 40) {
  if (!file || !existsSync(file)) return `(no log at ${file})`;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(-lines)
    .join('\n');
}
