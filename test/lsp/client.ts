// A small LSP client for tests: starts the built server (`node server/out/server.js --stdio`),
// speaks the protocol over its stdio, keeps a mirror of every open document (incremental edits
// applied client-side exactly as an editor would), and records what the server pushes.
//
// Always stop the process: use `withServer(options, async (client) => …)`, or call `dispose()`
// in a `finally`/`afterAll`. Every live server is also killed when the test process exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type ConfigurationItem,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type DocumentSymbol,
  type FoldingRange,
  type InitializeResult,
  type MessageConnection,
  type Range,
  type SymbolInformation,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/** The built server; VIETPROOF_TEST_SERVER points the tests at another bundle (e.g. a production build). */
export const SERVER_PATH = process.env.VIETPROOF_TEST_SERVER ?? join(REPO_ROOT, 'server', 'out', 'server.js');

/** What a client needs for the usual VietProof features: push diagnostics, configuration, code actions. */
export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll', 'source.fixAll.vietproof'] } },
      isPreferredSupport: true,
    },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
  },
  window: { workDoneProgress: true },
};

/** Capabilities of a client that pulls diagnostics (textDocument/diagnostic) instead. */
export const PULL_CAPABILITIES: ClientCapabilities = {
  ...DEFAULT_CAPABILITIES,
  textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

export interface ClientOptions {
  locale?: string;
  capabilities?: ClientCapabilities;
  /** Answers `workspace/configuration` for each item (default: null, i.e. defaults). */
  configuration?: (item: ConfigurationItem) => unknown;
  /** Sent as `initializationOptions.settings`. */
  initialSettings?: unknown;
  /** Workspace folder paths. */
  workspaceFolders?: string[];
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** Node flags for the server process (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  /** Timeout for requests and waits, in ms. */
  timeoutMs?: number;
  serverPath?: string;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface Notification {
  method: string;
  params: unknown;
}

export interface StatusParams {
  uri: string;
  checked: boolean;
  counts: Record<string, number>;
  notices: string[];
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of live) p.kill('SIGKILL');
});

export const fileUri = (path: string) => pathToFileURL(path).href;

type Waiter = { test: () => boolean; resolve: () => void };

export class LspClient {
  readonly documents = new Map<string, TextDocument>();
  /** Last diagnostics pushed per uri. */
  readonly diagnostics = new Map<string, PublishedDiagnostics>();
  /** Every notification the server sent, in order (publishDiagnostics included). */
  readonly notifications: Notification[] = [];
  /** Messages shown to the user (window/showMessage and showMessageRequest), in order. */
  readonly shownMessages: Array<{ type: number; message: string }> = [];
  /** workspace/applyEdit requests from the server, in order (answered applied: true). */
  readonly applyEditRequests: ApplyWorkspaceEditParams[] = [];
  /** Methods of the requests the server sent to the client, in order. */
  readonly requests: string[] = [];
  /** The same requests with their parameters (e.g. the token of window/workDoneProgress/create). */
  readonly requestsWithParams: Array<{ method: string; params: unknown }> = [];
  /** Server log lines (window/logMessage). */
  readonly logs: Array<{ type: number; message: string }> = [];
  stderr = '';
  initializeResult!: InitializeResult;
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  private waiters: Waiter[] = [];
  private markExited!: () => void;
  /** Resolves when the server process has exited. */
  readonly exited = new Promise<void>((resolve) => (this.markExited = resolve));
  private disposed = false;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    readonly timeoutMs: number,
  ) {}

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const serverPath = options.serverPath ?? SERVER_PATH;
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run npm run build first`);
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverPath, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    live.add(child);
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options.timeoutMs ?? 30_000);
    child.stderr!.on('data', (d: Buffer) => {
      client.stderr += d.toString('utf8');
      if (client.stderr.length > 100_000) client.stderr = client.stderr.slice(-100_000);
    });
    child.on('exit', (code, signal) => {
      live.delete(child);
      client.exit = { code, signal };
      client.markExited();
      client.wake();
    });
    // a closed pipe after the server died is reported by exit, not as a test-process crash
    child.stdin!.on('error', () => {});
    connection.onError(() => {});
    connection.onClose(() => client.wake());
    connection.onNotification((method: string, params: unknown) => client.onNotification(method, params));
    // $/progress skips the catch-all handler (the library routes it by token): record it as the others
    connection.onUnhandledProgress((params) => client.onNotification('$/progress', params));
    connection.onRequest((method: string, params: unknown) => client.onRequest(method, params, options));
    connection.listen();
    try {
      const folders = options.workspaceFolders ?? [];
      client.initializeResult = await client.request<InitializeResult>('initialize', {
        processId: process.pid,
        locale: options.locale ?? 'en',
        rootUri: folders[0] ? fileUri(folders[0]) : null,
        workspaceFolders: folders.length ? folders.map((f, i) => ({ uri: fileUri(f), name: `folder${i}` })) : null,
        capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
        initializationOptions: options.initialSettings === undefined ? undefined : { settings: options.initialSettings },
      });
      await connection.sendNotification('initialized', {});
    } catch (err) {
      await client.dispose();
      throw err;
    }
    return client;
  }

  private onNotification(method: string, params: unknown): void {
    this.notifications.push({ method, params });
    if (method === 'textDocument/publishDiagnostics') {
      const p = params as PublishedDiagnostics;
      this.diagnostics.set(p.uri, p);
    } else if (method === 'window/showMessage') this.shownMessages.push(params as { type: number; message: string });
    else if (method === 'window/logMessage') this.logs.push(params as { type: number; message: string });
    this.wake();
  }

  private onRequest(method: string, params: unknown, options: ClientOptions): unknown {
    try {
      return this.answer(method, params, options);
    } finally {
      this.requests.push(method);
      this.requestsWithParams.push({ method, params });
      this.wake();
    }
  }

  private answer(method: string, params: unknown, options: ClientOptions): unknown {
    switch (method) {
      case 'workspace/configuration': {
        const items = (params as { items: ConfigurationItem[] }).items;
        return items.map((item) => (options.configuration ? options.configuration(item) : null));
      }
      case 'window/showMessageRequest':
        this.shownMessages.push(params as { type: number; message: string });
        return null;
      case 'workspace/applyEdit':
        // recorded, not applied: tests apply them to a copy to check what the server asked for
        this.applyEditRequests.push(params as ApplyWorkspaceEditParams);
        this.wake();
        return { applied: true };
      case 'workspace/workspaceFolders':
        return (options.workspaceFolders ?? []).map((f, i) => ({ uri: fileUri(f), name: `folder${i}` }));
      default:
        // client/registerCapability, window/workDoneProgress/create, workspace/diagnostic/refresh, …
        return null;
    }
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) {
      if (this.exit || w.test()) w.resolve();
      else this.waiters.push(w);
    }
  }

  /** Resolves when `test()` holds after some message (or right away); rejects on timeout or server exit. */
  waitFor(test: () => boolean, what: string, timeoutMs = this.timeoutMs): Promise<void> {
    if (test()) return Promise.resolve();
    if (this.exit) return Promise.reject(new Error(`server exited (${JSON.stringify(this.exit)}) before ${what}\n${this.stderr.slice(-2000)}`));
    return new Promise<void>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          if (this.exit && !test()) reject(new Error(`server exited (${JSON.stringify(this.exit)}) while waiting for ${what}\n${this.stderr.slice(-2000)}`));
          else resolvePromise();
        },
      };
      this.waiters.push(waiter);
    });
  }

  async request<R>(method: string, params: unknown, timeoutMs = this.timeoutMs): Promise<R> {
    if (this.exit) throw new Error(`server has exited (${JSON.stringify(this.exit)}): cannot send ${method}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms on ${method}\n${this.stderr.slice(-2000)}`)), timeoutMs);
    });
    // a server that dies mid-request never answers: fail at once with its last words
    const died = this.exited.then(() => {
      throw new Error(`server exited (${JSON.stringify(this.exit)}) before answering ${method}\n${this.stderr.slice(-2000)}`);
    });
    died.catch(() => {});
    try {
      return await Promise.race([this.connection.sendRequest(method, params) as Promise<R>, timeout, died]);
    } finally {
      clearTimeout(timer);
    }
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  // ---- documents ----------------------------------------------------------------------------

  /** Opens a document and returns its version (1). */
  async open(uri: string, text: string, languageId = 'vietnamese-article'): Promise<number> {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, doc);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  /** Sends incremental changes (or full text when a change has no range); returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.document(uri);
    const version = doc.version + 1;
    this.documents.set(uri, TextDocument.update(doc, changes, version));
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** One incremental edit by offsets into the current text. */
  edit(uri: string, start: number, end: number, text: string): Promise<number> {
    const doc = this.document(uri);
    return this.change(uri, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text }]);
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    this.diagnostics.delete(uri);
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  document(uri: string): TextDocument {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  // ---- diagnostics ----------------------------------------------------------------------------

  /** Waits for diagnostics pushed for the document's current version (or `version`). */
  async waitForDiagnostics(uri: string, version = this.document(uri).version, timeoutMs = this.timeoutMs): Promise<Diagnostic[]> {
    const ready = () => {
      const p = this.diagnostics.get(uri);
      return !!p && (p.version === undefined || p.version >= version);
    };
    await this.waitFor(ready, `diagnostics of ${uri} v${version}`, timeoutMs);
    return this.diagnostics.get(uri)!.diagnostics;
  }

  /** textDocument/diagnostic (pull model: start the client with PULL_CAPABILITIES). */
  async pullDiagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    return report.kind === 'full' ? report.items : [];
  }

  /** Waits for a `vietproof/status` notification about `uri` received after `since` notifications. */
  async waitForStatus(uri: string, since = 0, timeoutMs = this.timeoutMs): Promise<StatusParams> {
    const find = () => {
      for (let i = this.notifications.length - 1; i >= since; i--) {
        const n = this.notifications[i];
        if (n.method === 'vietproof/status' && (n.params as StatusParams).uri === uri) return n;
      }
      return undefined;
    };
    await this.waitFor(() => !!find(), `vietproof/status for ${uri}`, timeoutMs);
    return find()!.params as StatusParams;
  }

  // ---- features ----------------------------------------------------------------------------

  documentSymbols(uri: string): Promise<Array<DocumentSymbol | SymbolInformation> | null> {
    return this.request('textDocument/documentSymbol', { textDocument: { uri } });
  }

  foldingRanges(uri: string): Promise<FoldingRange[] | null> {
    return this.request('textDocument/foldingRange', { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<Array<CodeAction | Command> | null> {
    return this.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.request('workspace/executeCommand', { command, arguments: args });
  }

  changeConfiguration(settings: unknown): Promise<void> {
    return this.notify('workspace/didChangeConfiguration', { settings });
  }

  /** A cheap round trip: how long the server takes to answer while it may be busy. */
  async ping(): Promise<number> {
    const t0 = performance.now();
    await this.request('textDocument/foldingRange', { textDocument: { uri: 'untitled:ping' } });
    return performance.now() - t0;
  }

  // ---- life cycle ----------------------------------------------------------------------------

  /** shutdown + exit, then kill the process if it is still there. Safe to call twice. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    if (!this.exit) {
      try {
        await this.request('shutdown', null, 3000);
        await this.notify('exit', null);
        await this.waitFor(() => !!this.exit, 'exit', 2000);
      } catch {
        // the server is stuck or gone: kill it below
      }
    }
    if (!this.exit) {
      this.process.kill('SIGKILL');
      await this.waitFor(() => !!this.exit, 'kill', 5000).catch(() => {});
    }
    this.connection.dispose();
    live.delete(this.process);
  }
}

/** Starts a server, runs `fn`, and always stops the server. */
export async function withServer<T>(options: ClientOptions, fn: (client: LspClient) => Promise<T>): Promise<T> {
  const client = await LspClient.start(options);
  try {
    return await fn(client);
  } finally {
    await client.dispose();
  }
}
