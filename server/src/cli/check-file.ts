// One file's job for the CLI, run on the main thread or in a worker: read, analyse, optionally fix.
import { writeFileSync } from 'node:fs';
import { analyze, applyEdits, ArticleText, resolveSettings, RULE_IDS, WorkspaceCorpus, type Official, type Severity } from '../analysis';
import { sureEdits } from '../analysis/fixes';
import { cleanArticle } from '../analysis/boilerplate/clean';
import { readArticle } from './files';

export interface JobOptions {
  settings: unknown;
  /** Accepted words (workspace + CLI). */
  words: string[];
  /** Rules disabled for this file by the workspace's ignore file. */
  disabledRules: string[];
  fix: boolean;
  dryRun: boolean;
  wantOfficials: boolean;
}

export interface ReportedFinding {
  ruleId: string;
  severity: Severity;
  /** 1-based line and column (UTF-16 units), as editors show them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  text: string;
  message: { en: string; vi: string };
  suggestions: string[];
}

export interface FileReport {
  path: string;
  ok: boolean;
  reason?: string;
  bytes: number;
  ms: number;
  findings: ReportedFinding[];
  notices: string[];
  title?: string;
  officials?: Array<Pick<Official, 'name' | 'titles'>>;
  /** With --fix: the text before and after (only when it changed). */
  original?: string;
  fixed?: string;
}

/** Applies sure fixes until nothing changes (at most a few passes), then cleans the article. */
export function fixText(text: string, settings: ReturnType<typeof resolveSettings>['settings'], words: string[], corpus?: WorkspaceCorpus, path?: string): string {
  let current = text;
  for (let pass = 0; pass < 4; pass++) {
    const result = analyze(current, settings, { acceptedWords: words, workspace: corpus, documentUri: path });
    const next = applyEdits(current, sureEdits(result, false));
    if (next === current) break;
    current = next;
  }
  return cleanArticle(current, settings);
}

/**
 * Syllable counts over every file of the run: the spelling rules' adaptive context model, as the
 * editor builds it from the workspace (a form a newsroom writes 500 times beats a one-off variant).
 */
export function buildCorpus(paths: readonly string[]): WorkspaceCorpus {
  const corpus = new WorkspaceCorpus();
  for (const p of paths) {
    const read = readArticle(p, 2 * 1024 * 1024);
    if (read.ok) corpus.add(p, read.text);
  }
  return corpus;
}

export function checkFile(path: string, opts: JobOptions, corpus?: WorkspaceCorpus): FileReport {
  const t0 = performance.now();
  const read = readArticle(path);
  if (!read.ok) return { path, ok: false, reason: read.reason, bytes: read.bytes, ms: performance.now() - t0, findings: [], notices: [] };
  const { settings } = resolveSettings(opts.settings, RULE_IDS);
  for (const id of opts.disabledRules) settings.rules[id] = 'off';
  const result = analyze(read.text, settings, { acceptedWords: opts.words, workspace: corpus, documentUri: path });
  const doc = new ArticleText(read.text);
  const pos = (offset: number) => {
    const line = doc.lineAt(offset);
    return { line: line.index + 1, column: offset - line.start + 1 };
  };
  const findings: ReportedFinding[] = result.findings.map((f) => {
    const s = pos(f.start);
    const e = pos(f.end);
    const preferred = f.fixes.find((x) => x.preferred);
    const ordered = preferred ? [preferred, ...f.fixes.filter((x) => x !== preferred)] : f.fixes;
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      start: f.start,
      end: f.end,
      text: read.text.slice(f.start, f.end),
      message: f.message,
      suggestions: ordered.filter((x) => x.edits.length === 1 && x.edits[0].start === f.start && x.edits[0].end === f.end).map((x) => x.edits[0].newText),
    };
  });
  const report: FileReport = {
    path,
    ok: true,
    bytes: read.bytes,
    ms: 0,
    findings,
    notices: result.notices.map((n) => n.en),
    title: result.article.title?.text,
  };
  if (opts.wantOfficials) report.officials = result.article.officials.map((o) => ({ name: o.name, titles: o.titles }));
  if (opts.fix) {
    const fixed = fixText(read.text, settings, opts.words, corpus, path);
    if (fixed !== read.text) {
      report.original = read.text;
      report.fixed = fixed;
      if (!opts.dryRun) writeFileSync(path, fixed);
    }
  }
  report.ms = performance.now() - t0;
  return report;
}
