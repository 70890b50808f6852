// Acting on findings from VS Code: "Check This Article" (for sourceReview.run = onSave / manual), the
// report for the active article or the whole review set, copied as Markdown, the side-by-side
// comparison a CodeLens opens, and a status item for articles the server skips. Quick fixes and
// "Ignore …" actions come from the server as code actions; nothing is analysed here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CheckDocumentRequest, COMPARE_COMMAND, ComparisonRequest, ReportRequest, SkippedNotification,
} from '../../server/src/protocol';
import { fail, type MarkdownPages, showBeside } from './pages';

/** The active article, or a message (not awaited) saying one is needed. */
function activeArticle(what: string): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown')) {
    void vscode.window.showInformationMessage(`Source Review: open a .txt or .md article to ${what}.`);
    return undefined;
  }
  return doc;
}

/** Escapes a file path for a LanguageStatusItem selector glob. */
function globLiteral(path: string): string {
  return path.replace(/[[\]{}*?!]/g, (c) => `[${c}]`);
}

/** A status item on articles the server does not check (too large, or Source Review off). */
class SkippedStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly skipped = new Map<string, string>();

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('sourceReview.skipped', []);
    this.item.name = 'Source Review: not checked';
    this.item.severity = vscode.LanguageStatusSeverity.Warning;
    this.item.command = { command: 'workbench.action.openSettings', title: 'Open Settings', arguments: ['sourceReview.'] };
  }

  set(uri: string, reason: string | null): void {
    if (reason === null) this.skipped.delete(uri);
    else this.skipped.set(uri, reason);
    const uris = [...this.skipped.keys()].map((u) => vscode.Uri.parse(u));
    this.item.selector = uris.map((u) => (u.scheme === 'file' ? { scheme: 'file', pattern: globLiteral(u.fsPath) } : { scheme: u.scheme, pattern: globLiteral(u.path) }));
    const reasons = [...new Set(this.skipped.values())];
    this.item.text = '$(circle-slash) Not checked';
    this.item.detail = reasons.length === 1 ? reasons[0] : 'see the Source Review output';
  }

  dispose(): void {
    this.item.dispose();
  }
}

export function registerActions(client: LanguageClient, output: vscode.LogOutputChannel, pages: MarkdownPages): vscode.Disposable[] {
  const skipped = new SkippedStatus();

  const report = async (forArticle: boolean, copy: boolean): Promise<void> => {
    const what = `${copy ? 'Copy' : 'Show'} Conflict Report${forArticle ? ' for This Article' : ''}`;
    const doc = forArticle ? activeArticle('report on it') : undefined;
    if (forArticle && !doc) return;
    try {
      const { markdown } = await client.sendRequest(ReportRequest, doc ? { uri: doc.uri.toString() } : {});
      if (copy) {
        await vscode.env.clipboard.writeText(markdown);
        vscode.window.setStatusBarMessage('$(check) Source Review: report copied as Markdown', 4000);
        return;
      }
      const name = doc ? `Conflict report ${vscode.workspace.asRelativePath(doc.uri, false)}` : 'Conflict report';
      await showBeside(pages.put(name, markdown));
    } catch (err) {
      fail(output, what, err);
    }
  };

  return [
    skipped,
    client.onNotification(SkippedNotification, (p) => {
      skipped.set(p.uri, p.reason);
      if (p.reason) output.info(`Not checking ${p.uri}: ${p.reason}`);
    }),
    vscode.commands.registerCommand('sourceReview.checkArticle', async () => {
      const doc = activeArticle('check it');
      if (!doc) return;
      try {
        const r = await client.sendRequest(CheckDocumentRequest, { uri: doc.uri.toString() });
        const text = r.skipped
          ? `Source Review did not check this article: ${r.skipped}`
          : `Source Review: ${r.findings} ${r.findings === 1 ? 'finding' : 'findings'}${r.suppressed > 0 ? `, ${r.suppressed} hidden` : ''}`;
        if (r.skipped) void vscode.window.showInformationMessage(text);
        else vscode.window.setStatusBarMessage(`$(check) ${text}`, 5000);
      } catch (err) {
        fail(output, 'Check This Article', err);
      }
    }),
    vscode.commands.registerCommand('sourceReview.showArticleReport', () => report(true, false)),
    vscode.commands.registerCommand('sourceReview.copyReport', () => report(false, true)),
    vscode.commands.registerCommand('sourceReview.copyArticleReport', () => report(true, true)),
    // Internal: what a CodeLens runs (uri, 0-based line of the paragraph).
    vscode.commands.registerCommand(COMPARE_COMMAND, async (uri: unknown, line: unknown) => {
      try {
        const target = typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : vscode.window.activeTextEditor?.document.uri.toString();
        if (!target) return;
        const at = typeof line === 'number' ? line : vscode.window.activeTextEditor?.selection.active.line ?? 0;
        const r = await client.sendRequest(ComparisonRequest, { uri: target, line: at });
        await showBeside(pages.put(r.title, r.markdown));
      } catch (err) {
        fail(output, 'Compare Sources', err);
      }
    }),
  ];
}
