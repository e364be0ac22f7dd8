// One-off installs for the real-editor tests, skipped when already done:
// Debian packages (Chromium, ripgrep, Neovim, code-server's build needs) and code-server itself,
// installed from npm into a cache folder of its own (outside the project's dependencies).
// Recipe and pitfalls: ../shared/REAL-EDITORS.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { elapsed, log, run } from './proc.mjs';

export const CODE_SERVER_VERSION = '4.100.3';

/** Debian package → a file it provides (a quick "is it installed" check that needs no dpkg lock). */
const SYSTEM_PACKAGES = {
  chromium: '/usr/bin/chromium',
  ripgrep: '/usr/bin/rg',
  neovim: '/usr/bin/nvim',
  'libkrb5-dev': '/usr/include/krb5.h',
  'pkg-config': '/usr/bin/pkg-config',
  'build-essential': '/usr/share/build-essential/list',
  python3: '/usr/bin/python3',
};

function dpkgInstalled(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().includes('install ok installed');
  } catch {
    return false;
  }
}

export async function ensureSystemPackages(workDir) {
  const missing = Object.entries(SYSTEM_PACKAGES)
    .filter(([pkg, file]) => !existsSync(file) || !dpkgInstalled(pkg))
    .map(([pkg]) => pkg);
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}. Install them as root: apt-get update && apt-get install -y ${missing.join(' ')}`);
  }
  const t0 = Date.now();
  log(`installing Debian packages: ${missing.join(' ')} (log: ${join(workDir, 'apt.log')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const logFile = join(workDir, 'apt.log');
  await run('apt-get', ['update'], { env, logFile, timeoutMs: 10 * 60_000 });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env, logFile, timeoutMs: 20 * 60_000 });
  log(`Debian packages installed in ${elapsed(t0)}`);
}

/** Where code-server is cached: shared by every clone on this machine unless VIETPROOF_E2E_CACHE says otherwise. */
export function cacheDir() {
  return process.env.VIETPROOF_E2E_CACHE || join(homedir(), '.cache', 'vietproof-e2e');
}

/** Installs code-server once; returns the path of its launcher. */
export async function ensureCodeServer() {
  const dir = join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
  const bin = join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = join(dir, '.installed');
  if (existsSync(marker) && existsSync(bin)) return bin;

  const t0 = Date.now();
  const logFile = join(cacheDir(), `code-server-${CODE_SERVER_VERSION}-install.log`);
  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (about 2 min; log: ${logFile})`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'vietproof-e2e-code-server', private: true }, null, 2));

  // @vscode/ripgrep downloads rg during install; hand it Debian's binary in the tarball it looks for.
  const tmp = join(dir, '.tmp');
  const rgCache = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  const rgStage = join(tmp, 'rg-stage');
  mkdirSync(rgCache, { recursive: true });
  mkdirSync(rgStage, { recursive: true });
  copyFileSync('/usr/bin/rg', join(rgStage, 'rg'));
  await run('tar', ['-czf', join(rgCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', rgStage, 'rg']);

  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_yes: 'true', // node-pty runs `npx node-gyp` while installing
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  await run('npm', ['install', '--unsafe-perm', '--foreground-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    env,
    logFile,
    timeoutMs: 25 * 60_000,
  });
  const version = await run(process.execPath, [bin, '--version'], { timeoutMs: 60_000 });
  if (!version.includes(CODE_SERVER_VERSION)) throw new Error(`code-server --version printed ${version}`);
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${elapsed(t0)}`);
  return bin;
}
