// The bench measures the engine as it ships: bundled by esbuild with the build's options
// (esbuild.config.mjs), not as tsx compiles it for the tests. tsx keeps every function's name
// with a wrapper call and lowers nothing the same way, which costs a few per cent of a pass.
import * as path from 'node:path';
import { buildSync } from 'esbuild';

/** Bundles `entry` (a bench module) into `dir`, as `npm run build` bundles the server; returns the file. */
export function bundled(entry: string, dir: string): string {
  const outfile = path.join(dir, `${path.basename(entry, '.ts')}.js`);
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], outfile, logLevel: 'warning' });
  return outfile;
}
