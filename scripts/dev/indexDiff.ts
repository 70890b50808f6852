// Pools the given fixture folders into one archive and diffs the review through the claim-key
// indexes against the review of a corpus that hands out every claim (Corpus { exhaustive: true }),
// as test/unit/alignment/indexes.test.ts does for all the corpora pooled.
// usage: npx tsx scripts/dev/indexDiff.ts DIR... [--tolerance=0.1]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus } from '../../server/src/analysis';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
const tol = args.find((a) => a.startsWith('--tolerance='));
const options = tol ? { figureTolerance: Number(tol.split('=')[1]) } : {};
const articles = dirs.flatMap((dir) => fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()
  .map((f) => analyzeArticle({ path: path.resolve(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') })));
const indexed = new Corpus();
const exhaustive = new Corpus({ exhaustive: true });
for (const a of articles) { indexed.set(a); exhaustive.set(a); }
let differ = 0;
for (const a of articles) {
  const got = checkArticle(indexed, a, options);
  const want = checkArticle(exhaustive, a, options);
  if (JSON.stringify(got) === JSON.stringify(want)) continue;
  differ++;
  console.log(`== ${a.path}`);
  const show = (r: typeof got) => new Set(r.findings.map((f) => `${f.kind} ${JSON.stringify(f.text)} | ${f.message}`));
  const g = show(got); const w = show(want);
  for (const s of w) if (!g.has(s)) console.log(`  only exhaustive: ${s}`);
  for (const s of g) if (!w.has(s)) console.log(`  only indexed:    ${s}`);
  got.claims.forEach((c, i) => {
    const d = want.claims[i];
    if (JSON.stringify(c) !== JSON.stringify(d)) {
      console.log(`  claim ${i}: indexed ${JSON.stringify(c).slice(0, 600)}`);
      console.log(`  claim ${i}: exhaust ${JSON.stringify(d).slice(0, 600)}`);
    }
  });
}
console.log(`${articles.length} articles, ${differ} differ`);
