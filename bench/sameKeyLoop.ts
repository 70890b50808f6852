// `npx tsx bench/sameKeyLoop.ts [--sources=1000] [--reps=10] [--wrap [--verbose]] [--profile=FILE]`: the bench's
// first 41 edits (the lede's last sentence extended) typed again and again in one warm process,
// after two unmeasured rounds; each round starts from the draft as built. Printed: main-thread CPU
// per edit (median and mean over the rounds), the check's wall time per edit, and with --wrap the
// time in SameKey.claim per edit (median; --verbose: per round, by check and answer).
// --profile: a CPU profile of the measured rounds (summarise with bench/profile.ts --summarise).
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import { IncrementalAnalyzer } from '../server/src/analysis/incremental';
import { LiveReview } from '../server/src/review';
import { SameKey } from '../server/src/analysis/findings/sameKey';
import { applyKeystroke, typingEdits, typingWorkspace } from './corpus';
import { mainThreadCpuMs } from './stats';
const args = Object.fromEntries(process.argv.slice(2).map((a) => { const s = a.replace(/^--/, ''); const i = s.indexOf('='); return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)]; }));
const SOURCES = Number(args.sources ?? 1000);
const REPS = Number(args.reps ?? 10);
const { draft: d, draftPath, uri, sources } = typingWorkspace('/tmp/source-review-same-key', SOURCES);
let skTime = 0; let skCalls = 0; const byKind = new Map<string, number[]>();
if ('wrap' in args) {
  const orig = SameKey.prototype.claim;
  SameKey.prototype.claim = function (this: SameKey, ...a: Parameters<SameKey['claim']>) { const t = performance.now(); const r = orig.apply(this, a); const dt = performance.now() - t; skTime += dt; skCalls++; const k = a[0] + ':' + r; const v = byKind.get(k) ?? [0, 0]; v[0] += dt; v[1]++; byKind.set(k, v); return r; };
}
const live = new LiveReview(() => ({}), () => undefined, new IncrementalAnalyzer());
let version = 1;
live.update([...sources, { path: draftPath, uri, text: d.text, version: version++ }]); live.reviewOf(draftPath);
const edits = typingEdits(d.text, 41);
const session = new Session(); session.connect();
const post = <T>(m: string, p?: object) => new Promise<T>((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r as T))));
async function main() {
if (args.profile) { await post('Profiler.setSamplingInterval', { interval: 100 }); await post('Profiler.enable'); }
const per: number[] = []; const sks: number[] = []; const walls: number[] = [];
for (let r = 0; r < REPS + 2; r++) {
  let text = d.text;
  live.update([...sources, { path: draftPath, uri, text, version: version++ }]); live.reviewOf(draftPath);
  skTime = 0; skCalls = 0; byKind.clear();
  if (args.profile && r === 2) await post('Profiler.start');
  const c0 = mainThreadCpuMs(); let wall = 0;
  for (const e of edits) { text = applyKeystroke(text, e); live.update([...sources, { path: draftPath, uri, text, version: version++ }]); const t = performance.now(); live.reviewOf(draftPath); wall += performance.now() - t; }
  const c = mainThreadCpuMs() - c0;
  if (r >= 2) { per.push(c / edits.length); walls.push(wall / edits.length); }
  if (r >= 2) sks.push(skTime / edits.length);
  if (r >= 2 && 'wrap' in args && 'verbose' in args) console.log(`sameKey ${(skTime / edits.length).toFixed(3)} ms/edit, ${(skCalls / edits.length).toFixed(0)} calls/edit ` + [...byKind].map(([k, v]) => `${k} ${(v[0] / edits.length).toFixed(3)}/${(v[1] / edits.length).toFixed(1)}`).join(' '));
}
if (args.profile) { const { profile } = await post<{ profile: unknown }>('Profiler.stop'); fs.writeFileSync(args.profile, JSON.stringify(profile)); }
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(JSON.stringify({ sameKeyMed: +med(sks).toFixed(3), cpuMean: +(per.reduce((a, b) => a + b, 0) / per.length).toFixed(3), cpuPerEdit: +med(per).toFixed(3), reviewWallPerEdit: +med(walls).toFixed(3), cpus: per.map((x) => +x.toFixed(2)) }));
}
void main();
