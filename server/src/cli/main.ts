// `vietproof` command line: check folders of articles, print an article's outline, list officials.
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze, ArticleText, resolveSettings, RULE_IDS, type Locale } from '../analysis';
import { outlineOf, type OutlineNode } from '../analysis/structure/outline';
import { readWorkspaceChoices, relativeKey } from '../workspace/config-files';
import { buildCorpus, checkFile, type FileReport, type JobOptions } from './check-file';
import { ENGINE_WORKER_LIMITS } from '../engine-worker';
import { unifiedDiff } from './diff';
import { collectFiles, readArticle } from './files';
import { rulesMarkdown, rulesText } from './rules-doc';
import { formatJson, formatSarif, formatText, summaryTable } from './format';

const VERSION = '0.1.0';

const HELP = `VietProof ${VERSION}: checker for Vietnamese news articles

usage:
  vietproof check <files|folders|globs>...   check articles (folders: every .txt inside)
  vietproof outline <file>                    print the article's outline (title, sections, officials)
  vietproof officials <files|folders>...      list every official with titles and the files naming them
  vietproof rules [--format text|markdown]    list the rules (markdown: with their examples)

check options:
  --format text|json|sarif   output format (default text)
  --fix                      apply sure fixes and remove boilerplate, writing the files
  --dry-run                  with --fix: print a unified diff instead of writing
  --max-warnings N           exit 1 when more than N warnings are found
  --jobs N                   worker threads (default: cores - 1, 1 for few files)
  --exclude GLOB             skip matching files (repeatable)
  --no-summary               no summary table at the end
  --no-progress              no progress bar (it is only shown on a terminal, never in CI)
  --no-workspace-counts      do not learn word usage from the files checked together
common options:
  --config FILE              JSON settings, as in VS Code without the "vietproof." prefix
  --root DIR                 workspace folder holding .vietproof/words.txt and ignore.json (default: cwd)
  --locale en|vi             message language (default en)
outline/officials options:
  --format text|json|csv     (csv for officials only)

exit codes: 0 no errors, 1 error-level findings (or too many warnings), 2 usage error
`;

class UsageError extends Error {}

interface Parsed {
  command: string;
  positional: string[];
  flags: Map<string, string[]>;
}

const BOOLEAN_FLAGS = new Set(['fix', 'dry-run', 'no-summary', 'no-progress', 'no-workspace-counts', 'help', 'version']);
const VALUE_FLAGS = new Set(['format', 'max-warnings', 'jobs', 'exclude', 'config', 'root', 'locale']);

function parse(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  let command = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') flags.set('help', ['']);
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq > 0 ? eq : undefined);
      if (BOOLEAN_FLAGS.has(name)) flags.set(name, ['']);
      else if (VALUE_FLAGS.has(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, [...(flags.get(name) ?? []), value]);
      } else throw new UsageError(`unknown option ${a}`);
    } else if (!command) command = a;
    else positional.push(a);
  }
  return { command, positional, flags };
}

const flag = (p: Parsed, name: string) => p.flags.get(name)?.at(-1);

function loadSettings(p: Parsed): { raw: unknown; locale: Locale } {
  let raw: Record<string, unknown> = {};
  const configPath = flag(p, 'config');
  if (configPath) {
    try {
      raw = JSON.parse(readFileSync(configPath, 'utf8'));
    } catch (err) {
      throw new UsageError(`cannot read --config ${configPath}: ${(err as Error).message}`);
    }
  }
  const locale = flag(p, 'locale') ?? 'en';
  if (locale !== 'en' && locale !== 'vi') throw new UsageError('--locale must be en or vi');
  const { warnings } = resolveSettings(raw, RULE_IDS);
  for (const w of warnings) process.stderr.write(`vietproof: warning: ${w}\n`);
  return { raw, locale };
}

function progressBar(total: number) {
  const enabled = process.stderr.isTTY && !process.env.CI && total > 1;
  let done = 0;
  return {
    tick() {
      done++;
      if (!enabled) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      if (done === total) process.stderr.write('\r\x1b[K');
    },
  };
}

async function runJobs(files: string[], optsFor: (f: string) => JobOptions, jobs: number, onDone: () => void, corpusFiles: string[] = []): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(files.length);
  const workerFile = join(__dirname, 'worker.js');
  if (jobs <= 1 || files.length < 2 || !existsSync(workerFile)) {
    const corpus = corpusFiles.length ? buildCorpus(corpusFiles) : undefined;
    files.forEach((f, i) => {
      reports[i] = checkFile(f, optsFor(f), corpus);
      onDone();
    });
    return reports;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, files.length) }, () => {
      const worker = new Worker(workerFile, { workerData: { corpusFiles }, resourceLimits: ENGINE_WORKER_LIMITS });
      return new Promise<void>((resolveAll, reject) => {
        const feed = () => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolveAll());
            return;
          }
          const id = next++;
          worker.postMessage({ id, path: files[id], opts: optsFor(files[id]) });
        };
        worker.on('message', (msg: { id: number; report: FileReport }) => {
          reports[msg.id] = msg.report;
          onDone();
          feed();
        });
        worker.on('error', reject);
        feed();
      });
    }),
  );
  return reports;
}

async function check(p: Parsed): Promise<number> {
  if (!p.positional.length) throw new UsageError('check needs files, folders or globs');
  const format = flag(p, 'format') ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format must be text, json or sarif');
  const maxWarningsRaw = flag(p, 'max-warnings');
  const maxWarnings = maxWarningsRaw === undefined ? Infinity : Number(maxWarningsRaw);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new UsageError('--max-warnings needs a whole number');
  const fix = p.flags.has('fix');
  const dryRun = p.flags.has('dry-run');
  if (dryRun && !fix) throw new UsageError('--dry-run only goes with --fix');
  const { raw, locale } = loadSettings(p);
  const cwd = process.cwd();
  const root = resolve(flag(p, 'root') ?? cwd);
  const choices = readWorkspaceChoices(root);
  for (const w of choices.warnings) process.stderr.write(`vietproof: warning: ${w}\n`);
  const { files, missing } = collectFiles(p.positional, cwd, p.flags.get('exclude') ?? []);
  for (const m of missing) process.stderr.write(`vietproof: no files match ${m}\n`);
  if (!files.length) throw new UsageError('no files to check');
  const jobsRaw = flag(p, 'jobs');
  // one core is left to V8's parallel garbage collector: on 2 cores a second worker measured slower
  const jobs = jobsRaw ? Number(jobsRaw) : files.length >= 16 ? Math.max(1, cpus().length - 1) : 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs needs a whole number of at least 1');

  const optsFor = (f: string): JobOptions => {
    const entry = choices.files[relativeKey(root, f)];
    return { settings: raw, words: [...choices.words, ...(entry?.words ?? [])], disabledRules: entry?.rules ?? [], fix, dryRun, wantOfficials: false };
  };
  const bar = p.flags.has('no-progress') ? { tick() {} } : progressBar(files.length);
  const t0 = performance.now();
  // the files checked together are each other's context (as a workspace is in the editor)
  const corpusFiles = p.flags.has('no-workspace-counts') || files.length < 2 ? [] : files;
  const reports = await runJobs(files, optsFor, jobs, () => bar.tick(), corpusFiles);
  const seconds = (performance.now() - t0) / 1000;

  if (fix && dryRun) {
    for (const r of reports) if (r.original !== undefined && r.fixed !== undefined) process.stdout.write(unifiedDiff(r.original, r.fixed, relative(cwd, r.path)));
  } else if (format === 'json') process.stdout.write(formatJson(reports, cwd));
  else if (format === 'sarif') process.stdout.write(formatSarif(reports, cwd, VERSION));
  else {
    process.stdout.write(formatText(reports, cwd, locale));
    if (fix) for (const r of reports) if (r.fixed !== undefined) process.stdout.write(`fixed ${relative(cwd, r.path)}\n`);
  }
  if (format === 'text' && !p.flags.has('no-summary')) process.stderr.write(summaryTable(reports, seconds, Math.min(jobs, files.length)));

  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (warnings > maxWarnings) process.stderr.write(`vietproof: ${warnings} warnings (more than --max-warnings ${maxWarnings})\n`);
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}

function printOutline(nodes: OutlineNode[], doc: ArticleText, depth = 0, out: string[] = []): string[] {
  for (const n of nodes) {
    const line = doc.lineAt(n.selectionStart).index + 1;
    out.push(`${'  '.repeat(depth)}${n.kind === 'mention' ? '·' : '-'} ${n.name}${n.detail && n.kind !== 'mention' ? `  [${n.detail}]` : ''}  (line ${line})`);
    printOutline(n.children, doc, depth + 1, out);
  }
  return out;
}

function outline(p: Parsed): number {
  if (p.positional.length !== 1) throw new UsageError('outline needs exactly one file');
  const format = flag(p, 'format') ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError('--format must be text or json');
  const { raw, locale } = loadSettings(p);
  const read = readArticle(resolve(p.positional[0]));
  if (!read.ok) {
    process.stderr.write(`vietproof: ${p.positional[0]}: ${read.reason}\n`);
    return 2;
  }
  const { settings } = resolveSettings(raw, RULE_IDS);
  settings.locale = locale;
  const result = analyze(read.text, settings);
  const nodes = outlineOf(result, read.text.length, locale);
  const doc = new ArticleText(read.text);
  if (format === 'json') {
    const withLines = (n: OutlineNode): unknown => ({
      name: n.name,
      detail: n.detail,
      kind: n.kind,
      line: doc.lineAt(n.selectionStart).index + 1,
      children: n.children.map(withLines),
    });
    process.stdout.write(JSON.stringify(nodes.map(withLines), null, 2) + '\n');
  } else process.stdout.write(printOutline(nodes, doc).join('\n') + '\n');
  return 0;
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function officials(p: Parsed): Promise<number> {
  if (!p.positional.length) throw new UsageError('officials needs files or folders');
  const format = flag(p, 'format') ?? 'text';
  if (!['text', 'json', 'csv'].includes(format)) throw new UsageError('--format must be text, json or csv');
  const { raw } = loadSettings(p);
  const cwd = process.cwd();
  const { files, missing } = collectFiles(p.positional, cwd, p.flags.get('exclude') ?? []);
  for (const m of missing) process.stderr.write(`vietproof: no files match ${m}\n`);
  if (!files.length) throw new UsageError('no files');
  const jobs = files.length >= 16 ? Math.max(1, cpus().length - 1) : 1;
  const reports = await runJobs(files, () => ({ settings: raw, words: [], disabledRules: [], fix: false, dryRun: false, wantOfficials: true }), jobs, () => {});
  const people = new Map<string, { name: string; titles: string[]; files: string[] }>();
  for (const r of reports) {
    for (const o of r.officials ?? []) {
      const key = o.name.normalize('NFC').toLowerCase();
      const entry = people.get(key) ?? { name: o.name, titles: [], files: [] };
      for (const t of o.titles) if (!entry.titles.some((x) => x.toLowerCase() === t.toLowerCase())) entry.titles.push(t);
      const rel = relative(cwd, r.path);
      if (!entry.files.includes(rel)) entry.files.push(rel);
      people.set(key, entry);
    }
  }
  const list = [...people.values()].sort((a, b) => b.files.length - a.files.length || a.name.localeCompare(b.name, 'vi'));
  if (format === 'json') process.stdout.write(JSON.stringify(list, null, 2) + '\n');
  else if (format === 'csv') {
    process.stdout.write('name,titles,files\n');
    for (const o of list) process.stdout.write(`${csvCell(o.name)},${csvCell(o.titles.join('; '))},${csvCell(o.files.join('; '))}\n`);
  } else for (const o of list) process.stdout.write(`${o.name}  [${o.titles.join(', ')}]  ${o.files.length} file${o.files.length === 1 ? '' : 's'}: ${o.files.join(', ')}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const p = parse(argv);
    if (p.flags.has('version')) {
      process.stdout.write(VERSION + '\n');
      return 0;
    }
    if (p.flags.has('help') || !p.command || p.command === 'help') {
      process.stdout.write(HELP);
      return p.command || p.flags.has('help') ? 0 : 2;
    }
    switch (p.command) {
      case 'check':
        return await check(p);
      case 'outline':
        return outline(p);
      case 'officials':
        return await officials(p);
      case 'rules': {
        const format = flag(p, 'format') ?? 'text';
        if (format !== 'text' && format !== 'markdown') throw new UsageError('--format must be text or markdown');
        process.stdout.write(format === 'markdown' ? rulesMarkdown() : rulesText());
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${p.command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`vietproof: ${err.message}\n(see vietproof --help)\n`);
      return 2;
    }
    process.stderr.write(`vietproof: internal error: ${String((err as Error)?.stack ?? err)}\n`);
    return 3;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
