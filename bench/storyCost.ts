// `npx tsx bench/storyCost.ts [--sources=1000] [--edits=200]`: what the story gate (alignment/story.ts)
// costs a keystroke: the draft's story words read again per analysis (the bench's 2,000-word draft),
// and the gate asked again on the edited draft (its verdicts kept while its story words stay), next to
// the draft's own analysis; and which of the bench archive's sources are the draft's story. Then the
// corpus outline's story words (their build and size) and the part of the corpus a check of the
// draft needs from the outline (alignment/partialCorpus.ts) with and without the other stories left out.
import { performance } from 'node:perf_hooks';
import { analyzeArticle, Corpus } from '../server/src/analysis';
import { sameVerdicts, storyGate, storyStamp, storyWordsOf, sameStory } from '../server/src/analysis/alignment/story';
import { IncrementalChecker } from '../server/src/analysis/findings/incremental';
import { outlineOf, StoredOutline } from '../server/src/analysis/alignment/corpusOutline';
import { runOnPart, strangersTo } from '../server/src/analysis/alignment/partialCorpus';
import { checkArticle } from '../server/src/analysis';
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
const stamp: number[] = [];
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
  // The incremental check's memo compares the words its results were made for (findings/incremental.ts).
  t = performance.now();
  storyStamp(a);
  stamp.push(performance.now() - t);
}
const ms = (xs: number[]) => median(xs).toFixed(3);
console.log(`per keystroke, median of ${EDITS}: analysis ${ms(analysis)} ms; story words ${ms(words)} ms; gate asked again (words read, compared) ${ms(gate)} ms; the words as one string ${ms(stamp)} ms`);

// A keystroke that changes the draft's story words (a name typed) asks the verdicts its results rest on
// again (findings/incremental.ts): every source its look-ups met.
{
  const checker = new IncrementalChecker();
  checker.check(corpus, first, {}, 1);
  const verdicts = checker.exportChecks(first, {}, 1)?.verdicts ?? [];
  const asked: number[] = [];
  for (let i = 0; i < 50; i++) { const t0 = performance.now(); sameVerdicts(first, verdicts); asked.push(performance.now() - t0); }
  console.log(`a change of story words: ${verdicts.length} verdicts asked again in ${ms(asked)} ms (median of 50)`);
}

// The outline: built with the sources' story words (their part of the build: storyWords, already read
// per source by the gate, and the arrays), and its size.
let t = performance.now();
const data = outlineOf(corpus)!;
const built = performance.now() - t;
const storyBytes = Buffer.byteLength(JSON.stringify(data.storyWords)) + data.storyStarts.byteLength + data.storyIds.byteLength;
const allBytes = Buffer.byteLength(JSON.stringify({ stats: data.stats, keys: data.keys, words: data.words, classes: data.classes, storyWords: data.storyWords })) +
  [data.keyStarts, data.keyPlaces, data.wordStarts, data.wordTimes, data.lowStarts, data.lows, data.lowPlaces, data.wideStarts, data.widePlaces, data.storyStarts, data.storyIds].reduce((n, x) => n + x.byteLength, 0);
console.log(`outline: built in ${built.toFixed(0)} ms; ${(allBytes / 1024).toFixed(0)} KiB, of which the story words ${(storyBytes / 1024).toFixed(0)} KiB (${data.storyWords.length} words)`);
const outline = new StoredOutline(data);
const order = [...corpus.all()].map((c) => c.article);
const draftNow = analyzeArticle({ path: '/bench/draft.md', text });
for (const leaveOut of [false, true]) {
  t = performance.now();
  const part = runOnPart(outline, (i) => order[i], (c) => checkArticle(c, draftNow), Infinity, undefined, leaveOut ? strangersTo(draftNow, outline, (i) => order[i]?.path) : undefined);
  console.log(`the edited draft from the outline, ${leaveOut ? 'other stories left out' : 'every source its look-ups name'}: ${part ? `${part.sources} of ${SOURCES} sources, ${part.runs} runs` : 'not answered from a part'}, ${(performance.now() - t).toFixed(0)} ms`);
}
