// The Speakers view: speaker (with roles) → source label → quote. Every level comes from the
// server's sourceReview/speakers request; clicking a quote opens its source with the quote selected.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SpeakersRequest, type QuoteLocation, type SpeakerNode, type SpeakerSource } from '../../server/src/protocol';

type Node =
  | { type: 'speaker'; speaker: SpeakerNode }
  | { type: 'source'; speaker: SpeakerNode; source: SpeakerSource }
  | { type: 'quote'; speaker: SpeakerNode; source: SpeakerSource; quote: QuoteLocation; index: number };

const REFRESH_DELAY_MS = 300;

export class SpeakersTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient, private readonly output: vscode.LogOutputChannel) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Coalesces bursts of reviewChanged notifications (typing) into one refresh. */
  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; this.refresh(); }, REFRESH_DELAY_MS);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      if (!this.client.isRunning()) return [];
      try {
        const speakers = await this.client.sendRequest(SpeakersRequest, {});
        return speakers.map((speaker) => ({ type: 'speaker', speaker }));
      } catch (err) {
        this.output.warn(`Speakers view: ${err instanceof Error ? err.message : String(err)}`);
        return [];
      }
    }
    if (node.type === 'speaker') return node.speaker.sources.map((source) => ({ type: 'source', speaker: node.speaker, source }));
    if (node.type === 'source') return node.source.quotes.map((quote, index) => ({ type: 'quote', speaker: node.speaker, source: node.source, quote, index }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'speaker') {
      const item = new vscode.TreeItem(node.speaker.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `speaker:${node.speaker.name}`;
      item.description = node.speaker.roles.join('; ');
      item.iconPath = new vscode.ThemeIcon('person');
      item.tooltip = [node.speaker.name, ...node.speaker.roles].join('\n');
      item.contextValue = 'speaker';
      return item;
    }
    if (node.type === 'source') {
      const n = node.source.quotes.length;
      const item = new vscode.TreeItem(node.source.label, n > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `speaker:${node.speaker.name}/${node.source.label}`;
      item.description = n === 0 ? 'mentioned, no quotes' : n === 1 ? '1 quote' : `${n} quotes`;
      item.iconPath = new vscode.ThemeIcon('file-text');
      if (node.source.uri) item.resourceUri = vscode.Uri.parse(node.source.uri);
      item.contextValue = 'source';
      return item;
    }
    const q = node.quote;
    const short = q.text.length > 80 ? `${q.text.slice(0, 79)}…` : q.text;
    const item = new vscode.TreeItem(short, vscode.TreeItemCollapsibleState.None);
    item.id = `speaker:${node.speaker.name}/${node.source.label}/${node.index}`;
    item.tooltip = q.text;
    item.iconPath = new vscode.ThemeIcon('quote');
    const range = this.client.protocol2CodeConverter.asRange(q.range);
    item.command = {
      command: 'vscode.open',
      title: 'Open Quote',
      arguments: [vscode.Uri.parse(q.uri), { selection: range, preview: true } satisfies vscode.TextDocumentShowOptions],
    };
    item.contextValue = 'quote';
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}
