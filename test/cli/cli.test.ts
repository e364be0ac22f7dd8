// The CLI as a user runs it: the built server/out/cli.js in a child process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const cli = join(root, 'server', 'out', 'cli.js');
const fixtures = join(root, 'test', 'fixtures');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vp-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const SPACED = 'Tin tức địa phương\n\nSáng nay,  Ban Tuyên giáo huyện tổ chức hội nghị.\n';

describe('vietproof CLI', () => {
  it('prints help and exits 0; usage errors exit 2', () => {
    expect(run(['--help'], root).code).toBe(0);
    expect(run(['--help'], root).out).toContain('vietproof check');
    expect(run([], root).code).toBe(2);
    const bad = run(['check', '--frobnicate', 'x'], root);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown option --frobnicate');
    expect(run(['check'], root).code).toBe(2);
    expect(run(['check', 'no/such/dir'], root).code).toBe(2);
    expect(run(['check', '--format', 'xml', fixtures], root).code).toBe(2);
  });

  it('reports file:line:col, rule id, message and suggestion', () => {
    const dir = workspace({ 'a.txt': SPACED });
    const r = run(['check', '.', '--no-summary'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^a\.txt:3:10 +information +style\/double-space +2 spaces between words\. +→ " "$/m);
  });

  it('exits 1 on error-level findings and on too many warnings', () => {
    const dir = workspace({ 'a.txt': SPACED, 'cfg.json': JSON.stringify({ rules: { 'style/double-space': 'error' } }), 'w.json': JSON.stringify({ rules: { 'style/double-space': 'warning' } }) });
    expect(run(['check', 'a.txt', '--config', 'cfg.json'], dir).code).toBe(1);
    expect(run(['check', 'a.txt', '--config', 'w.json', '--max-warnings', '0'], dir).code).toBe(1);
    expect(run(['check', 'a.txt', '--config', 'w.json', '--max-warnings', '1'], dir).code).toBe(0);
  });

  it('writes JSON and SARIF 2.1.0', () => {
    const dir = workspace({ 'a.txt': SPACED });
    const json = JSON.parse(run(['check', 'a.txt', '--format', 'json'], dir).out);
    expect(json[0].file).toBe('a.txt');
    expect(json[0].findings[0]).toMatchObject({ ruleId: 'style/double-space', line: 3, column: 10, endColumn: 12, suggestions: [' '] });
    const sarif = JSON.parse(run(['check', 'a.txt', '--format', 'sarif'], dir).out);
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results[0];
    expect(result.ruleId).toBe('style/double-space');
    expect(sarif.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('style/double-space');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 10 });
  });

  it('writes SARIF that is valid against the SARIF 2.1.0 schema', async () => {
    const { default: Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync(join(root, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
    ajv.addMetaSchema(await import('ajv/lib/refs/json-schema-draft-04.json').then((m) => m.default ?? m));
    const validate = ajv.compile(schema);
    const dir = mkdtempSync(join(tmpdir(), 'vp-sarif-'));
    for (const f of ['000_79964c0f4c3e9176.txt', '003_a718ae4f02fc371c.txt']) copyFileSync(join(fixtures, f), join(dir, f));
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3]));
    const sarif = JSON.parse(run(['check', '.', '--format', 'sarif'], dir).out);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(sarif.runs[0].results.length).toBeGreaterThan(5);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain('bin.txt');
  });

  it('reports what it could not check in JSON and SARIF (a large file checked only in part)', () => {
    const dir = workspace({ 'big.txt': `${SPACED}\n`.repeat(40), 'cfg.json': JSON.stringify({ maxFileSizeKB: 1 }) });
    const json = JSON.parse(run(['check', 'big.txt', '--format', 'json', '--config', 'cfg.json'], dir).out);
    expect(json[0].notices).toEqual([expect.stringContaining('only the first 1 KB')]);
    const sarif = JSON.parse(run(['check', 'big.txt', '--format', 'sarif', '--config', 'cfg.json'], dir).out);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      { level: 'note', message: { text: expect.stringMatching(/^big\.txt: Large file: only the first 1 KB/) } },
    ]);
  });

  it('--fix --dry-run prints a diff and changes nothing; --fix writes', () => {
    const dir = workspace({ 'a.txt': SPACED });
    const dry = run(['check', 'a.txt', '--fix', '--dry-run'], dir);
    expect(dry.out).toContain('--- a/a.txt');
    expect(dry.out).toContain('-Sáng nay,  Ban');
    expect(dry.out).toContain('+Sáng nay, Ban');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(SPACED);
    run(['check', 'a.txt', '--fix'], dir);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toContain('Sáng nay, Ban Tuyên giáo');
    // a second run has nothing left to fix
    expect(run(['check', 'a.txt', '--fix', '--dry-run'], dir).out).toBe('');
  });

  it('skips binary and non-UTF-8 files with a message', () => {
    const dir = workspace({ 'bin.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'latin1.txt': Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]) });
    const r = run(['check', '.'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('bin.txt: skipped: binary file');
    expect(r.out).toContain('latin1.txt: skipped: not valid UTF-8');
  });

  it('honours the workspace ignore file and word list', () => {
    const dir = workspace({ 'a.txt': SPACED, '.vietproof/ignore.json': JSON.stringify({ files: { 'a.txt': { rules: ['style/double-space'] } } }) });
    expect(run(['check', 'a.txt', '--format', 'json'], dir).out).not.toContain('style/double-space');
  });

  it('checks a folder with worker threads and gives the same findings as one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-cli-many-'));
    for (let i = 0; i < 20; i++) copyFileSync(join(fixtures, '000_79964c0f4c3e9176.txt'), join(dir, `bai-${String(i).padStart(2, '0')}.txt`));
    const one = run(['check', '.', '--format', 'json', '--jobs', '1'], dir);
    const two = run(['check', '.', '--format', 'json', '--jobs', '2'], dir);
    expect(one.code).toBe(two.code);
    expect(JSON.parse(two.out)).toEqual(JSON.parse(one.out));
    expect(JSON.parse(one.out)).toHaveLength(20);
  });

  it('learns from the files checked together (adaptive counts), unless told not to', () => {
    const files: Record<string, string> = { 'typo.txt': 'Tin địa phương\n\nTỉnh đẩy mạnh chuyển đổi sổ trong các cơ quan nhà nước.\n' };
    for (let i = 0; i < 40; i++) files[`tin-${i}.txt`] = `Bài ${i}\n\nHội nghị bàn về chuyển đổi số. Chuyển đổi số giúp doanh nghiệp tiết kiệm chi phí.\n`;
    const dir = workspace(files);
    const flagged = (args: string[]) =>
      (JSON.parse(run(['check', '.', '--format', 'json', ...args], dir).out) as Array<{ file: string; findings: Array<{ text: string; suggestions: string[] }> }>)
        .find((r) => r.file === 'typo.txt')!
        .findings.filter((f) => f.text === 'sổ');
    expect(flagged([])).toHaveLength(1);
    expect(flagged([])[0].suggestions[0]).toBe('số');
    expect(flagged(['--jobs', '2'])).toHaveLength(1);
    expect(flagged(['--no-workspace-counts'])).toHaveLength(0);
  });

  it('lists officials across files as text, JSON and CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vp-off-'));
    for (const f of ['001_7adca0d70c9930ac.txt', '004_f66b1282c07b462c.txt']) copyFileSync(join(fixtures, f), join(dir, f));
    const json = JSON.parse(run(['officials', '.', '--format', 'json'], dir).out) as Array<{ name: string; titles: string[]; files: string[] }>;
    const trong = json.find((o) => o.name === 'Cao Văn Trọng');
    expect(trong).toEqual({ name: 'Cao Văn Trọng', titles: ['Chủ tịch UBND tỉnh'], files: ['001_7adca0d70c9930ac.txt'] });
    expect(json.map((o) => o.name)).toContain('Phạm Thị Phúc');
    expect(json.map((o) => o.name)).not.toContain('Thu Huyền');
    const csv = run(['officials', '.', '--format', 'csv'], dir).out.split('\n');
    expect(csv[0]).toBe('name,titles,files');
    expect(csv).toContain('Cao Văn Trọng,Chủ tịch UBND tỉnh,001_7adca0d70c9930ac.txt');
    expect(run(['officials', '.'], dir).out).toMatch(/^Cao Văn Trọng {2}\[Chủ tịch UBND tỉnh\] {2}1 file: 001_7adca0d70c9930ac\.txt$/m);
  });

  it('prints the outline of an article', () => {
    const r = run(['outline', join(fixtures, '001_7adca0d70c9930ac.txt'), '--format', 'json'], root);
    expect(r.code).toBe(0);
    const nodes = JSON.parse(r.out);
    expect(nodes[0].kind).toBe('title');
    expect(nodes[0].name).toBe('Tổng kết Năm dân vận chính quyền 2019');
    expect(nodes[0].children.length).toBeGreaterThan(3);
  });
});
