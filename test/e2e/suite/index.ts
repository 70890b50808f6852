// Entry point the extension host loads through extensionTestsPath: runs every e2e test file with
// mocha and prints a machine-readable summary line that the runner counts.
import Mocha from 'mocha';
import { writeFileSync } from 'node:fs';
import { format } from 'node:util';

// esbuild bundles the test files; each registers its suites when required inside run().
const testFiles: Array<() => unknown> = [
  () => require('./activation.test'),
  () => require('./diagnostics.test'),
  () => require('./hover.test'),
  () => require('./requests.test'),
  () => require('./commands.test'),
  () => require('./edit.test'),
  () => require('./settings.test'),
  () => require('./quickfix.test'),
  () => require('./restart.test'),
];

export function run(): Promise<void> {
  // In the web workbench, extension-host output reaches the browser console as one string, so
  // printf-style arguments ('%s', '%d') must be formatted here.
  (Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog = (...a) => console.log(format(...a));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  const grep = process.env.E2E_GREP;
  if (grep) mocha.grep(grep);
  mocha.suite.emit('pre-require', globalThis, 'e2e', mocha);
  // Leave no edited buffers behind (the UI pass and a re-run must see the files as on disk).
  mocha.suite.afterAll(async () => {
    const vscode = await import('vscode');
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  for (const load of testFiles) load();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats;
      const summary = JSON.stringify({ passed: s?.passes ?? 0, failed: s?.failures ?? failures, skipped: s?.pending ?? 0 });
      console.log(`E2E-RESULT ${summary}`);
      // The runner reads counts from this file too (desktop VS Code prints no browser console).
      if (process.env.E2E_TESTS_RESULT) writeFileSync(process.env.E2E_TESTS_RESULT, summary);
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
  });
}
