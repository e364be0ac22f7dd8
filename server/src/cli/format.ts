// CLI output formats: human text, JSON, SARIF 2.1.0.
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES, type Locale } from '../analysis';
import type { FileReport } from './check-file';

const useColor = () => process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (useColor() ? `\x1b[${code}m${s}\x1b[0m` : s);
const SEVERITY_COLOR: Record<string, string> = { error: '31', warning: '33', information: '36', hint: '2' };

export function formatText(reports: FileReport[], cwd: string, locale: Locale): string {
  const lines: string[] = [];
  for (const r of reports) {
    const p = relative(cwd, r.path) || r.path;
    if (!r.ok) {
      lines.push(`${p}: skipped: ${r.reason}`);
      continue;
    }
    for (const n of r.notices) lines.push(`${p}: note: ${n}`);
    for (const f of r.findings) {
      const sugg = f.suggestions.length ? `  → ${f.suggestions.slice(0, 3).map((s) => JSON.stringify(s)).join(', ')}` : '';
      lines.push(`${p}:${f.line}:${f.column}  ${paint(SEVERITY_COLOR[f.severity] ?? '0', f.severity.padEnd(11))} ${paint('1', f.ruleId)}  ${f.message[locale]}${sugg}`);
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

export function formatJson(reports: FileReport[], cwd: string): string {
  return (
    JSON.stringify(
      reports.map((r) => ({
        file: relative(cwd, r.path) || r.path,
        ok: r.ok,
        ...(r.reason ? { reason: r.reason } : {}),
        // what the checker could not do on this file (only part of a large file checked, a rule that failed)
        ...(r.notices.length ? { notices: r.notices } : {}),
        title: r.title,
        findings: r.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          text: f.text,
          message: f.message.en,
          messageVi: f.message.vi,
          suggestions: f.suggestions,
        })),
        ...(r.officials ? { officials: r.officials } : {}),
      })),
      null,
      2,
    ) + '\n'
  );
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(reports: FileReport[], cwd: string, version: string): string {
  const rules = ALL_RULES.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description.en },
    fullDescription: { text: `${r.description.en} ${r.fixes}` },
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
    properties: { category: r.category },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message.en + (f.suggestions.length ? ` Suggestion: ${f.suggestions[0]}` : '') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relative(cwd, r.path).split('\\').join('/') || pathToFileURL(r.path).href, uriBaseId: 'SRCROOT' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.text } },
          },
        },
      ],
      ...(f.suggestions.length
        ? {
            fixes: [
              {
                description: { text: `Replace with ${JSON.stringify(f.suggestions[0])}` },
                artifactChanges: [
                  {
                    artifactLocation: { uri: relative(cwd, r.path).split('\\').join('/'), uriBaseId: 'SRCROOT' },
                    replacements: [{ deletedRegion: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }, insertedContent: { text: f.suggestions[0] } }],
                  },
                ],
              },
            ],
          }
        : {}),
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'VietProof', version, informationUri: 'https://github.com/vietproof/vietproof', rules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: reports.flatMap((r) => [
              ...(r.ok ? [] : [{ level: 'warning', message: { text: `${relative(cwd, r.path)}: skipped: ${r.reason}` } }]),
              ...r.notices.map((n) => ({ level: 'note', message: { text: `${relative(cwd, r.path)}: ${n}` } })),
            ]),
          },
        ],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

export function summaryTable(reports: FileReport[], seconds: number, workers: number): string {
  const byRule = new Map<string, number>();
  let bytes = 0;
  for (const r of reports) {
    bytes += r.bytes;
    for (const f of r.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  }
  const rows = [...byRule.entries()].sort((a, b) => b[1] - a[1]);
  const width = Math.max(10, ...rows.map(([id]) => id.length));
  const lines = ['', `${'rule'.padEnd(width)}  findings`, `${'-'.repeat(width)}  --------`];
  for (const [id, n] of rows) lines.push(`${id.padEnd(width)}  ${String(n).padStart(8)}`);
  const skipped = reports.filter((r) => !r.ok).length;
  const total = rows.reduce((a, [, n]) => a + n, 0);
  lines.push(
    `${'total'.padEnd(width)}  ${String(total).padStart(8)}`,
    '',
    `${reports.length} files (${skipped} skipped), ${(bytes / 1048576).toFixed(2)} MB in ${seconds.toFixed(2)} s ` +
      `with ${workers} worker${workers === 1 ? '' : 's'}: ${(reports.length / Math.max(seconds, 1e-6)).toFixed(1)} files/s, ${(bytes / 1048576 / Math.max(seconds, 1e-6)).toFixed(2)} MB/s`,
  );
  return lines.join('\n') + '\n';
}
