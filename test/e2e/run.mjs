#!/usr/bin/env node
// `npm run test:e2e`: the product in real editors.
//   1. installs what is missing (Debian packages, code-server into a cache outside the project);
//   2. packages the extension (`npm run package`);
//   3. VS Code (code-server + Chromium): recognition, squiggles, Problems, hover, Outline, quick fix;
//   4. Neovim: the language server over stdio, diagnostics and document symbols.
// Options: --update-screenshots (copy the best screenshots to client/media/), --only vscode|nvim,
//          --no-package (reuse vietproof.vsix and server/out as they are), --keep (keep the run's folders).
// Exit code 0 only when every step passed. Screenshots and logs go to test/e2e/.work/.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, ensureSystemPackages } from './lib/install.mjs';
import { elapsed, log, run } from './lib/proc.mjs';
import { ROOT } from './expectations.mjs';
import { runVsCodeTest } from './vscode.mjs';
import { runNeovimTest } from './nvim.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const known = ['--update-screenshots', '--only', 'vscode', 'nvim', '--no-package', '--keep'];
if ((only && !['vscode', 'nvim'].includes(only)) || argv.some((a) => !known.includes(a))) {
  console.error('usage: run.mjs [--update-screenshots] [--only vscode|nvim] [--no-package] [--keep]');
  process.exit(2);
}

/** README screenshots: media file ← the step whose screenshot it is. */
const README_SHOTS = {
  'screenshot-problems.png': 'problems',
  'screenshot-hover.png': 'hover',
  'screenshot-outline.png': 'outline',
  'screenshot-quickfix.png': 'quickfix-menu',
};

/** The whole run, installs included, must end well inside CI's 90 minutes. */
const WATCHDOG_MS = 45 * 60_000;
const KEEP_OLD = 5;

const t0 = Date.now();
const watchdog = setTimeout(() => {
  console.error(`[e2e] the run took more than ${WATCHDOG_MS / 60_000} minutes: giving up`);
  process.exit(1); // the exit handler in lib/proc.mjs stops every child
}, WATCHDOG_MS);
watchdog.unref();
const stamp = `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')}-${process.pid}`;
const work = join(ROOT, 'test', 'e2e', '.work');
const runDir = join(work, `run-${stamp}`);
const shotsDir = join(work, `screenshots-${stamp}`);
mkdirSync(runDir, { recursive: true });
mkdirSync(shotsDir, { recursive: true });
// keep the last few runs' screenshots and kept folders, not every run's
for (const prefix of ['screenshots-', 'run-']) {
  const old = readdirSync(work).filter((n) => n.startsWith(prefix)).sort();
  for (const name of old.slice(0, Math.max(0, old.length - KEEP_OLD))) rmSync(join(work, name), { recursive: true, force: true });
}

const results = [];
let failed = false;
try {
  await ensureSystemPackages(work);
  const codeServer = only === 'nvim' ? undefined : await ensureCodeServer();
  const vsix = join(ROOT, 'vietproof.vsix');
  if (!flag('--no-package') || !existsSync(vsix)) {
    const p0 = Date.now();
    log('packaging the extension (npm run package)');
    await run('npm', ['run', 'package'], { cwd: ROOT, logFile: join(runDir, 'package.log'), timeoutMs: 10 * 60_000 });
    log(`packaged ${vsix} in ${elapsed(p0)}`);
  }
  if (!existsSync(join(ROOT, 'server', 'out', 'server.js'))) throw new Error('server/out/server.js is missing: run npm run build');
  log(`screenshots: ${shotsDir}`);

  if (only !== 'nvim') {
    const v0 = Date.now();
    log('VS Code (code-server) test');
    const steps = await runVsCodeTest({ codeServer, vsix, runDir: join(runDir, 'code-server'), shotsDir });
    results.push(...steps.map((s) => ({ suite: 'vscode', ...s })));
    log(`VS Code test done in ${elapsed(v0)}`);
  }
  if (only !== 'vscode') {
    const n0 = Date.now();
    log('Neovim test');
    const steps = await runNeovimTest({ runDir: join(runDir, 'nvim') });
    results.push(...steps.map((s) => ({ suite: 'nvim', ...s })));
    log(`Neovim test done in ${elapsed(n0)}`);
  }
} catch (err) {
  failed = true;
  log(`ERROR ${err.stack ?? err.message}`);
}

failed ||= results.some((r) => !r.ok);
console.log('\nstep                          result   time');
for (const r of results) console.log(`${`${r.suite}/${r.name}`.padEnd(30)}${(r.ok ? 'pass' : 'FAIL').padEnd(9)}${(r.ms / 1000).toFixed(1)} s${r.ok ? '' : `  ${r.error.split('\n')[0]}`}`);
console.log(`\nscreenshots: ${shotsDir}`);

if (flag('--update-screenshots')) {
  const missing = Object.values(README_SHOTS).filter((name) => !results.find((r) => r.suite === 'vscode' && r.name === name && r.ok));
  if (missing.length) {
    log(`README screenshots NOT updated: steps ${missing.join(', ')} did not pass`);
    failed = true;
  } else {
    const media = join(ROOT, 'client', 'media');
    mkdirSync(media, { recursive: true });
    for (const [file, name] of Object.entries(README_SHOTS)) copyFileSync(results.find((r) => r.suite === 'vscode' && r.name === name).screenshot, join(media, file));
    log(`README screenshots updated: ${Object.keys(README_SHOTS).map((f) => `client/media/${f}`).join(', ')}`);
  }
}

if (!flag('--keep') && !failed) rmSync(runDir, { recursive: true, force: true });
else log(`run folder kept: ${runDir}`);
console.log(`e2e ${failed ? 'FAILED' : 'passed'} in ${elapsed(t0)}`);
process.exit(failed ? 1 : 0);
