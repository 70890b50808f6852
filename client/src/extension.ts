// The VS Code side of Source Review: starts the language server (dist/server.js over IPC) and wires
// the Speakers view, the commands and the status item to it. All checking happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_ARGS } from '../../server/src/helperThreads';
import { CheckingNotification, ReviewChangedNotification } from '../../server/src/protocol';
import { registerActions } from './actions';
import { registerCommands } from './commands';
import { MarkdownPages, PAGE_SCHEME } from './pages';
import { SpeakersTree } from './speakersTree';
import { ReviewStatus } from './status';

export interface SourceReviewApi {
  client: LanguageClient;
}

/** Plain text and Markdown, saved or untitled: the articles the server checks. */
export const ARTICLE_SELECTOR: { scheme: string; language: string }[] = [
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'plaintext' },
  { scheme: 'untitled', language: 'markdown' },
];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<SourceReviewApi> {
  const output = vscode.window.createOutputChannel('Source Review', { log: true });
  context.subscriptions.push(output);

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // V8's helper threads are fixed when Node starts (see helperThreads.ts).
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: ARTICLE_SELECTOR,
    outputChannel: output,
    diagnosticCollectionName: 'sourceReview',
    // Where the server keeps its index of analysed sources, so a restart re-reads only what changed.
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
  };
  // The id makes the client honour `sourceReview.trace.server`.
  client = new LanguageClient('sourceReview', 'Source Review', serverOptions, clientOptions);
  const c = client;

  const status = new ReviewStatus(ARTICLE_SELECTOR);
  const speakers = new SpeakersTree(c, output);
  const pages = new MarkdownPages();
  context.subscriptions.push(
    status,
    speakers,
    pages,
    vscode.workspace.registerTextDocumentContentProvider(PAGE_SCHEME, pages),
    vscode.window.registerTreeDataProvider('sourceReview.speakers', speakers),
    ...registerCommands(c, output, speakers, pages),
    ...registerActions(c, output, pages),
    // Registered before the start: the client keeps them across restarts.
    c.onNotification(ReviewChangedNotification, () => speakers.refreshSoon()),
    c.onNotification(CheckingNotification, (p) => status.checking(p.busy, p.ms, p.failed)),
    c.onDidChangeState((e) => {
      status.server(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped');
      if (e.newState === State.Running) speakers.refreshSoon();
    }),
  );

  try {
    await c.start();
  } catch (err) {
    output.error(`The Source Review server did not start: ${err instanceof Error ? err.message : String(err)}`);
    status.server('stopped');
    return { client: c };
  }
  speakers.refreshSoon();
  return { client: c };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
