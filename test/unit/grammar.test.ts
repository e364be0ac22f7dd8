// The TextMate grammar, checked with vscode-tmgrammar-test against annotated lines in test/grammar/.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

it('scopes datelines, dates, times, numbers, quotations, abbreviations and links', () => {
  const bin = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
  const r = spawnSync(process.execPath, [bin, '-g', 'syntaxes/vietnamese-article.tmLanguage.json', 'test/grammar/*.test.txt'], { cwd: root, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toContain('run successfuly');
  expect(r.status).toBe(0);
});
