// A language status item: how many Source Review findings the active article has, busy while the
// server checks; clicking it opens the Problems view.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../server/src/protocol';

export class ReviewStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private lastMs: number | undefined;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('sourceReview.status', selector);
    this.item.name = 'Source Review';
    this.item.command = { command: 'workbench.actions.view.problems', title: 'Show Problems' };
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
    );
    this.update();
  }

  setBusy(busy: boolean, ms?: number): void {
    this.item.busy = busy;
    if (ms !== undefined) this.lastMs = ms;
    if (!busy) this.update();
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const findings = doc ? vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE) : [];
    const n = findings.length;
    this.item.text = n === 0 ? '$(check) No conflicts' : `$(warning) ${n} ${n === 1 ? 'conflict' : 'conflicts'}`;
    this.item.severity = n === 0 ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
    this.item.detail = this.lastMs === undefined ? 'Source Review' : `Source Review · last check ${this.lastMs} ms`;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
