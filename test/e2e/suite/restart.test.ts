import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { client, open, settledDiagnostics, DRAFT, rangeOf, overlapping, kindOf, replaceText, waitFor, ClientApi } from './helpers';

/** vscode-languageclient/node exposes the server's ChildProcess (IPC/stdio transports). */
function serverPid(c: ClientApi): number | undefined {
  const withProcess = c as unknown as { serverProcess?: { pid?: number }; _serverProcess?: { pid?: number } };
  return (withProcess.serverProcess ?? withProcess._serverProcess)?.pid;
}

/** Proves a (new) server answers: an edit makes the 184,000 finding vanish and come back. */
async function roundTrip(): Promise<void> {
  const editor = await open(DRAFT);
  const doc = editor.document;
  const onFigure = (needle: string) => (ds: vscode.Diagnostic[]) => overlapping(ds, rangeOf(doc, needle)).filter((d) => kindOf(d) === 'figure-conflict');
  await replaceText(doc, '184,000', '148,000');
  try {
    await settledDiagnostics(doc.uri, (d) => d.length > 0 && onFigure('148,000')(d).length === 0, 20000, 0);
  } finally {
    await replaceText(doc, '148,000', '184,000');
  }
  await settledDiagnostics(doc.uri, (d) => onFigure('184,000')(d).length > 0, 20000, 0);
}

describe('server lifecycle', () => {
  it('the server comes back after it is killed', async function () {
    const c = await client();
    await settledDiagnostics((await open(DRAFT)).document.uri);
    const pid = serverPid(c);
    if (!pid) {
      console.log('      (skipped: the client exposes no server process id)');
      this.skip();
    }
    process.kill(pid, 'SIGKILL');
    await waitFor('a new server process', () => { const p = serverPid(c); return p !== undefined && p !== pid && c.state === 2; }, 30000, 100);
    await roundTrip();
  });

  it('Restart Server restarts it and findings come back', async () => {
    const c = await client();
    const before = serverPid(c);
    await vscode.commands.executeCommand('sourceReview.restartServer');
    await waitFor('the client running again', () => c.state === 2 && (before === undefined || serverPid(c) !== before), 30000, 100);
    await roundTrip();
    assert.ok(true);
  });
});
