// A small LSP client over stdio. The editor tests use it as the oracle for what the server says
// about a file (its diagnostics, preferred quick fix, symbols), then check that the editor shows it.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';

export async function withServer(serverJs, rootDir, fn, { timeoutMs = 60_000 } = {}) {
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  let buf = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const published = new Map();
  const publishWaiters = [];
  const send = (msg) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const onMessage = (msg) => {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(`${p.method}: ${msg.error.message}`));
      else p?.resolve(msg.result);
    } else if (msg.id !== undefined) {
      // server → client requests (configuration, registration, progress): answer plainly
      const result = msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => null) : null;
      send({ id: msg.id, result });
    } else if (msg.method === 'textDocument/publishDiagnostics') {
      published.set(msg.params.uri, msg.params.diagnostics);
      for (const w of publishWaiters.splice(0)) w();
    }
  };
  child.stdout.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const sep = buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length:\s*(\d+)/i.exec(buf.subarray(0, sep).toString('ascii'));
      const len = Number(m?.[1] ?? 0);
      if (buf.length < sep + 4 + len) return;
      const body = buf.subarray(sep + 4, sep + 4 + len).toString('utf8');
      buf = buf.subarray(sep + 4 + len);
      onMessage(JSON.parse(body));
    }
  });
  const request = (method, params) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, method });
      send({ id, method, params });
    });
  const notify = (method, params) => send({ method, params });

  const deadline = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exited = new Promise((_, reject) =>
    child.on('exit', (code, signal) => reject(new Error(`language server exited (${code ?? signal}) ${stderr}`))),
  );
  exited.catch(() => {});
  try {
    const work = (async () => {
      await request('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(rootDir).href,
        workspaceFolders: [{ uri: pathToFileURL(rootDir).href, name: 'workspace' }],
        locale: 'en',
        capabilities: {
          textDocument: {
            publishDiagnostics: { relatedInformation: true },
            codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } }, isPreferredSupport: true },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          },
          workspace: { configuration: false, workspaceFolders: true },
        },
      });
      notify('initialized', {});
      const api = {
        /** Opens a file and returns the diagnostics the server pushes for it. */
        async open(file, languageId = 'plaintext') {
          const uri = pathToFileURL(file).href;
          notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: readFileSync(file, 'utf8') } });
          while (!published.has(uri)) await new Promise((resolve) => publishWaiters.push(resolve));
          return { uri, diagnostics: published.get(uri) };
        },
        codeActions: (uri, diagnostic) =>
          request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } }),
        request,
        symbols: (uri) => request('textDocument/documentSymbol', { textDocument: { uri } }),
      };
      const out = await fn(api);
      await request('shutdown', null);
      notify('exit', null);
      return out;
    })();
    return await Promise.race([work, exited]);
  } finally {
    clearTimeout(deadline);
    if (child.exitCode === null) child.kill();
  }
}

/** Applies LSP text edits (UTF-16 positions, lines split on \n, \r\n, \r) to a text. */
export function applyEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') lineStarts.push(i + 1);
  }
  const offset = (p) => Math.min(text.length, (lineStarts[p.line] ?? text.length) + p.character);
  const sorted = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
