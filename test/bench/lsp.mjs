// A minimal stdio LSP client for the benchmark (plain ESM, no build step): starts the built server
// with the event-loop probe on, and exposes what the benchmark times.
import { spawn } from 'node:child_process';
import lsp from 'vscode-languageserver/node';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = lsp;

export async function startServer({ serverPath, workspaceFolder, pull = false, configuration = null, env = {}, nodeArgs = [] }) {
  const t0 = performance.now();
  // --expose-gc lets the stats request collect garbage first: memory figures are of live data
  const child = spawn(process.execPath, ['--expose-gc', ...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, VIETPROOF_DEBUG_LAG: '1', ...env } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20000)));
  child.stdin.on('error', () => {});
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Map();
  const logs = [];
  let waiters = [];
  const wake = () => {
    const keep = [];
    for (const w of waiters) (w.test() ? w.resolve() : keep.push(w));
    waiters = keep;
  };
  conn.onNotification((method, params) => {
    if (method === 'textDocument/publishDiagnostics') diagnostics.set(params.uri, { ...params, at: performance.now() });
    else if (method === 'window/logMessage') logs.push({ ...params, at: performance.now() });
    wake();
  });
  conn.onRequest((method, params) => {
    if (method === 'workspace/configuration') return params.items.map(() => configuration);
    return null;
  });
  conn.onError(() => {});
  conn.listen();
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const waitFor = (test, what, timeoutMs = 600_000) =>
    test()
      ? Promise.resolve()
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`timeout waiting for ${what}\n${stderr}`)), timeoutMs);
          waiters.push({ test, resolve: () => (clearTimeout(timer), resolve()) });
        });
  const folder = workspaceFolder ? [{ uri: new URL(`file://${workspaceFolder}`).href, name: 'bench' }] : null;
  const textDocument = {
    synchronization: { didSave: true },
    publishDiagnostics: { versionSupport: true },
    ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
  };
  await conn.sendRequest('initialize', {
    processId: process.pid,
    locale: 'en',
    rootUri: folder ? folder[0].uri : null,
    workspaceFolders: folder,
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument, window: { workDoneProgress: false } },
  });
  const initializeMs = performance.now() - t0;
  await conn.sendNotification('initialized', {});
  const versions = new Map();
  const server = {
    pid: child.pid,
    initializeMs,
    logs,
    diagnostics,
    waitFor,
    request: (method, params) => conn.sendRequest(method, params),
    open(uri, text, languageId = 'vietnamese-article') {
      versions.set(uri, 1);
      return conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    change(uri, range, text) {
      const version = versions.get(uri) + 1;
      versions.set(uri, version);
      return conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] }).then(() => version);
    },
    close(uri) {
      diagnostics.delete(uri);
      return conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    async waitDiagnostics(uri, version = versions.get(uri)) {
      await waitFor(() => (diagnostics.get(uri)?.version ?? 0) >= version, `diagnostics of ${uri}`);
      return diagnostics.get(uri);
    },
    pull: (uri) => conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }),
    /** A trivial request: how long the server takes to answer right now. */
    async ping() {
      const t = performance.now();
      await conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'untitled:ping' } });
      return performance.now() - t;
    },
    lag: () => conn.sendRequest('vietproof/debug/eventLoop', null),
    stats: () => conn.sendRequest('vietproof/debug/stats', null),
    async dispose() {
      try {
        await Promise.race([conn.sendRequest('shutdown', null), new Promise((r) => setTimeout(r, 3000))]);
        await conn.sendNotification('exit', null);
      } catch {
        // already gone
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      conn.dispose();
    },
  };
  return server;
}
