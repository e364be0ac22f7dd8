// code-server in a sandbox: temporary HOME/XDG folders, a fresh user-data and extensions dir,
// the packaged .vsix installed, a workspace of article copies, and Debian's Chromium driven by
// playwright-core. Everything started here is stopped by `stop()`.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, log, run, startDetached, stopGroup, tailOf, waitFor } from './proc.mjs';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  // Debian's DejaVu Sans Mono draws stacked Vietnamese marks badly; DejaVu Sans draws them well
  'editor.fontFamily': "'DejaVu Sans', sans-serif",
  'editor.hover.delay': 300,
  'window.restoreWindows': 'none',
  // the workspace sits inside the project's git repository: no "open the parent repository?" prompt
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * @param {object} o
 * @param {string} o.codeServer  entry.js of the cached code-server
 * @param {string} o.vsix        the packaged extension
 * @param {string} o.runDir      a fresh folder for this run
 * @param {string[]} o.files     articles to copy into the workspace
 */
export async function startCodeServer({ codeServer, vsix, runDir, files }) {
  const dirs = {
    home: join(runDir, 'home'),
    config: join(runDir, 'xdg-config'),
    data: join(runDir, 'xdg-data'),
    cache: join(runDir, 'xdg-cache'),
    state: join(runDir, 'xdg-state'),
    userData: join(runDir, 'user-data'),
    extensions: join(runDir, 'extensions'),
    workspace: join(runDir, 'articles'),
    profile: join(runDir, 'chromium-profile'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  for (const f of files) copyFileSync(f, join(dirs.workspace, f.split('/').pop()));

  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    XDG_STATE_HOME: dirs.state,
    // code-server must not think it runs inside another VS Code
    VSCODE_IPC_HOOK_CLI: '',
    VSCODE_PROXY_URI: '',
  };
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  const logFile = join(runDir, 'code-server.log');
  await run(process.execPath, [codeServer, ...common, '--install-extension', vsix], { env, logFile, timeoutMs: 120_000 });

  const port = await freePort();
  const server = startDetached(
    process.execPath,
    [
      codeServer,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      ...common,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      dirs.workspace,
    ],
    { env, logFile },
  );
  const url = `http://127.0.0.1:${port}`;
  const state = { server, browser: undefined, page: undefined, url, dirs, logFile };
  try {
    await waitFor(
      `code-server to answer on ${url}/healthz`,
      async () => {
        if (server.exitCode !== null) throw new Error(`code-server exited (${server.exitCode})\n${tailOf(logFile)}`);
        const res = await fetch(`${url}/healthz`);
        return res.ok;
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    log(`code-server is up on ${url}`);
    state.browser = await chromium.launchPersistentContext(dirs.profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 900 },
      env,
      timeout: 120_000,
    });
    state.page = state.browser.pages()[0] ?? (await state.browser.newPage());
    state.page.setDefaultTimeout(30_000);
  } catch (err) {
    await stopCodeServer(state);
    throw err;
  }
  return state;
}

export async function stopCodeServer(state) {
  if (state.browser) {
    await Promise.race([state.browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 15_000))]);
  }
  await stopGroup(state.server);
}

/** The newest log files the workbench wrote (extension host, the VietProof output channel). */
export function extensionLogs(userData) {
  const logsDir = join(userData, 'logs');
  if (!existsSync(logsDir)) return [];
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/vietproof|exthost\.log|remoteexthost\.log/i.test(p)) found.push(p);
    }
  };
  walk(logsDir);
  return found;
}
