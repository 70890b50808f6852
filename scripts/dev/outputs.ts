// Dumps the built CLI's JSON report of every set (samples/ and each corpus under
// test/fixtures/corpora/, or the folders given) into OUT, one file per set, so two builds'
// outputs can be compared byte for byte (`diff -r OUT1 OUT2`). Build first (`npm run build`).
// usage: npx tsx scripts/dev/outputs.ts OUT [DIR...]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const [out, ...dirs] = process.argv.slice(2);
if (!out) {
  console.error('usage: npx tsx scripts/dev/outputs.ts OUT [DIR...]');
  process.exit(2);
}
const corpora = path.join(root, 'test', 'fixtures', 'corpora');
const sets = dirs.length ? dirs.map((d) => path.resolve(d)) : [path.join(root, 'samples'), ...fs.readdirSync(corpora).sort().map((n) => path.join(corpora, n))];
fs.mkdirSync(out, { recursive: true });
let failed = false;
for (const dir of sets) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'source-review'), 'check', dir, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) { console.error(`${dir}: the CLI exited with ${run.status}\n${run.stderr}`); failed = true; continue; }
  // The report names files by their paths: made relative to the repository, so two checkouts' outputs compare.
  fs.writeFileSync(path.join(out, `${path.basename(dir)}.json`), run.stdout.split(root).join('<root>'));
}
console.log(`${sets.length} sets written to ${out}`);
process.exit(failed ? 1 : 0);
