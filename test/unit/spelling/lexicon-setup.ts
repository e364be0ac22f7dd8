// vitest globalSetup: makes sure server/out/lexicon.bin exists and is current before the tests
// that load it run (the builder skips the work when the asset is up to date).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup() {
  const script = fileURLToPath(new URL('../../../server/scripts/build-lexicon.mjs', import.meta.url));
  execFileSync(process.execPath, [script], { stdio: 'inherit' });
}
