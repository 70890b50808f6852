// The incremental check (each claim's findings remembered between checks of an edited article) must
// give exactly what a fresh checkArticle gives, after any edit. Drafts and sources of every corpus in
// the project are edited at random — typing, deleting, pasting figures, times, names and quotations,
// moving paragraphs — and checked against their corpus; now and then the corpus itself or the
// tolerance changes. Each result is compared field by field with a full check, and the memo must
// actually have been used.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus, type ArticleAnalysis } from '../../../server/src/analysis';
import { IncrementalAnalyzer } from '../../../server/src/analysis/incremental';
import { ClaimKeys, IncrementalChecker } from '../../../server/src/analysis/findings/incremental';
import { CLAIM_CHECKS, claimsOf as checkClaims } from '../../../server/src/analysis/findings/index';
import { editOf, SameKey, type ClaimRef } from '../../../server/src/analysis/findings/sameKey';
import { seeded as rng } from '../robustness/arbitraries';
import { spread, TYPING_SETS } from '../goldBudget';
import { corpora, filed, sentenceEnd, typing } from './corpora';


const CHARS = ['a', 'e', 'T', '7', '0', '1', ' ', ' ', '.', ',', '\n', '“', '”', '"', '’', '-', '%', '$'];
const PHRASES = [
  ' about 3,400 people', ' at 9:15 a.m. ET', ', Mayor Ana Ruiz said.', '\n\n', ' nearly 52,000 riders', '\n',
  ' “We will rebuild the quay,” she said.', ' on March 12', ' more than two dozen crews', '# Update\n\n', ' Ruiz ', '.',
  ' at 10:40 p.m.', ' 14%', ' $2.5 million', ' for three hours', ' he told the BBC.', ' Okafor', ' began at 6 a.m.',
  ' “We had no warning at all,” he said.', ' 12 dead', ' on Monday',
];

/** One random edit: a character typed or deleted, a phrase pasted, a word copied from elsewhere, a paragraph moved. */
function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const op = r();
  if (op < 0.3) return text.slice(0, at) + CHARS[Math.floor(r() * CHARS.length)] + text.slice(at);
  if (op < 0.5) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * (r() < 0.8 ? 2 : 40)));
  if (op < 0.75) return text.slice(0, at) + PHRASES[Math.floor(r() * PHRASES.length)] + text.slice(at);
  if (op < 0.88) {
    // A run of the article's own words pasted elsewhere: the same claim twice, repeated ids.
    const from = Math.floor(r() * text.length);
    return text.slice(0, at) + text.slice(from, from + 10 + Math.floor(r() * 60)) + text.slice(at);
  }
  const paragraphs = text.split('\n\n');
  if (paragraphs.length < 2) return text;
  const [moved] = paragraphs.splice(Math.floor(r() * paragraphs.length), 1);
  paragraphs.splice(Math.floor(r() * (paragraphs.length + 1)), 0, moved);
  return paragraphs.join('\n\n');
}

/** Plain data, so that the comparison sees values, not object identity. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** `text` analysed as `start`'s next version after `before`: its claim keys, a comparer, and each check's claims now and before. */
function editStep(corpus: Corpus, keys: ClaimKeys, start: { path: string; role: ArticleAnalysis['role'] }, text: string, before: ArticleAnalysis) {
  const now = analyzeArticle({ path: start.path, text, role: start.role });
  const keysNow = keys.of(corpus, now);
  const claimsNow = checkClaims(corpus, now);
  const claimsBefore = checkClaims(corpus, before);
  const compare = new SameKey(editOf(now, before));
  const checks = CLAIM_CHECKS.map(([kind]) => ({ kind, a: claimsNow[kind] as ReadonlyArray<ClaimRef>, b: claimsBefore[kind] as ReadonlyArray<ClaimRef> }));
  return { now, keysNow, compare, checks };
}

describe('incremental check', () => {
  it('gives exactly what a fresh check gives after every random edit', function () {
    // A hang guard, not a speed test: it walks every gold set, one more each round (npm run bench times speed).
    this.timeout(1800000);
    const all = corpora();
    assert.ok(all.length >= 4, 'the project has several corpora');
    let hits = 0;
    let checks = 0;
    all.forEach((set, n) => {
      const { analyses, corpus, edited } = filed(set);
      edited.forEach((start, k) => {
        const r = rng(4000 + 10 * n + k);
        const analyzer = new IncrementalAnalyzer();
        const checker = new IncrementalChecker();
        let generation = 0;
        let tolerance: number | undefined;
        let text = start.text.original;
        for (let step = 0; step < 40; step++) {
          text = edit(text, r);
          if (r() < 0.05) {
            // A source changes: every remembered result is out of date.
            const other = analyses[Math.floor(r() * analyses.length)];
            if (other.role === 'source' && other.path !== start.path) {
              corpus.set(analyzeArticle({ path: other.path, text: other.text.original + '\n\nAbout 3,400 people left at 9:15 a.m. ET.\n' }));
              generation++;
            }
          }
          if (r() < 0.05) tolerance = tolerance === undefined ? 0.05 : undefined;
          const options = tolerance === undefined ? {} : { figureTolerance: tolerance };
          const analysis = analyzer.analyze({ path: start.path, text, role: start.role });
          const incremental = checker.check(corpus, analysis, options, generation);
          hits += checker.stats(start.path)?.hits ?? 0;
          checks++;
          assert.deepStrictEqual(plain(incremental), plain(checkArticle(corpus, analysis, options)),
            `${set.name} ${path.basename(start.path)}, edit ${step} (seed ${4000 + 10 * n + k})`);
        }
      });
    });
    assert.ok(hits > checks * 10, `the memo was hardly used: ${hits} claims remembered over ${checks} checks`);
  });

  it('re-checks only the claims an edit touched', () => {
    const corpus = new Corpus();
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Crew ${i + 1} counted ${100 + i} boats at ${(i % 11) + 1} a.m. on Monday, officials said.`);
    corpus.set(analyzeArticle({ path: '/desk/001_harbour.txt', text: paragraphs.join('\n\n') }));
    const checker = new IncrementalChecker();
    const draftPath = '/desk/draft_boats.md';
    const first = analyzeArticle({ path: draftPath, text: paragraphs.join('\n\n') });
    checker.check(corpus, first, {}, 0);
    const claims = checker.stats(draftPath)!.misses;
    assert.ok(claims >= 24, `claims ${claims}`);
    paragraphs[7] = paragraphs[7].replace('107 boats', '170 boats');
    const second = analyzeArticle({ path: draftPath, text: paragraphs.join('\n\n') });
    const review = checker.check(corpus, second, {}, 0);
    const stats = checker.stats(draftPath)!;
    // The claims of the edited sentence alone (its figures, clock time and day) are checked again.
    assert.ok(stats.misses > 0 && stats.misses <= 4, `misses ${stats.misses}`);
    assert.equal(stats.hits, claims - stats.misses);
    assert.ok(review.findings.some((f) => f.kind === 'figure-conflict' && f.text.includes('170')));
    assert.deepStrictEqual(plain(review), plain(checkArticle(corpus, second)));
    // A time edited in one sentence changes the moment a figure of the next sentence belongs to.
    const source = 'TOLVER (Coast Wire) - Power failed across Tolver on Friday.\n\nAbout 12,000 homes were dark at 10 a.m. ET, the utility said.\n';
    corpus.set(analyzeArticle({ path: '/desk/002_coast.txt', text: source }));
    const anchored = (clock: string) => `The utility gave an update at ${clock} ET on Friday. About 30,000 homes were dark, it said.\n`;
    checker.check(corpus, analyzeArticle({ path: draftPath, text: anchored('9 a.m.') }), {}, 2);
    for (const clock of ['10 a.m.', '9 a.m.', '10 a.m.']) {
      const a = analyzeArticle({ path: draftPath, text: anchored(clock) });
      assert.deepStrictEqual(plain(checker.check(corpus, a, {}, 2)), plain(checkArticle(corpus, a)), clock);
    }
    const kinds = (clock: string) => checkArticle(corpus, analyzeArticle({ path: draftPath, text: anchored(clock) })).findings.map((f) => f.kind);
    assert.deepEqual([kinds('10 a.m.'), kinds('9 a.m.')], [['figure-conflict'], ['unsourced-claim']], 'the figure is held to the source at its moment only');
    // A new corpus generation: nothing remembered is used.
    checker.check(corpus, second, {}, 1);
    assert.equal(checker.stats(draftPath)!.hits, 0);
  });

  it('checks a quotation again when a heading is moved in before the paragraph whose "she" it opens with', () => {
    // "She" opening a paragraph surely credits the person the paragraph before named last; a heading
    // moved in between leaves the quotation's own paragraph, and who "she" resolves to, as they
    // were, but the credit is no longer sure.
    const corpus = new Corpus();
    corpus.set(analyzeArticle({ path: '/desk/001_ferry.txt', text: 'HARLOW (Bay Wire) - The ferry service halted on Tuesday.\n\n"The tide table left us no margin at all this week," harbour pilot Idris Vance said.\n' }));
    const intro = 'Ferry manager Colette Armand defended the stoppage on Tuesday.';
    const aside = '## Tides and weather';
    const quoted = 'She also pointed to the weather. "The tide table left us no margin at all this week," she added.';
    const draftPath = '/desk/draft_ferry.md';
    const checker = new IncrementalChecker();
    const kinds = (text: string) => {
      const a = analyzeArticle({ path: draftPath, text });
      const review = checker.check(corpus, a, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(corpus, a)), text);
      return review.findings.map((f) => f.kind);
    };
    const named = kinds([aside, intro, quoted].join('\n\n'));
    assert.ok(named.includes('attribution-conflict'), `credited to Armand: ${named.join(', ')}`);
    const between = kinds([intro, aside, quoted].join('\n\n'));
    assert.ok(!between.includes('attribution-conflict'), `"she" no longer surely Armand: ${between.join(', ')}`);
    assert.ok(kinds([aside, intro, quoted].join('\n\n')).includes('attribution-conflict'), 'and back');
  });
});

describe('claims found unchanged without their keys (sameKey)', () => {
  /** Edits at the seams the key reads across: paragraph breaks, names of people, line ends. */
  function seamEdit(text: string, r: () => number): string {
    const breaks: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
    const at = breaks.length > 0 && r() < 0.7 ? breaks[Math.floor(r() * breaks.length)] : Math.floor(r() * (text.length + 1));
    const op = r();
    if (op < 0.25) return text.slice(0, at) + text.slice(at + 1); // two paragraphs joined (or a line)
    if (op < 0.45) return text.slice(0, at) + '\n\n' + text.slice(at); // one split
    if (op < 0.65) return text.slice(0, at) + [' Mayor Ana Ruiz said', ' Okafor', ' “We stayed,” Ruiz said.', ' Tomas Brell, a spokesman,'][Math.floor(r() * 4)] + text.slice(at);
    if (op < 0.8) return text.slice(0, at) + '\r' + text.slice(at);
    return edit(text, r);
  }

  it('says two claims are the same only when the check would write the same key for them', function () {
    this.timeout(600000);
    let same = 0;
    let equalKeys = 0;
    let pairs = 0;
    corpora().forEach((set, n) => {
      const { corpus, edited } = filed(set);
      edited.forEach((start, k) => {
        for (const crlf of [false, true]) {
          const r = rng(7000 + 10 * n + k + (crlf ? 5 : 0));
          const keys = new ClaimKeys();
          let text = crlf ? start.text.original.replace(/\r?\n/g, '\r\n') : start.text.original;
          let before = analyzeArticle({ path: start.path, text, role: start.role });
          let keysBefore = keys.of(corpus, before);
          for (let step = 0; step < 25; step++) {
            text = r() < 0.5 ? seamEdit(text, r) : edit(text, r);
            const { now, keysNow, compare, checks } = editStep(corpus, keys, start, text, before);
            for (const { kind, a, b } of checks) {
              const kn = keysNow.get(kind)!;
              const kb = keysBefore.get(kind)!;
              for (let i = 0; i < a.length; i++) {
                // The claim where it was, and every other claim of the same check (moved, pasted twice).
                for (let j = 0; j < b.length; j++) {
                  if (j !== i && j !== i + b.length - a.length && r() > 0.1) continue;
                  pairs++;
                  const says = compare.claim(kind, a[i], b[j]);
                  if (says) same++;
                  if (kn[i] === kb[j]) equalKeys++;
                  if (says) assert.equal(kn[i], kb[j], `${set.name} ${path.basename(start.path)} step ${step}: ${kind} ${i} and ${j} called the same`);
                }
              }
            }
            before = now;
            keysBefore = keysNow;
          }
        }
      });
    });
    // It must find most unchanged claims, or the check gains nothing.
    assert.ok(same > 0.9 * equalKeys && equalKeys > 1000, `${same} found the same of ${equalKeys} equal keys in ${pairs} pairs`);
  });

  it('answers a figure once for every claim it is in, as walking each claim alone would, while a sentence is typed in', function () {
    // SameKey compares a figure once per edit and reuses the answer (and the stretch of text it
    // covers) for the times of its sentence that hold it: every answer must be the one a fresh
    // comparer gives for that claim alone, must imply equal keys, and the check must stay exact.
    this.timeout(600000);
    let keystrokes = 0;
    let reused = 0;
    let same = 0;
    spread(corpora(), TYPING_SETS).forEach((set, n) => {
      const { corpus, edited } = filed(set);
      edited.forEach((start, k) => {
        const r = rng(7300 + 10 * n + k);
        // Sentences with a time and a figure (the time's claim holds the figure), typed into at their end.
        const claims = checkClaims(corpus, start);
        const sentences = [...new Set(claims.times.filter((t) => t.sentenceFigures.length > 0).map((t) => t.time.sentence))].slice(-2);
        const keys = new ClaimKeys();
        const checker = new IncrementalChecker();
        let text = start.text.original;
        let before = analyzeArticle({ path: start.path, text, role: start.role });
        let keysBefore = keys.of(corpus, before);
        checker.check(corpus, before, {}, 0);
        for (const sentence of sentences.sort((a, b) => b - a)) {
          const end = sentenceEnd(start, sentence);
          if (end === undefined) continue;
          const phrase = r() < 0.5 ? ' as 35 more crews arrived by 9:15 p.m.' : ' and nearly 52,000 riders at 10:40 p.m.';
          for (const keystroke of typing(text, end, phrase, () => r() < 0.1)) {
            text = keystroke.text;
            const { now, keysNow, compare, checks } = editStep(corpus, keys, start, text, before);
            for (const { kind, a, b } of checks) {
              for (let x = 0; x < a.length; x++) {
                for (const y of new Set([x, x + b.length - a.length])) {
                  if (!b[y]) continue;
                  const says = compare.claim(kind, a[x], b[y]);
                  assert.equal(says, new SameKey(editOf(now, before)).claim(kind, a[x], b[y]), `${set.name} ${path.basename(start.path)} keystroke ${keystrokes}: ${kind} ${x} and ${y}`);
                  if (says) { same++; assert.equal(keysNow.get(kind)![x], keysBefore.get(kind)![y]); }
                }
              }
            }
            reused += compare.reused;
            assert.deepStrictEqual(plain(checker.check(corpus, now, {}, 0)), plain(checkArticle(corpus, now)), `${set.name} ${path.basename(start.path)} keystroke ${keystrokes}`);
            keystrokes++;
            before = now;
            keysBefore = keysNow;
          }
        }
      });
    });
    assert.ok(keystrokes > 500, `keystrokes ${keystrokes}`);
    assert.ok(same > keystrokes * 5, `${same} claims found the same over ${keystrokes} keystrokes`);
    assert.ok(reused > keystrokes, `figure answers reused ${reused} times over ${keystrokes} keystrokes`);
  });

  it('tells a changed claim from its old self', () => {
    const corpus = new Corpus();
    // The quotation stands in the paragraph edited: who is named before it says who "she" is.
    const draft = (para: string) => `TOLVER (Coast Wire) - Power failed across Tolver on Friday.\n\n${para} “We had crews out all night,” she said.\n`;
    const one = analyzeArticle({ path: '/desk/draft_tolver.md', text: draft('About 12,000 homes were dark at 10 a.m., Dana Whit said.') });
    const keys = new ClaimKeys();
    let k1 = keys.of(corpus, one);
    for (const para of ['About 12,000 homes were dark at 10 a.m., Dana Whitby said.', 'About 12,000 homes were dark at 10 a.m., Dana Whit said.\r', 'About 12,000 homes were dark at 10 a.m.,\n\nDana Whit said.', 'Nearly 12,000 homes were dark at 10 a.m., Dana Whit said.',
      // The same words and lengths, other text: only the text the key numbers tells them apart.
      'About 12,000 homes were dark by 10 a.m., Dana Whit said.', 'About 12,000 homes were dark at 10 a.m.; Dana Whit said.',
      // Only the case of a word: the same claims, words and offsets, but not the same text (after
      // the figure and time, in their sentence; before the quotation, in its paragraph).
      'About 12,000 homes WERE dark at 10 a.m., Dana Whit said.', 'About 12,000 homes were dark at 10 a.m., Dana Whit SAID.',
      'ABOUT 12,000 homes were dark at 10 a.m., Dana Whit said.']) {
      const two = analyzeArticle({ path: '/desk/draft_tolver.md', text: draft(para) });
      const k2 = keys.of(corpus, two);
      const compare = new SameKey(editOf(two, one));
      const a = checkClaims(corpus, two);
      const b = checkClaims(corpus, one);
      for (const [kind] of CLAIM_CHECKS) {
        const x = a[kind] as ReadonlyArray<ClaimRef>;
        const y = b[kind] as ReadonlyArray<ClaimRef>;
        for (let i = 0; i < Math.min(x.length, y.length); i++) {
          assert.equal(compare.claim(kind, x[i], y[i]), k2.get(kind)![i] === k1.get(kind)![i], `${JSON.stringify(para)}: ${kind} ${i}`);
        }
      }
      k1 = keys.of(corpus, one); // numbered again, as a check after this one would
    }
  });
});
