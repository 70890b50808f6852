// The "Source Review" commands. None of them waits on a notification: errors go to the output
// channel and a toast is shown without awaiting it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimsRequest, RecheckAllRequest, ReportRequest, type ClaimItem, type ClaimsResult } from '../../server/src/protocol';
import type { SpeakersTree } from './speakersTree';

function fail(output: vscode.LogOutputChannel, what: string, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  output.error(`${what}: ${message}`);
  void vscode.window.showErrorMessage(`Source Review: ${what} failed (${message}). See the output for details.`);
}

async function openMarkdown(markdown: string, preview: boolean): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside, preserveFocus: !preview });
  if (preview) {
    // The built-in Markdown extension may be disabled; the document itself is the fallback.
    await Promise.resolve(vscode.commands.executeCommand('markdown.showPreviewToSide', doc.uri)).catch(() => undefined);
  }
  return doc;
}

const cell = (s: string | undefined) => (s ? s.replace(/\s+/g, ' ').replace(/\|/g, '\\|') : '—');

function claimStatus(c: ClaimItem): string {
  const conflicts = c.comparisons.filter((k) => k.relation === 'conflicts').map((k) => k.label);
  if (conflicts.length > 0) return `conflicts with ${conflicts.join(', ')}`;
  const agrees = c.comparisons.filter((k) => k.relation === 'agrees').map((k) => k.label);
  return agrees.length > 0 ? `agrees with ${agrees.join(', ')}` : 'not in the other articles';
}

function claimsMarkdown(r: ClaimsResult): string {
  const lines = [`# Claims in ${r.label} (${r.role ?? 'not reviewed'})`, '', `${r.claims.length} claims, ${r.findings.length} findings.`, ''];
  lines.push('| Line | Kind | Claim | Value | Against the other articles |', '| --- | --- | --- | --- | --- |');
  for (const c of r.claims) lines.push(`| ${c.range.start.line + 1} | ${c.kind} | “${cell(c.text)}” | ${cell(c.value)} | ${cell(claimStatus(c))} |`);
  if (r.findings.length > 0) {
    lines.push('', '## Findings', '');
    for (const f of r.findings) lines.push(`- line ${f.range.start.line + 1}, **${f.kind}**: ${f.message}`);
  }
  return lines.join('\n') + '\n';
}

/** Lets the editor jump to a claim; shown without awaiting so the command returns at once. */
function pickClaim(client: LanguageClient, uri: vscode.Uri, r: ClaimsResult): void {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { claim: ClaimItem }>();
  pick.title = `Claims in ${r.label}`;
  pick.placeholder = 'Go to a claim';
  pick.matchOnDescription = true;
  pick.items = r.claims.map((claim) => ({
    claim,
    label: `${claim.comparisons.some((k) => k.relation === 'conflicts') ? '$(warning)' : '$(check)'} ${claim.text}`,
    description: `${claim.kind} · line ${claim.range.start.line + 1}`,
    detail: claimStatus(claim),
  }));
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) void vscode.window.showTextDocument(uri, { selection: client.protocol2CodeConverter.asRange(chosen.claim.range) });
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

export function registerCommands(client: LanguageClient, output: vscode.LogOutputChannel, speakers: SpeakersTree): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('sourceReview.showReport', async () => {
      try {
        const { markdown } = await client.sendRequest(ReportRequest, {});
        await openMarkdown(markdown, true);
      } catch (err) {
        fail(output, 'Show Conflict Report', err);
      }
    }),
    vscode.commands.registerCommand('sourceReview.showClaims', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage('Source Review: open an article to list its claims.');
        return;
      }
      const uri = editor.document.uri;
      try {
        const r = await client.sendRequest(ClaimsRequest, { uri: uri.toString() });
        if (r.role === null) {
          void vscode.window.showInformationMessage('Source Review: this document is not in the review set (see sourceReview.sources and sourceReview.exclude).');
          return;
        }
        await openMarkdown(claimsMarkdown(r), false);
        if (r.claims.length > 0) pickClaim(client, uri, r);
      } catch (err) {
        fail(output, 'Show Claims', err);
      }
    }),
    vscode.commands.registerCommand('sourceReview.recheckAll', async () => {
      try {
        const { articles } = await client.sendRequest(RecheckAllRequest, null);
        output.info(`Re-checked ${articles} articles.`);
      } catch (err) {
        fail(output, 'Re-check All Articles', err);
      }
    }),
    vscode.commands.registerCommand('sourceReview.restartServer', async () => {
      try {
        await client.restart();
        speakers.refreshSoon();
      } catch (err) {
        fail(output, 'Restart Server', err);
      }
    }),
    vscode.commands.registerCommand('sourceReview.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('sourceReview.refreshSpeakers', () => speakers.refresh()),
  ];
}
