// Where a compiled data asset (server/out/*.bin) may be, most specific first: an explicit path from the
// environment, next to the esbuild bundle (server/out/*.js), or found from the TS sources under vitest.
import { dirname, join, resolve } from 'node:path';

export function assetCandidates(asset: string, envVar: string): string[] {
  const out: string[] = [];
  if (process.env[envVar]) out.push(resolve(process.env[envVar]!));
  if (typeof __dirname !== 'undefined') {
    out.push(join(__dirname, asset));
    out.push(resolve(__dirname, '../../../out', asset)); // running from server/src/analysis/lexicon
  }
  // TS sources under vitest: walk up from the working directory to the repository
  let dir = process.cwd();
  for (let i = 0; i < 8; i++) {
    out.push(join(dir, 'server', 'out', asset));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return out;
}
