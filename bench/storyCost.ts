// `npx tsx bench/storyCost.ts [--sources=1000] [--edits=200]`: what the story gate (alignment/story.ts)
// costs a keystroke: the draft's story words read again per analysis (the bench's 2,000-word draft),
// and the gate asked again on the edited draft (its verdicts kept while its story words stay), next to
// the draft's own analysis; and which of the bench archive's sources are the draft's story.
import { performance } from 'node:perf_hooks';
import { analyzeArticle, Corpus } from '../server/src/analysis';
import { storyGate, storyWordsOf, sameStory } from '../server/src/analysis/alignment/story';
import { applyKeystroke, buildDraft, loadSamples, sourceArticle, typingEdits, Varier } from './corpus';
import { median } from './stats';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SOURCES = Number(args.sources ?? 1000);
const EDITS = Number(args.edits ?? 200);
const { sources, draft } = loadSamples();
const varier = new Varier([...sources, draft].map((s) => s.text));
const corpus = new Corpus();
for (let i = 0; i < SOURCES; i++) {
  const a = sourceArticle(i, sources, varier);
  corpus.set(analyzeArticle({ path: `/bench/${a.name}`, text: a.text }));
}
const d = buildDraft(2000, draft, sources, varier);
let text = d.text;
const first = analyzeArticle({ path: '/bench/draft.md', text });
let same = 0;
for (const c of corpus.all()) if (sameStory(first, c.article)) same++;
console.log(`${SOURCES} sources; the ${d.words}-word draft's story: ${same} sources (${storyWordsOf(text).size} story words)`);
const analysis: number[] = [];
const words: number[] = [];
const gate: number[] = [];
storyGate(corpus, first);
for (const k of typingEdits(text, EDITS)) {
  text = applyKeystroke(text, k);
  let t = performance.now();
  const a = analyzeArticle({ path: '/bench/draft.md', text });
  analysis.push(performance.now() - t);
  t = performance.now();
  storyWordsOf(a.text.plain);
  words.push(performance.now() - t);
  t = performance.now();
  storyGate(corpus, a);
  gate.push(performance.now() - t);
}
const ms = (xs: number[]) => median(xs).toFixed(3);
console.log(`per keystroke, median of ${EDITS}: analysis ${ms(analysis)} ms; story words ${ms(words)} ms; gate asked again (words read, compared) ${ms(gate)} ms`);
