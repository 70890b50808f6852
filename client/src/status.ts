// A language status item for the active article: how many Source Review findings it has (click →
// Problems), a spinner while a check takes a while, and plain words when the server is slow, a
// check failed, or the server stopped (click → the output).
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../server/src/protocol';

/** A check longer than this is called slow (the server logs it as a warning too). */
export const SLOW_CHECK_MS = 500;
/** Quick checks never show the spinner: it would flicker on every keystroke. */
const BUSY_DELAY_MS = 300;

type Health = { state: 'ok' } | { state: 'failed'; why: string } | { state: 'stopped' } | { state: 'starting' };

export class ReviewStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private lastMs: number | undefined;
  private busyTimer: NodeJS.Timeout | undefined;
  private health: Health = { state: 'starting' };

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('sourceReview.status', selector);
    this.item.name = 'Source Review';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
    );
    this.update();
  }

  /** From the server's sourceReview/checking notifications. */
  checking(busy: boolean, ms?: number, failed?: string): void {
    if (this.busyTimer) clearTimeout(this.busyTimer);
    this.busyTimer = undefined;
    if (busy) {
      this.busyTimer = setTimeout(() => { this.item.busy = true; }, BUSY_DELAY_MS);
      return;
    }
    this.item.busy = false;
    if (ms !== undefined) this.lastMs = ms;
    if (failed !== undefined) this.health = { state: 'failed', why: failed };
    else if (this.health.state !== 'stopped') this.health = { state: 'ok' };
    this.update();
  }

  /** From the language client's state: running, starting or stopped. */
  server(state: 'running' | 'starting' | 'stopped'): void {
    this.health = state === 'running' ? { state: 'ok' } : state === 'stopped' ? { state: 'stopped' } : { state: 'starting' };
    if (state !== 'running') this.item.busy = state === 'starting';
    this.update();
  }

  private update(): void {
    const item = this.item;
    if (this.health.state === 'stopped' || this.health.state === 'failed') {
      item.text = this.health.state === 'stopped' ? '$(error) Source Review stopped' : '$(error) Source Review: check failed';
      item.detail = this.health.state === 'stopped' ? 'the server is not running' : this.health.why;
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.command = { command: 'sourceReview.showOutput', title: 'Show Output' };
      return;
    }
    if (this.health.state === 'starting') {
      item.text = '$(sync~spin) Source Review starting';
      item.detail = 'reading the articles of the workspace';
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = { command: 'sourceReview.showOutput', title: 'Show Output' };
      return;
    }
    const doc = vscode.window.activeTextEditor?.document;
    const n = doc ? vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE).length : 0;
    const slow = this.lastMs !== undefined && this.lastMs > SLOW_CHECK_MS;
    item.text = n === 0 ? '$(check) No conflicts' : `$(warning) ${n} ${n === 1 ? 'conflict' : 'conflicts'}`;
    item.severity = n > 0 || slow ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    item.detail = this.lastMs === undefined ? 'Source Review'
      : slow ? `slow: the last check took ${this.lastMs.toLocaleString()} ms`
      : `last check ${this.lastMs} ms`;
    item.command = { command: 'workbench.actions.view.problems', title: 'Show Problems' };
  }

  dispose(): void {
    if (this.busyTimer) clearTimeout(this.busyTimer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
