// VietProof language server: a thin LSP layer over the analysis engine.
// Start with `node server/out/server.js --stdio` (or --node-ipc / --socket=N from VS Code).
import {
  CodeAction,
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentHighlight,
  DocumentHighlightKind,
  FileChangeType,
  Location,
  MarkupKind,
  SymbolKind,
  type Position,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import { sureEdits } from './analysis/fixes';
import { cleanArticle } from './analysis/boilerplate/clean';
import { editsBetween } from './analysis/text/diff';
import { analyze, RULE_IDS, resolveSettings, type AnalysisResult, type Finding, type Locale, type Settings } from './analysis';
import { detectVietnamese } from './analysis/text/detect';
import { ArticleText } from './analysis/text/document';
import { hoverAt, officialAt } from './analysis/structure/hover';
import { ArticleIndex, type IndexResult } from './workspace/article-index';
import { IndexWorker, IS_INDEX_WORKER, type FileTask } from './workspace/index-worker';
import { readArticle } from './workspace/read-article';
import { addFileIgnore, addWorkspaceWord, readWorkspaceChoices, relativeKey, type WorkspaceChoices } from './workspace/config-files';
import { fixToAction, SOURCE, toDiagnostic, toDocumentSymbols, toFoldingRanges } from './lsp/convert';
import { FIX_ALL_KIND, kindWanted } from './lsp/kinds';
import { localeFrom, pick, STRINGS } from './lsp/l10n';
import { LAG_REQUEST, startLagProbe, STATS_REQUEST, takeLagReport, takeStats } from './lsp/lag';
import { AnalysisPool, engineSpeed, IS_ANALYSIS_WORKER, warmUp } from './lsp/offload';
import { serverConnection } from './lsp/transport';

export const COMMANDS = {
  addToDictionary: 'vietproof.server.addToDictionary',
  ignoreWordInFile: 'vietproof.server.ignoreWordInFile',
  disableRuleInFile: 'vietproof.server.disableRuleInFile',
  toggleFile: 'vietproof.server.toggleFile',
  statistics: 'vietproof.server.statistics',
  checkFiles: 'vietproof.server.checkFiles',
  cleanArticle: 'vietproof.server.cleanArticle',
} as const;

/** Notification to clients that show a status (the VS Code client's status bar). */
export const STATUS_NOTIFICATION = 'vietproof/status';

const PUSH_DEBOUNCE_MS = 200;

const connection: Connection = serverConnection();
const documents = new TextDocuments(TextDocument);

let locale: Locale = 'en';
let configCapability = false;
let pullDiagnostics = false;
let workspaceRoots: string[] = [];
/** Settings pushed by clients without workspace/configuration (or sent at start-up). */
let pushedSettings: unknown = undefined;
let settingsGeneration = 0;

const settingsCache = new Map<string, Promise<Settings>>();
const choicesCache = new Map<string, WorkspaceChoices>();
const analysisCache = new Map<string, { version: number; generation: number; result: AnalysisResult; checked: boolean }>();
const timers = new Map<string, NodeJS.Timeout>();
const disabledFiles = new Set<string>();
const shownWarnings = new Set<string>();
const index = new ArticleIndex();
let workDoneProgress = false;
let watchedFilesDynamic = false;
let workspaceFoldersCapability = false;

function warnOnce(message: string): void {
  if (shownWarnings.has(message)) return;
  shownWarnings.add(message);
  connection.console.warn(message);
  void connection.window.showWarningMessage(message);
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** The workspace folder holding a document (the deepest one), or the document's own folder. */
function rootFor(uri: string): string | undefined {
  const path = uriToPath(uri);
  if (!path) return undefined;
  const holding = workspaceRoots.filter((r) => path === r || path.startsWith(r.endsWith('/') ? r : r + '/'));
  if (holding.length) return holding.sort((a, b) => b.length - a.length)[0];
  return workspaceRoots.length ? undefined : dirname(path);
}

function choicesFor(root: string | undefined): WorkspaceChoices | undefined {
  if (!root) return undefined;
  let c = choicesCache.get(root);
  if (!c) {
    c = readWorkspaceChoices(root);
    for (const w of c.warnings) warnOnce(pick(STRINGS.settingsWarning(w), locale));
    choicesCache.set(root, c);
  }
  return c;
}

async function settingsFor(uri: string): Promise<Settings> {
  let p = settingsCache.get(uri);
  if (!p) {
    p = (async () => {
      let raw: unknown = pushedSettings;
      if (configCapability) {
        try {
          const fromClient = await connection.workspace.getConfiguration(uri ? { scopeUri: uri, section: 'vietproof' } : { section: 'vietproof' });
          if (fromClient !== null && fromClient !== undefined) raw = fromClient;
        } catch (err) {
          connection.console.warn(`workspace/configuration failed: ${String(err)}`);
        }
      }
      const { settings, warnings } = resolveSettings(raw, RULE_IDS);
      for (const w of warnings) warnOnce(pick(STRINGS.settingsWarning(w), locale));
      settings.locale = locale;
      return settings;
    })();
    settingsCache.set(uri, p);
  }
  return p;
}

/** Settings for this document with the workspace's per-file choices applied. */
function withFileChoices(settings: Settings, uri: string): { settings: Settings; words: string[] } {
  const root = rootFor(uri);
  const choices = choicesFor(root);
  const path = uriToPath(uri);
  if (!choices || !root || !path) return { settings, words: [] };
  const file = choices.files[relativeKey(root, path)];
  const words = [...choices.words, ...(file?.words ?? [])];
  if (!file?.rules.length) return { settings, words };
  const rules = { ...settings.rules };
  for (const id of file.rules) rules[id] = 'off';
  return { settings: { ...settings, rules }, words };
}

function shouldCheck(doc: TextDocument, settings: Settings, text = doc.getText()): boolean {
  if (!settings.enable || disabledFiles.has(doc.uri)) return false;
  if (doc.languageId === 'vietnamese-article') return true;
  const plain = doc.languageId === 'plaintext' || doc.languageId === 'text' || /\.txt$/i.test(doc.uri);
  return plain && settings.autoDetect && detectVietnamese(text).vietnamese;
}

const EMPTY: AnalysisResult = { findings: [], article: { blocks: [], officials: [], organizations: [] }, notices: [] };

/** Big documents are analysed on a worker thread (see lsp/offload.ts); the main thread stays responsive. */
const pool = new AnalysisPool(__filename);
/** Analyses under way, so diagnostics, symbols and folding of one version share one run. */
const inflight = new Map<string, { version: number; generation: number; promise: Promise<{ result: AnalysisResult; checked: boolean }> }>();

async function analysisFor(doc: TextDocument): Promise<{ result: AnalysisResult; checked: boolean }> {
  const cached = analysisCache.get(doc.uri);
  if (cached && cached.version === doc.version && cached.generation === settingsGeneration) return cached;
  const running = inflight.get(doc.uri);
  if (running && running.version === doc.version && running.generation === settingsGeneration) return running.promise;
  const { uri, version } = doc;
  const promise = runAnalysis(doc, doc.getText(), version, settingsGeneration);
  inflight.set(uri, { version, generation: settingsGeneration, promise });
  try {
    return await promise;
  } finally {
    if (inflight.get(uri)?.promise === promise) inflight.delete(uri);
  }
}

/** The indexed articles' counts for the spelling rules (none before the index holds any). */
function workspaceCounts() {
  return index.corpus.documentCount ? index.corpus : undefined;
}

/** Analyses `text` (version `version` of `doc`, captured before any await: the document may change meanwhile). */
async function runAnalysis(doc: TextDocument, text: string, version: number, generation: number): Promise<{ result: AnalysisResult; checked: boolean }> {
  const { uri } = doc;
  const base = await settingsFor(uri);
  const checked = shouldCheck(doc, base, text);
  let result = EMPTY;
  let superseded = false;
  if (checked) {
    const { settings, words } = withFileChoices(base, uri);
    try {
      if (engineSpeed.offload(text.length)) {
        const r = await pool.run(uri, text, settings, words);
        if (r) result = r;
        else superseded = true;
      } else {
        pool.cancel(uri);
        const t0 = performance.now();
        // the workspace's articles (indexed from disk) teach the spelling rules what this newsroom
        // writes; the document's own indexed copy is left out. Big documents on the worker go without.
        result = analyze(text, settings, { acceptedWords: words, workspace: workspaceCounts(), documentUri: uri });
        engineSpeed.record(text.length, performance.now() - t0);
      }
    } catch (err) {
      // the engine guards each rule; this is the last line so the server never dies on a document
      connection.console.error(`analysis of ${uri} failed: ${String((err as Error)?.stack ?? err)}`);
      result = { ...EMPTY, notices: [{ en: `Not checked: ${String((err as Error)?.message ?? err)}`, vi: `Không kiểm tra được: ${String((err as Error)?.message ?? err)}` }] };
    }
  }
  if (superseded) {
    // a newer version (or newer settings) took this one's place: answer with the newest analysis
    const now = documents.get(uri);
    return now ? analysisFor(now) : { result: EMPTY, checked: false };
  }
  const entry = { version, generation, result, checked };
  const cached = analysisCache.get(uri);
  if (generation === settingsGeneration && documents.get(uri) && !(cached && cached.version > version)) analysisCache.set(uri, entry);
  return entry;
}

function sendStatus(doc: TextDocument, result: AnalysisResult, checked: boolean): void {
  const counts = { spelling: 0, style: 0, boilerplate: 0 };
  for (const f of result.findings) counts[f.category]++;
  void connection.sendNotification(STATUS_NOTIFICATION, {
    uri: doc.uri,
    checked,
    counts,
    notices: result.notices.map((n) => pick(n, locale)),
  });
}

function diagnosticsOf(doc: TextDocument, result: AnalysisResult): Diagnostic[] {
  return result.findings.map((f) => toDiagnostic(doc, f, locale));
}

async function validate(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  const { result, checked } = await analysisFor(doc);
  // drop results for a version the user has already typed past
  const now = documents.get(uri);
  if (!now || now.version !== version) return;
  sendStatus(doc, result, checked);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(doc, result) });
}

function schedule(uri: string, delay = PUSH_DEBOUNCE_MS): void {
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      validate(uri).catch((err) => connection.console.error(String(err)));
    }, delay),
  );
}

function revalidateAll(): void {
  settingsGeneration++;
  settingsCache.clear();
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  for (const d of documents.all()) schedule(d.uri, 0);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  locale = localeFrom(params.locale);
  const caps = params.capabilities;
  configCapability = !!caps.workspace?.configuration;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  workDoneProgress = !!caps.window?.workDoneProgress;
  watchedFilesDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  workspaceFoldersCapability = !!caps.workspace?.workspaceFolders;
  const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  workspaceRoots = folders.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  if (init?.settings !== undefined) pushedSettings = init.settings;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: 'VietProof' },
      foldingRangeProvider: true,
      hoverProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      workspaceSymbolProvider: true,
      executeCommandProvider: { commands: Object.values(COMMANDS) },
      ...(pullDiagnostics ? { diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'vietproof', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  // load the lexicon now rather than while the user waits for the first document's diagnostics
  setImmediate(warmUp);
  if (configCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'vietproof' });
  if (watchedFilesDynamic) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.txt' }, { globPattern: '**/.vietproof/{words.txt,ignore.json}' }],
    });
  }
  if (workspaceFoldersCapability) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      const added = e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
      workspaceRoots = [...workspaceRoots.filter((r) => !removed.has(r)), ...added.filter((p) => !workspaceRoots.includes(p))];
      void indexWorkspace();
    });
  }
  // the articles the editor opens with are checked first; the index (a worker thread loading its
  // own lexicon, then the whole folder) starts once they are done, not competing for the CPU
  const delay = Number(process.env.VIETPROOF_INDEX_DELAY_MS ?? 1000);
  setTimeout(() => {
    if (indexRun === 0) void indexWorkspace();
  }, Number.isFinite(delay) && delay >= 0 ? delay : 1000).unref();
});

/** The index run under way: its progress, and every file it has heard of (what it did not hear of
 * is gone from the workspace when the walk completes). */
interface IndexRun {
  run: number;
  settings: Settings;
  progress: Awaited<ReturnType<typeof connection.window.createWorkDoneProgress>> | undefined;
  total: number;
  done: number;
  seen: Set<string>;
  lastReport: number;
}

let indexRun = 0;
let activeIndex: IndexRun | undefined;
/** The index settings of the last walk (a configuration change that alters them re-indexes). */
let indexedWith: string | undefined;

/** The settings that change what the index keeps (titles, officials): structure analysis reads only these. */
function indexSettingsKey(settings: Settings): string {
  return JSON.stringify([settings.maxFileSizeKB, settings.boilerplate.extraHeaders]);
}

/** Takes in one file's result from the index worker; open documents keep their editor content. */
function applyIndexResult(result: IndexResult): void {
  activeIndex?.seen.add(result.uri);
  if (!documents.get(result.uri)) index.apply(result);
}

const indexer = new IndexWorker(__filename, {
  listed(run, total) {
    if (activeIndex?.run === run) activeIndex.total = total;
  },
  result(result, fromWalk) {
    applyIndexResult(result);
    const a = activeIndex;
    if (!a || !fromWalk) return;
    a.done++;
    if (a.progress && a.total && performance.now() - a.lastReport > 200) {
      a.lastReport = performance.now();
      a.progress.report(Math.round((100 * a.done) / a.total), `${a.done}/${a.total}`);
    }
  },
  walked(run) {
    const a = activeIndex;
    if (a?.run !== run) return;
    // files indexed before and not found now (deleted unseen, or in a folder no longer open)
    const gone: FileTask[] = [];
    for (const uri of index.articles.keys()) {
      const path = a.seen.has(uri) ? undefined : uriToPath(uri);
      if (path) gone.push({ path, deleted: true, previous: index.corpus.packedText(uri) });
    }
    endIndexRun(a, `indexed ${index.articles.size - gone.length} articles of ${a.total} .txt files`);
    indexer.indexFiles(gone, a.settings);
  },
  failed(error) {
    connection.console.error(`workspace index: ${error}`);
    if (activeIndex) endIndexRun(activeIndex, `index stopped after ${activeIndex.done} files`);
  },
});

function endIndexRun(a: IndexRun, message: string): void {
  a.progress?.done();
  if (activeIndex === a) activeIndex = undefined;
  connection.console.log(message);
}

/**
 * Indexes the workspace's articles in the background (titles, officials, syllable counts) on the
 * index worker, with a progress notification the user can cancel. A new run supersedes the one
 * under way; what the index already holds stays usable meanwhile.
 */
async function indexWorkspace(): Promise<void> {
  const run = ++indexRun;
  if (activeIndex) endIndexRun(activeIndex, `index superseded after ${activeIndex.done} files`);
  indexer.cancelWalk();
  const progress = workDoneProgress && workspaceRoots.length ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
  const settings = await settingsFor('');
  if (run !== indexRun) {
    progress?.done();
    return;
  }
  indexedWith = indexSettingsKey(settings);
  if (!workspaceRoots.length) {
    // no folder: nothing of the old ones is kept
    index.clear();
    return;
  }
  const a: IndexRun = { run, settings, progress, total: 0, done: 0, seen: new Set(), lastReport: 0 };
  activeIndex = a;
  progress?.begin(pick(STRINGS.indexing, locale), 0, '', true);
  progress?.token.onCancellationRequested(() => {
    if (activeIndex !== a) return;
    // stopping the worker is the cancellation: nothing of this run reaches the index after it
    indexer.cancelWalk();
    endIndexRun(a, `indexed ${index.articles.size} articles (cancelled after ${a.done} of ${a.total} files)`);
  });
  indexer.walk(run, workspaceRoots, settings);
}

connection.onDidChangeConfiguration((change) => {
  const s = (change.settings as { vietproof?: unknown } | null)?.vietproof;
  if (s !== undefined) pushedSettings = s;
  revalidateAll();
  void settingsFor('').then((settings) => {
    if (indexedWith !== undefined && indexSettingsKey(settings) !== indexedWith) void indexWorkspace();
  });
});

connection.onDidChangeWatchedFiles(async (params) => {
  let choicesChanged = false;
  const settings = await settingsFor('');
  const tasks: FileTask[] = [];
  for (const change of params.changes) {
    if (/\/\.vietproof\//.test(change.uri)) {
      choicesChanged = true;
      continue;
    }
    if (documents.get(change.uri)) continue; // an open document's content is the editor's, not the disk's
    const path = uriToPath(change.uri);
    if (!path || !/\.txt$/i.test(path)) continue;
    // the index's key for the file (the client may spell the URI differently)
    const uri = pathToFileURL(path).href;
    const deleted = change.type === FileChangeType.Deleted;
    if (deleted && !index.articles.has(uri) && !index.corpus.has(uri)) continue;
    tasks.push({ path, deleted, previous: index.corpus.packedText(uri) });
  }
  // read and counted on the index worker, however many (a branch switch changes thousands)
  indexer.indexFiles(tasks, settings);
  if (choicesChanged) {
    choicesCache.clear();
    revalidateAll();
  }
});

documents.onDidOpen((e) => schedule(e.document.uri, 0));
documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidClose((e) => {
  pool.cancel(e.document.uri);
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  analysisCache.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const { result, checked } = await analysisFor(doc);
  sendStatus(doc, result, checked);
  return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(doc, result) };
});

/** The finding behind a diagnostic the client sends back (same rule, same range). */
function findingFor(doc: TextDocument, result: AnalysisResult, d: Diagnostic): Finding | undefined {
  if (d.source !== SOURCE) return undefined;
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  return result.findings.find((f) => f.ruleId === d.code && f.start === start && f.end === end);
}

async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const { result } = await analysisFor(doc);
  const settings = await settingsFor(doc.uri);
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (kindWanted(CodeActionKind.QuickFix, only)) {
    let pairs = params.context.diagnostics.map((d) => [d, findingFor(doc, result, d)] as const).filter((p) => p[1]) as Array<readonly [Diagnostic | undefined, Finding]>;
    if (!params.context.diagnostics.length) {
      // a client that sends no diagnostics: offer the fixes of findings under the range
      const start = doc.offsetAt(params.range.start);
      const end = doc.offsetAt(params.range.end);
      pairs = result.findings.filter((f) => f.start <= end && f.end >= start).map((f) => [undefined, f] as const);
    }
    for (const [d, f] of pairs) {
      const preferredIndex = f.fixes.findIndex((x) => x.preferred);
      f.fixes.forEach((fix, i) => actions.push(fixToAction(doc, fix, d, locale, i === preferredIndex)));
      const word = doc.getText().slice(f.start, f.end);
      if (f.category === 'spelling' && word.trim() && !/\s/.test(word.trim())) {
        actions.push(commandAction(STRINGS.addToDictionary(word), COMMANDS.addToDictionary, [doc.uri, word], d));
        actions.push(commandAction(STRINGS.ignoreInFile(word), COMMANDS.ignoreWordInFile, [doc.uri, word], d));
      }
      actions.push(commandAction(STRINGS.disableRuleInFile(f.ruleId), COMMANDS.disableRuleInFile, [doc.uri, f.ruleId], d));
    }
  }
  // fix-all is a source action: offered when the client asks for source actions (on save, menu)
  if (only?.some((o) => o.startsWith(CodeActionKind.Source)) && kindWanted(FIX_ALL_KIND, only)) {
    const edits = fixAllEdits(doc, result, settings);
    if (edits.length) actions.push(CodeAction.create(pick(STRINGS.fixAll, locale), { changes: { [doc.uri]: edits } }, FIX_ALL_KIND));
  }
  return actions;
}

function commandAction(title: { en: string; vi: string }, command: string, args: unknown[], d: Diagnostic | undefined): CodeAction {
  const a = CodeAction.create(pick(title, locale), { title: pick(title, locale), command, arguments: args }, CodeActionKind.QuickFix);
  if (d) a.diagnostics = [d];
  return a;
}

/** Preferred, high-confidence fixes that do not overlap; boilerplate only when the user asked for it. */
function fixAllEdits(doc: TextDocument, result: AnalysisResult, settings: Settings): TextEdit[] {
  return sureEdits(result, settings.boilerplate.removeOnFixAll)
    .sort((a, b) => a.start - b.start)
    .map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

connection.onCodeAction((params) => codeActions(params).catch((err) => {
  connection.console.error(`codeAction failed: ${String(err)}`);
  return [];
}));

connection.onExecuteCommand(async (params) => {
  const [uri, arg] = (params.arguments ?? []) as [string, string];
  const root = typeof uri === 'string' ? rootFor(uri) : undefined;
  const path = typeof uri === 'string' ? uriToPath(uri) : undefined;
  try {
    switch (params.command) {
      case COMMANDS.addToDictionary:
        if (!root) return void connection.window.showWarningMessage(pick(STRINGS.noWorkspace, locale));
        addWorkspaceWord(root, String(arg));
        break;
      case COMMANDS.ignoreWordInFile:
        if (!root || !path) return void connection.window.showWarningMessage(pick(STRINGS.noWorkspace, locale));
        addFileIgnore(root, path, { word: String(arg) });
        break;
      case COMMANDS.disableRuleInFile:
        if (!root || !path) return void connection.window.showWarningMessage(pick(STRINGS.noWorkspace, locale));
        addFileIgnore(root, path, { rule: String(arg) });
        break;
      case COMMANDS.toggleFile:
        if (disabledFiles.has(uri)) disabledFiles.delete(uri);
        else disabledFiles.add(uri);
        revalidateAll();
        return { enabled: !disabledFiles.has(uri) };
      case COMMANDS.cleanArticle:
        return await cleanDocument(uri);
      case COMMANDS.checkFiles:
        return await checkFiles(Array.isArray(uri) ? (uri as string[]) : []);
      case COMMANDS.statistics: {
        const doc = documents.get(uri);
        if (!doc) return null;
        const { result } = await analysisFor(doc);
        return statistics(doc, result);
      }
      default:
        return null;
    }
  } catch (err) {
    void connection.window.showErrorMessage(String((err as Error).message ?? err));
    return null;
  }
  if (root) choicesCache.delete(root);
  revalidateAll();
  return null;
});

/** Removes the boilerplate of an open document through workspace/applyEdit, with minimal line edits. */
async function cleanDocument(uri: string): Promise<{ applied: boolean; removedCharacters: number }> {
  const doc = documents.get(uri);
  if (!doc) return { applied: false, removedCharacters: 0 };
  const text = doc.getText();
  const cleaned = cleanArticle(text, await settingsFor(uri));
  const edits = editsBetween(text, cleaned).map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
  if (!edits.length) return { applied: true, removedCharacters: 0 };
  const r = await connection.workspace.applyEdit({ label: pick(STRINGS.cleanArticle, locale), edit: { changes: { [uri]: edits } } });
  return { applied: r.applied, removedCharacters: text.length - cleaned.length };
}

/**
 * Checks files that are not open (the "check the whole workspace" command) and publishes their
 * diagnostics; open documents keep theirs. Reads only the files it is given.
 */
async function checkFiles(uris: string[]): Promise<{ checked: number; skipped: number }> {
  let checked = 0;
  let skipped = 0;
  for (const uri of uris.slice(0, 1000)) {
    if (documents.get(uri)) continue;
    const path = uriToPath(uri);
    const read = path ? readArticle(path) : undefined;
    if (!read?.ok) {
      skipped++;
      continue;
    }
    const doc = TextDocument.create(uri, 'vietnamese-article', 0, read.text);
    const base = await settingsFor(uri);
    if (!base.enable || (!/\.txt$/i.test(uri) && !detectVietnamese(read.text).vietnamese)) {
      skipped++;
      continue;
    }
    const { settings, words } = withFileChoices(base, uri);
    // a big file is analysed on the worker thread, like an open one
    const result = engineSpeed.offload(read.text.length)
      ? await pool.run(`check:${uri}`, read.text, settings, words).catch(() => undefined)
      : analyze(read.text, settings, { acceptedWords: words, workspace: workspaceCounts(), documentUri: uri });
    if (!result) {
      skipped++;
      continue;
    }
    void connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(doc, result) });
    checked++;
    // let other requests (typing in an open document) through between files
    await new Promise((r) => setImmediate(r));
  }
  return { checked, skipped };
}

function statistics(doc: TextDocument, result: AnalysisResult) {
  const text = doc.getText();
  const byRule: Record<string, number> = {};
  for (const f of result.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  return {
    characters: text.length,
    words: text.split(/\s+/).filter(Boolean).length,
    lines: doc.lineCount,
    findings: result.findings.length,
    byRule,
    officials: result.article.officials.length,
    title: result.article.title?.text ?? null,
  };
}

connection.onDocumentSymbol(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const { result } = await analysisFor(doc);
  return toDocumentSymbols(doc, result, locale);
});

connection.onFoldingRanges(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const { result } = await analysisFor(doc);
  return toFoldingRanges(doc, result);
});

// benchmark/test probe (VIETPROOF_DEBUG_LAG=1): the longest event-loop block since the last call
if (!IS_ANALYSIS_WORKER && !IS_INDEX_WORKER) startLagProbe();
connection.onRequest(LAG_REQUEST, () => takeLagReport());
connection.onRequest(STATS_REQUEST, () => takeStats());

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const { result, checked } = await analysisFor(doc);
  if (!checked) return null;
  const info = hoverAt(new ArticleText(doc.getText()), result.article, doc.offsetAt(params.position), locale);
  if (!info) return null;
  return { contents: { kind: MarkupKind.Markdown, value: info.markdown }, range: { start: doc.positionAt(info.start), end: doc.positionAt(info.end) } };
});

/** Every mention of the official under the cursor. */
async function mentionsAt(uri: string, position: Position) {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const { result } = await analysisFor(doc);
  const official = officialAt(result.article, doc.offsetAt(position));
  return official ? { doc, official } : undefined;
}

connection.onReferences(async (params) => {
  const found = await mentionsAt(params.textDocument.uri, params.position);
  if (!found) return [];
  return found.official.mentions.map((m) => Location.create(found.doc.uri, { start: found.doc.positionAt(m.start), end: found.doc.positionAt(m.end) }));
});

connection.onDocumentHighlight(async (params) => {
  const found = await mentionsAt(params.textDocument.uri, params.position);
  if (!found) return [];
  return found.official.mentions.map((m) => DocumentHighlight.create({ start: found.doc.positionAt(m.start), end: found.doc.positionAt(m.end) }, DocumentHighlightKind.Text));
});

connection.onWorkspaceSymbol((params) =>
  index.search(params.query).map((hit) => ({
    name: hit.name,
    kind: hit.kind === 'title' ? SymbolKind.File : SymbolKind.Constructor,
    containerName: hit.detail || undefined,
    location: Location.create(hit.uri, { start: { line: hit.place.line, character: hit.place.character }, end: { line: hit.place.endLine, character: hit.place.endCharacter } }),
  })),
);

// keep the process alive on a bad message rather than dying with the editor's text unsaved
process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${String(err?.stack ?? err)}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String(err)}`));

documents.listen(connection);
connection.listen();
