// Settings a workspace can set are data, never code: user phrases are compared as text, not
// compiled as regular expressions (a pattern like `(a+)+$` must not hang the checker), and the
// manifest restricts the settings that change what is checked in untrusted workspaces.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, resolveSettings } from '../../server/src/analysis';
import { FIXTURES, hostileText, params } from '../fuzz/arbitraries';
import { REPO_ROOT } from '../lsp/client';

const EVIL_PATTERNS = ['(a+)+$', '(.*a){20}', '.*', '^', '[', '\\', '(?<=x)', '\\p{L}+', 'Tin (liên quan|khác)'];
const key = (text: string, settings: Parameters<typeof analyze>[1]) => analyze(text, settings).findings.map((f) => `${f.ruleId}@${f.start}-${f.end}`);

describe('user-supplied phrases', () => {
  it('extra boilerplate headers are plain text: regex syntax neither throws nor matches as a pattern', () => {
    // as plain text, the phrase `[` does match a line that is just `[`
    const literal = 'Tin tức hôm nay rất nhiều thông tin hay và bổ ích cho bạn đọc.\n\n[\nMột tin khác\nTin thứ hai\n';
    expect(key(literal, resolveSettings({ boilerplate: { extraHeaders: ['['] } }).settings)).not.toEqual(key(literal, resolveSettings({}).settings));
    const plain = resolveSettings({}).settings;
    const evil = resolveSettings({ boilerplate: { extraHeaders: EVIL_PATTERNS } }).settings;
    for (const text of FIXTURES) expect(key(text, evil)).toEqual(key(text, plain));
    fc.assert(
      fc.property(hostileText(20), (text) => {
        // a short line holding one of the phrases as plain text is rightly a header (`[` alone on a
        // line is the phrase `[`): the property is about the rest
        fc.pre(!text.split(/\r\n|\r|\n/).some((line) => line.length <= 60 && EVIL_PATTERNS.some((p) => line.includes(p))));
        expect(key(text, evil)).toEqual(key(text, plain));
      }),
      params(30),
    );
  });

  it('a catastrophic pattern against a long line of its favourite letter finishes', () => {
    const evil = resolveSettings({ boilerplate: { extraHeaders: ['(a+)+$', '(a|aa)*c'] }, words: ['(a+)+$'] }).settings;
    // a backtracking engine would take longer than the age of the universe here; text comparison is instant
    const text = `Tin mới\n\n${'a'.repeat(30)}!\n${'a'.repeat(5000)}b\n\n${FIXTURES[0]}`;
    const t0 = performance.now();
    analyze(text, evil);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('no code in the engine or the server compiles a regular expression from settings', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(join(REPO_ROOT, 'server', 'src'));
    const offenders: string[] = [];
    for (const file of files) {
      if (file.includes(`${join('server', 'src', 'cli')}`)) continue; // globs from the command line, typed by the user running it
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bRegExp\s*\(([^;]*)/g)) {
        if (/settings|extraHeaders|\bwords\b|config|include|exclude|pushed|raw\b/i.test(m[1])) offenders.push(`${file}: ${m[0].slice(0, 120)}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('workspace trust', () => {
  it('the manifest limits untrusted workspaces and restricts the settings that change what is checked', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    expect(untrusted?.supported).toBe('limited');
    expect(untrusted.restrictedConfigurations).toEqual(expect.arrayContaining(['vietproof.words', 'vietproof.boilerplate.extraHeaders']));
    // every restricted setting is a real one
    const declared = Object.keys(manifest.contributes.configuration.properties);
    for (const s of untrusted.restrictedConfigurations) expect(declared).toContain(s);
  });
});
