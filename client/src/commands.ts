// The "Source Review" commands. None of them waits on a notification: errors go to the output
// channel and a toast is shown without awaiting it; progress shows in the status bar.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimsRequest, RecheckAllRequest, ReportRequest, type ClaimItem, type ClaimsResult } from '../../server/src/protocol';
import { fail, type MarkdownPages, showBeside } from './pages';
import type { SpeakersTree } from './speakersTree';

const cell = (s: string | undefined) => (s ? s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;') : '—');

function claimStatus(c: ClaimItem): string {
  const conflicts = c.comparisons.filter((k) => k.relation === 'conflicts').map((k) => k.label);
  if (conflicts.length > 0) return `conflicts with ${conflicts.join(', ')}`;
  const agrees = c.comparisons.filter((k) => k.relation === 'agrees').map((k) => k.label);
  return agrees.length > 0 ? `agrees with ${agrees.join(', ')}` : 'not in the other articles';
}

/** The claims of one article as a table; each line number links to the claim in the article. */
export function claimsMarkdown(r: ClaimsResult, uri: string): string {
  const lines = [`# Claims in ${r.label} (${r.role ?? 'not reviewed'})`, '', `${r.claims.length} claims, ${r.findings.length} findings.`, ''];
  const at = (range: ClaimItem['range']) => `[${range.start.line + 1}](${uri}#L${range.start.line + 1},${range.start.character + 1})`;
  lines.push('| Line | Kind | Claim | Value | Against the other articles |', '| --- | --- | --- | --- | --- |');
  for (const c of r.claims) lines.push(`| ${at(c.range)} | ${c.kind} | “${cell(c.text)}” | ${cell(c.value)} | ${cell(claimStatus(c))} |`);
  if (r.findings.length > 0) {
    lines.push('', '## Findings', '');
    for (const f of r.findings) lines.push(`- line ${at(f.range)}, **${f.kind}**: ${cell(f.message)}`);
  }
  return lines.join('\n') + '\n';
}

export function registerCommands(client: LanguageClient, output: vscode.LogOutputChannel, speakers: SpeakersTree, pages: MarkdownPages): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('sourceReview.showReport', async () => {
      try {
        const { markdown } = await client.sendRequest(ReportRequest, {});
        await showBeside(pages.put('Conflict report', markdown));
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
        await showBeside(pages.put(`Claims in ${r.label}`, claimsMarkdown(r, uri.toString())));
      } catch (err) {
        fail(output, 'Show Claims', err);
      }
    }),
    vscode.commands.registerCommand('sourceReview.recheckAll', async () => {
      try {
        const { articles } = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: 'Source Review: re-checking all articles' },
          () => client.sendRequest(RecheckAllRequest, null),
        );
        output.info(`Re-checked ${articles} articles.`);
        vscode.window.setStatusBarMessage(`$(check) Source Review: re-checked ${articles} articles`, 4000);
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
