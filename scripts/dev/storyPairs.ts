// The story gate (server/src/analysis/alignment/story.ts) over the gold corpora: for every pair of
// articles, whether the gate calls them the same story. Pairs of one corpus must all be (else the
// gate costs recall); pairs of two corpora should mostly not be. Also each draft cut to its first
// 1 to 4 paragraphs (a draft being typed) against its own sources: every such pair must be the same story.
// usage: npx tsx scripts/dev/storyPairs.ts [--verbose]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis';
import { sameStory, storyWords } from '../../server/src/analysis/alignment/story';
import type { ArticleAnalysis } from '../../server/src/analysis/types';

const verbose = process.argv.includes('--verbose');
const corpora = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpora');
const sets = fs.readdirSync(corpora).sort();
const all: { set: string; a: ArticleAnalysis }[] = [];
for (const set of sets) {
  for (const n of fs.readdirSync(path.join(corpora, set)).filter((f) => /\.(txt|md|markdown)$/i.test(f)).sort()) {
    all.push({ set, a: analyzeArticle({ path: path.join(corpora, set, n), text: fs.readFileSync(path.join(corpora, set, n), 'utf8') }) });
  }
}
// Story words only: an article's own date is kept among them as a mark ("@2026-11-13"), which is no word.
const words = (x: ArticleAnalysis) => [...storyWords(x)].filter((w) => !w.startsWith('@'));
const shared = (x: ArticleAnalysis, y: ArticleAnalysis) => words(x).filter((w) => storyWords(y).has(w));
let samePairs = 0, sameApart = 0, crossPairs = 0, crossApart = 0, lowest = Infinity;
for (let i = 0; i < all.length; i++) {
  for (let j = i + 1; j < all.length; j++) {
    const x = all[i], y = all[j];
    const same = sameStory(x.a, y.a);
    if (x.set === y.set) {
      samePairs++;
      const s = shared(x.a, y.a);
      lowest = Math.min(lowest, s.length);
      if (!same) { sameApart++; console.log(`APART ${x.set}: ${path.basename(x.a.path)} / ${path.basename(y.a.path)} share [${s.join(', ')}]`); }
      else if (verbose && s.length <= 3) console.log(`  low ${x.set}: ${path.basename(x.a.path)} / ${path.basename(y.a.path)} share [${s.join(', ')}]`);
    } else {
      crossPairs++;
      if (!same) crossApart++;
    }
  }
}
let cut = 0, cutApart = 0;
for (const set of sets) {
  const draft = all.find((x) => x.set === set && /^draft/i.test(path.basename(x.a.path)));
  if (!draft) continue;
  const paragraphs = draft.a.text.original.split(/\n\s*\n/);
  for (let k = 1; k <= 4; k++) {
    const begun = analyzeArticle({ path: draft.a.path, text: paragraphs.slice(0, k).join('\n\n') + '\n' });
    for (const s of all) {
      if (s.set !== set || s === draft) continue;
      cut++;
      if (!sameStory(begun, s.a)) { cutApart++; console.log(`BEGUN APART ${set} (${k} paragraphs): ${path.basename(s.a.path)} share [${shared(begun, s.a).join(', ')}]`); }
    }
  }
}
const sizes = all.map((x) => words(x.a).length).sort((p, q) => p - q);
console.log(`${all.length} articles in ${sets.length} corpora; story words per article: min ${sizes[0]}, median ${sizes[sizes.length >> 1]}`);
console.log(`same corpus: ${samePairs} pairs, ${sameApart} called strangers (fewest shared words ${lowest})`);
console.log(`two corpora: ${crossPairs} pairs, ${crossApart} called strangers (${(100 * crossApart / crossPairs).toFixed(1)} %)`);
console.log(`drafts begun (1 to 4 paragraphs) against their sources: ${cut} pairs, ${cutApart} called strangers`);
