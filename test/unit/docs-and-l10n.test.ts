// The manifest strings, client strings and README are complete in both languages and up to date.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../server/src/analysis';

const root = join(__dirname, '..', '..');
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8'));

describe('localisation', () => {
  it('every %key% of package.json exists in English and Vietnamese, and nothing else', () => {
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    const en = json('package.nls.json');
    const vi = json('package.nls.vi.json');
    expect(used.size).toBeGreaterThan(10);
    expect(Object.keys(en).sort()).toEqual([...used].sort());
    expect(Object.keys(vi).sort()).toEqual([...used].sort());
    for (const k of used) expect(vi[k]).not.toBe(en[k]);
  });

  it('every client string has a Vietnamese translation', () => {
    const source = readFileSync(join(root, 'client', 'src', 'extension.ts'), 'utf8');
    const used = new Set([...source.matchAll(/l10n\.t\('([^']+)'/g)].map((m) => m[1]));
    const vi = json('client/l10n/bundle.l10n.vi.json');
    const en = json('client/l10n/bundle.l10n.json');
    expect(used.size).toBeGreaterThan(3);
    for (const k of used) {
      expect(vi[k], k).toBeTruthy();
      expect(en[k], k).toBeTruthy();
    }
  });

  it('every setting has a description and every rule a message in both languages', () => {
    const props = json('package.json').contributes.configuration.properties;
    for (const [key, p] of Object.entries<Record<string, unknown>>(props)) expect(p.markdownDescription, key).toMatch(/^%config\./);
    for (const r of ALL_RULES) {
      expect(r.description.en).not.toBe(r.description.vi);
    }
  });
});

describe('README', () => {
  it('has the current rule reference (npm run docs)', () => {
    const r = spawnSync(process.execPath, [join(root, 'server', 'scripts', 'update-readme.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('names the two commands and every rule id', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
    for (const r of ALL_RULES) expect(readme).toContain('`' + r.id + '`');
  });
});
