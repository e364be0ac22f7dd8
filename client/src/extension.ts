// VS Code client: starts the VietProof language server, recognises Vietnamese articles among .txt
// files, shows a status bar item and offers the product's commands.
import * as vscode from 'vscode';
// the same detection the server uses (plain engine code, no LSP imports)
import { detectVietnamese } from '../../server/src/analysis/text/detect';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const LANGUAGE_ID = 'vietnamese-article';
const SERVER_COMMANDS = {
  toggleFile: 'vietproof.server.toggleFile',
  statistics: 'vietproof.server.statistics',
  cleanArticle: 'vietproof.server.cleanArticle',
  checkFiles: 'vietproof.server.checkFiles',
};

interface Status {
  uri: string;
  checked: boolean;
  counts: { spelling: number; style: number; boilerplate: number };
  notices: string[];
}

let client: LanguageClient | undefined;
const statusByUri = new Map<string, Status>();

async function maybeSwitchLanguage(doc: vscode.TextDocument): Promise<void> {
  const config = vscode.workspace.getConfiguration('vietproof', doc.uri);
  if (!config.get<boolean>('enable', true) || !config.get<boolean>('autoDetect', true)) return;
  if (doc.languageId !== 'plaintext' || !/\.txt$/i.test(doc.fileName)) return;
  if (!detectVietnamese(doc.getText()).vietnamese) return;
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

function updateStatusBar(item: vscode.StatusBarItem): void {
  const editor = vscode.window.activeTextEditor;
  const status = editor ? statusByUri.get(editor.document.uri.toString()) : undefined;
  if (!editor || (editor.document.languageId !== LANGUAGE_ID && !status?.checked)) {
    item.hide();
    return;
  }
  if (!status) {
    item.text = '$(sync~spin) VietProof';
    item.tooltip = vscode.l10n.t('VietProof is checking this article');
  } else if (!status.checked) {
    item.text = '$(circle-slash) VietProof';
    item.tooltip = vscode.l10n.t('VietProof is off for this file');
  } else {
    const { spelling, style, boilerplate } = status.counts;
    const total = spelling + style + boilerplate;
    item.text = total ? `$(warning) VietProof ${spelling}·${style}·${boilerplate}` : '$(check) VietProof';
    item.tooltip = [
      vscode.l10n.t('Spelling: {0}, style: {1}, boilerplate: {2}', spelling, style, boilerplate),
      ...status.notices,
      vscode.l10n.t('Click for the article statistics'),
    ].join('\n');
  }
  item.command = 'vietproof.showStatistics';
  item.show();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('server/out/server.js');
  // stdio, not IPC: over IPC Node parses a 10 MB message in one block, the server's stdio reader slices it
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID },
      { language: 'plaintext', scheme: 'file', pattern: '**/*.txt' },
      { language: 'plaintext', scheme: 'untitled' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.vietproof/{words.txt,ignore.json}') },
    initializationOptions: {},
  };
  client = new LanguageClient('vietproof', 'VietProof', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('vietproof.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'VietProof';
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void maybeSwitchLanguage(doc)),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatusBar(status)),
    vscode.commands.registerCommand('vietproof.cleanArticle', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await client.sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.cleanArticle, arguments: [editor.document.uri.toString(), editor.document.version] });
    }),
    vscode.commands.registerCommand('vietproof.toggleFile', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const r = (await client.sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.toggleFile, arguments: [editor.document.uri.toString()] })) as { enabled: boolean } | null;
      void vscode.window.showInformationMessage(r?.enabled ? vscode.l10n.t('VietProof is on for this file') : vscode.l10n.t('VietProof is off for this file'));
    }),
    vscode.commands.registerCommand('vietproof.showStatistics', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const s = (await client.sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.statistics, arguments: [editor.document.uri.toString()] })) as {
        words: number;
        characters: number;
        findings: number;
        byRule: Record<string, number>;
        officials: number;
        title: string | null;
      } | null;
      if (!s) return;
      const rules = Object.entries(s.byRule).sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id}: ${n}`).join('\n');
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} words, {1} findings, {2} officials', s.words, s.findings, s.officials),
        { modal: true, detail: [s.title ?? '', rules].filter(Boolean).join('\n\n') },
      );
    }),
    vscode.commands.registerCommand('vietproof.checkWorkspace', async () => {
      if (!client) return;
      const config = vscode.workspace.getConfiguration('vietproof');
      const include = config.get<string[]>('include', ['**/*.txt']);
      const exclude = config.get<string[]>('exclude', ['**/node_modules/**']);
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('VietProof: checking the workspace'), cancellable: true },
        async (progress, token) => {
          const found: vscode.Uri[] = [];
          for (const glob of include) found.push(...(await vscode.workspace.findFiles(glob, exclude.length ? `{${exclude.join(',')}}` : undefined, undefined, token)));
          const uris = [...new Set(found.map((u) => u.toString()))];
          const batch = 25;
          let checked = 0;
          for (let i = 0; i < uris.length && !token.isCancellationRequested; i += batch) {
            const part = uris.slice(i, i + batch);
            await client!.sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.checkFiles, arguments: [part] });
            checked += part.length;
            progress.report({ increment: (100 * part.length) / Math.max(1, uris.length), message: `${checked}/${uris.length}` });
          }
          await vscode.commands.executeCommand('workbench.actions.view.problems');
        },
      );
    }),
  );

  // registered before start so a status sent while the client starts is not lost
  context.subscriptions.push(
    client.onNotification('vietproof/status', (s: Status) => {
      statusByUri.set(s.uri, s);
      updateStatusBar(status);
    }),
  );
  await client.start();
  for (const doc of vscode.workspace.textDocuments) void maybeSwitchLanguage(doc);
  updateStatusBar(status);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
