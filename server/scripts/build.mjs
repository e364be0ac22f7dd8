#!/usr/bin/env node
// Builds everything: data assets, type check (tsc), bundles (esbuild).
// usage: node server/scripts/build.mjs [--no-typecheck] [--watch]
import { build, context } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = new Set(process.argv.slice(2));
const run = (cmd, cmdArgs) => {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${cmd} ${cmdArgs.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
};

mkdirSync(join(root, 'server', 'out'), { recursive: true });
// data assets compiled from npm packages (each script skips work when its output is up to date)
for (const script of ['build-lexicon.mjs', 'build-definitions.mjs']) {
  const p = join(root, 'server', 'scripts', script);
  if (existsSync(p)) run(process.execPath, [p]);
}
if (!args.has('--no-typecheck')) run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root]);

const production = args.has('--production');
// production bundles (the .vsix) are minified without source maps
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', absWorkingDir: root };
const targets = [
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: 'server/out/worker.js' },
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
].filter((t) => existsSync(join(root, t.entryPoints[0])));

if (args.has('--watch')) {
  for (const t of targets) await (await context(t)).watch();
  console.log('build: watching');
} else {
  await Promise.all(targets.map((t) => build(t)));
  console.log(`build: ${targets.map((t) => t.outfile).join(', ')}`);
}
