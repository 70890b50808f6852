// Cross-story false alarms: a newsroom's workspace holds the sources of many stories, and a claim of
// one story must never be held against a claim of another. Each gold corpus (its sources and draft)
// is pooled with the sources of another corpus (a fixed partner, so runs compare), the built CLI
// checks the pool, and every finding that names an article of the other story is counted: "new" when
// every article it names is the other story's (a false alarm the pool made), "extra" when it also
// names its own story's sources (a true finding that cites a stranger too). Build first.
// usage: npx tsx scripts/dev/crossStory.ts [--step=N] [--verbose]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const step = Number(args.find((a) => a.startsWith('--step='))?.slice(7) ?? '37');
const corpora = path.join(root, 'test', 'fixtures', 'corpora');
const sets = fs.readdirSync(corpora).sort();
const articles = (dir: string): string[] => fs.readdirSync(dir).filter((n) => /\.(txt|md|markdown)$/i.test(n));

interface Located { path: string }
interface Finding { kind: string; text: string; message: string; against?: Located[] }
interface Report { documents: { path: string; findings: Finding[] }[] }

// The guest story's sources are renamed "9xx_…" so their labels never meet the host's.
const GUEST = /^9\d\d_/;
let added = 0;
let extra = 0;
let findings = 0;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cross-story-'));
for (let i = 0; i < sets.length; i++) {
  const host = sets[i];
  const guest = sets[(i + step) % sets.length];
  const pool = path.join(scratch, `${host}+${guest}`);
  fs.mkdirSync(pool);
  for (const n of articles(path.join(corpora, host))) fs.copyFileSync(path.join(corpora, host, n), path.join(pool, n));
  for (const n of articles(path.join(corpora, guest))) {
    if (/^draft/i.test(n) || !/^\d\d\d/.test(n)) continue;
    fs.copyFileSync(path.join(corpora, guest, n), path.join(pool, `9${n.slice(1)}`));
  }
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'source-review'), 'check', pool, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) { console.error(`${pool}: the CLI exited with ${run.status}\n${run.stderr}`); process.exitCode = 1; continue; }
  const report = JSON.parse(run.stdout) as Report;
  let newHere = 0;
  let extraHere = 0;
  const lines: string[] = [];
  for (const doc of report.documents) {
    const guestDoc = GUEST.test(path.basename(doc.path));
    for (const f of doc.findings) {
      findings++;
      const named = (f.against ?? []).map((a) => GUEST.test(path.basename(a.path)) !== guestDoc);
      const strangers = named.filter(Boolean).length;
      if (strangers === 0) continue;
      if (strangers === named.length) newHere++;
      else extraHere++;
      lines.push(`  ${strangers === named.length ? 'NEW  ' : 'EXTRA'} ${path.basename(doc.path)}: ${f.kind} "${f.text}" | ${f.message}`);
    }
  }
  added += newHere;
  extra += extraHere;
  if (newHere + extraHere > 0 || verbose) console.log(`${host} + ${guest}: ${newHere} new, ${extraHere} extra`);
  if (verbose) for (const l of lines) console.log(l);
}
fs.rmSync(scratch, { recursive: true, force: true });
console.log(`${sets.length} pools (step ${step}): ${findings} findings; ${added} new false alarms across stories, ${extra} true findings that also cite the other story`);
