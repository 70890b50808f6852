// Bundles the CLI, the language server and the VS Code client. `tsc --noEmit` checks types.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

const builds = [
  { entryPoints: { 'cli': 'server/src/cli/main.ts' }, outdir: 'dist' },
  { entryPoints: { 'server': 'server/src/serverEntry.ts' }, outdir: 'dist' },
  { entryPoints: { 'extension': 'client/src/extension.ts' }, outdir: 'dist/client' },
];

const existing = (await import('node:fs')).existsSync;
const active = builds.filter((b) => Object.values(b.entryPoints).every((p) => existing(p)));

if (watch) {
  for (const b of active) (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(active.map((b) => esbuild.build({ ...common, ...b })));
}
