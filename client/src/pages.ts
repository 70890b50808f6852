// Read-only Markdown pages the client shows beside the editor (reports, claims tables, CodeLens
// comparisons): never saved, never "dirty", and never checked as articles.
import * as vscode from 'vscode';

export const PAGE_SCHEME = 'source-review-page';

export class MarkdownPages implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly pages = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.toString()) ?? '';
  }

  /** One uri per title: showing the same page again refreshes the open preview. */
  put(title: string, markdown: string): vscode.Uri {
    const name = title.replace(/[\\/:*?"<>|#%]+/g, ' ').replace(/\s+/g, ' ').trim() || 'Source Review';
    const uri = vscode.Uri.from({ scheme: PAGE_SCHEME, path: `/${name}.md` });
    this.pages.set(uri.toString(), markdown);
    this.changed.fire(uri);
    return uri;
  }

  dispose(): void {
    this.changed.dispose();
    this.pages.clear();
  }
}

/** The page as a Markdown preview beside the editor; its text when previews are unavailable. */
export async function showBeside(uri: vscode.Uri): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    // The built-in Markdown extension is disabled: the Markdown text itself, beside.
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  }
}

/** Logs a failed command and says so without waiting on the toast. */
export function fail(output: vscode.LogOutputChannel, what: string, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  output.error(`${what}: ${message}`);
  void vscode.window.showErrorMessage(`Source Review: ${what} failed (${message}). See the output for details.`);
}
