// Scores the built CLI against the gold.json of each folder given (default: samples/ and every
// corpus under test/fixtures/corpora/): precision, recall, clean claims flagged, and with
// --verbose each miss and false alarm. Build first (`npm run build`).
// usage: npx tsx scripts/dev/score.ts [DIR...] [--verbose]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, JsonReport, scoreSet } from '../../test/cli/goldScore';

const root = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const corpora = path.join(root, 'test', 'fixtures', 'corpora');
const dirs = args.filter((a) => !a.startsWith('--'));
const sets = dirs.length ? dirs.map((d) => path.resolve(d)) : [path.join(root, 'samples'), ...fs.readdirSync(corpora).sort().map((n) => path.join(corpora, n))];
let failed = false;
for (const dir of sets) {
  if (!fs.existsSync(path.join(dir, 'gold.json'))) { console.error(`${dir}: no gold.json`); failed = true; continue; }
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'source-review'), 'check', dir, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) { console.error(`${dir}: the CLI exited with ${run.status}\n${run.stderr}`); failed = true; continue; }
  const s = scoreSet(dir, JSON.parse(run.stdout) as JsonReport);
  console.log(`${s.set.padEnd(28)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (${s.matched} of ${s.gold}, ${s.predicted} reported)  clean flagged ${s.cleanFlagged} of ${s.clean}`);
  if (verbose) for (const line of describe(s)) console.log(`  ${line}`);
}
process.exit(failed ? 1 : 0);
