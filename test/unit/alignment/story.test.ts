// One story's claims are never held against another story's (alignment/story.ts): a workspace holds
// the sources of many stories, and a claim meets only the claims of articles of its own story. Two
// articles are strangers only when both name enough story words (capitalised words not common in any
// news) and share at most one; in doubt (a flash, a draft just begun) they are one story. Invented
// articles throughout.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { sameStory, storyWordsOf } from '../../../server/src/analysis/alignment/story';
import { outlineOf, StoredOutline } from '../../../server/src/analysis/alignment/corpusOutline';
import { runOnPart, strangersTo } from '../../../server/src/analysis/alignment/partialCorpus';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';
import type { DocumentReview } from '../../../server/src/analysis/types';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

// A harvest fair in Corbeck: the draft's crowd no source of its own story gives.
const FAIR_DRAFT = [
  '# Crowds at the Corbeck Harvest Fair', '',
  'CORBECK — About 14,200 people attended the fair at Ravensholt Park on Saturday, organisers said.', '',
  'Fair director Imogen Tallis said the Ravensholt Brass Band played until dusk, and Councillor Edwin Marsh of Corbeck Borough praised traders from Lathom and Pendry.', '',
].join('\n');
const FAIR_SOURCE = [
  'Harvest fair fills Ravensholt Park', '',
  'Traders from Lathom and Pendry sold out by noon at the Corbeck Harvest Fair, director Imogen Tallis said, and the Ravensholt Brass Band played on.', '',
  'Edwin Marsh, a Corbeck Borough councillor, thanked the volunteers of the Pendry Rotary club.', '',
].join('\n');

/** A regatta's fair elsewhere, its crowd told in the draft's words; `names` are the places and people it names. */
const regatta = (names: { town: string; water: string; person: string; clubs: string }) => [
  `Crowds pack ${names.town} regatta`, '',
  'About 11,800 people attended the fair on Saturday, organisers said.', '',
  `Race secretary ${names.person} said crews had come to ${names.water} from far away.`, '',
  `Rowers from ${names.clubs} raced for the Hollins Cup, and commodore Ruth Ancell said the Quenby Sculling Club would host again next year.`, '',
].join('\n');
const STRANGER = { town: 'Vellmar', water: 'Quenby Water', person: 'Otto Brandauer', clubs: 'Astley and Kirkwall' };
// The same regatta report told of the fair's own places: now it may be the fair's story.
const NEIGHBOUR = { town: 'Corbeck', water: 'Ravensholt Park', person: 'Otto Brandauer', clubs: 'Astley and Kirkwall' };

function review(articles: { path: string; text: string }[], path: string, exhaustive = false): DocumentReview {
  const corpus = new Corpus({ exhaustive });
  const analyses = articles.map((a) => analyzeArticle(a));
  for (const a of analyses) corpus.set(a);
  return checkArticle(corpus, analyses.find((a) => a.path === path)!);
}

const conflictsWith = (r: DocumentReview, path: string) => r.findings.filter((f) => f.kind === 'figure-conflict' && f.against.some((e) => e.path === path));

describe('the same story: story words', () => {
  it('are the names an article writes, not the capitalised words any news uses', () => {
    const words = storyWordsOf('Editing by Tom Cole\n\nOn Tuesday the Harwick Police said Mr Dorran Vale, the Mayor of Lisket, spoke at 9 a.m. GMT. Police later said the mayor had left.\n');
    for (const w of ['harwick', 'dorran', 'vale', 'lisket']) assert.ok(words.has(w), w);
    // Weekdays, titles, zones, generic institutions; a word also written in lower case ("mayor"); a sentence's opening word written once ("Editing");
    // and a credit's names ("Editing by Tom Cole": who edited the article, not whom it is about; the forty-second round).
    for (const w of ['tuesday', 'police', 'mr', 'gmt', 'mayor', 'editing', 'on', 'tom', 'cole']) assert.ok(!words.has(w), w);
  });

  it('a name opening two sentences counts; accents and capitals do not matter', () => {
    const words = storyWordsOf('Okafor arrived early. Okafor left late. The ÉCOLE ROYALE DE NAMUR wrote to Málaga.\n');
    assert.ok(words.has('okafor'));
    assert.ok(words.has('malaga') && words.has('ecole') && words.has('namur'));
    // A plain word opening two sentences is no name.
    assert.ok(!storyWordsOf('About 12 left early. About 30 stayed at Dunmore Quay.\n').has('about'));
  });
});

describe('the same story: two articles', () => {
  it('two stories that share no name are strangers; reports of one story that share two names are one', () => {
    const fair = analyzeArticle({ path: '/ws/draft_fair.md', text: FAIR_DRAFT });
    const stranger = analyzeArticle({ path: '/ws/010_regatta.txt', text: regatta(STRANGER) });
    const neighbour = analyzeArticle({ path: '/ws/011_regatta.txt', text: regatta(NEIGHBOUR) });
    assert.equal(sameStory(fair, stranger), false);
    assert.equal(sameStory(fair, neighbour), true);
    assert.equal(sameStory(stranger, neighbour), true);
  });

  it('in doubt they are one story: a draft just begun, a two-line flash', () => {
    const begun = analyzeArticle({ path: '/ws/draft_fair.md', text: '# Crowds at the fair\n\nAbout 14,200 people attended the fair at Ravensholt Park on Saturday.\n' });
    const flash = analyzeArticle({ path: '/ws/012_flash.txt', text: 'FLASH: About 11,800 at Quenby Water regatta - secretary\n' });
    const stranger = analyzeArticle({ path: '/ws/010_regatta.txt', text: regatta(STRANGER) });
    const fair = analyzeArticle({ path: '/ws/draft_fair2.md', text: FAIR_DRAFT });
    assert.equal(sameStory(begun, stranger), true);
    assert.equal(sameStory(fair, flash), true);
  });
});

describe('the same story: checks', () => {
  for (const exhaustive of [false, true]) {
    const how = exhaustive ? ' (all pairs)' : '';
    it(`a claim is never held against another story's claim in one workspace${how}`, () => {
      const files = [
        { path: '/ws/001_fair.txt', text: FAIR_SOURCE },
        { path: '/ws/draft_fair.md', text: FAIR_DRAFT },
        { path: '/ws/010_regatta.txt', text: regatta(STRANGER) },
      ];
      const r = review(files, '/ws/draft_fair.md', exhaustive);
      assert.deepEqual(conflictsWith(r, '/ws/010_regatta.txt').map((f) => f.text), []);
      for (const f of r.findings) assert.ok(f.against.every((e) => e.path !== '/ws/010_regatta.txt'), `${f.kind} "${f.text}" names the other story`);
      // The regatta's own check meets nothing of the fair either.
      const back = review(files, '/ws/010_regatta.txt', exhaustive);
      for (const f of back.findings) assert.ok(f.against.every((e) => e.path === '/ws/010_regatta.txt'), `${f.kind} "${f.text}" names the fair`);
    });

    it(`the same claims in a report of the same story are still aligned${how}`, () => {
      const files = [
        { path: '/ws/001_fair.txt', text: FAIR_SOURCE },
        { path: '/ws/draft_fair.md', text: FAIR_DRAFT },
        { path: '/ws/011_regatta.txt', text: regatta(NEIGHBOUR) },
      ];
      const r = review(files, '/ws/draft_fair.md', exhaustive);
      assert.deepEqual(conflictsWith(r, '/ws/011_regatta.txt').map((f) => f.text), ['About 14,200 people']);
    });
  }

  it('an edit that makes the draft name the other story\'s places meets its claims, checked incrementally as in full', () => {
    const corpus = new Corpus();
    corpus.set(analyzeArticle({ path: '/ws/001_fair.txt', text: FAIR_SOURCE }));
    corpus.set(analyzeArticle({ path: '/ws/010_regatta.txt', text: regatta(STRANGER) }));
    const checker = new IncrementalChecker();
    const seen: number[] = [];
    const drafts = [
      FAIR_DRAFT,
      FAIR_DRAFT.replace('Fair director', 'Race secretary Otto Brandauer of Quenby Water and fair director'),
      FAIR_DRAFT,
    ];
    for (const text of drafts) {
      const draft = analyzeArticle({ path: '/ws/draft_fair.md', text });
      const r = checker.check(corpus, draft, {}, corpus.generation);
      assert.deepStrictEqual(plain(r), plain(checkArticle(corpus, draft)));
      seen.push(conflictsWith(r, '/ws/010_regatta.txt').length);
    }
    assert.deepEqual(seen, [0, 1, 0]);
  });

  it('a stored copy of the checks made before the draft named the other story gives way to a fresh check', () => {
    const corpus = new Corpus();
    corpus.set(analyzeArticle({ path: '/ws/001_fair.txt', text: FAIR_SOURCE }));
    corpus.set(analyzeArticle({ path: '/ws/010_regatta.txt', text: regatta(STRANGER) }));
    const named = FAIR_DRAFT.replace('Fair director', 'Race secretary Otto Brandauer of Quenby Water and fair director');
    // Stored while the draft named only its own story; reopened with the other story's names typed in, and back.
    for (const [storedText, openedText, across] of [[FAIR_DRAFT, named, 1], [named, FAIR_DRAFT, 0], [FAIR_DRAFT, FAIR_DRAFT.replace('dusk', 'dark'), 0]] as const) {
      const before = new IncrementalChecker();
      const stored = analyzeArticle({ path: '/ws/draft_fair.md', text: storedText });
      before.check(corpus, stored, {}, corpus.generation);
      const copy = plain(before.exportChecks(stored, {}, corpus.generation));
      const checker = new IncrementalChecker();
      const draft = analyzeArticle({ path: '/ws/draft_fair.md', text: openedText });
      assert.ok(checker.seedChecks(draft, {}, corpus.generation, copy));
      const r = checker.check(corpus, draft, {}, corpus.generation);
      assert.deepStrictEqual(plain(r), plain(checkArticle(corpus, draft)));
      assert.equal(conflictsWith(r, '/ws/010_regatta.txt').length, across);
    }
  });

  it('a copy stored from a check that reused stored results still carries their verdicts', () => {
    // Each session its own corpus of the same sources (a gate is kept per corpus).
    const session = () => {
      const corpus = new Corpus();
      corpus.set(analyzeArticle({ path: '/ws/001_fair.txt', text: FAIR_SOURCE }));
      corpus.set(analyzeArticle({ path: '/ws/010_regatta.txt', text: regatta(STRANGER) }));
      return corpus;
    };
    const named = FAIR_DRAFT.replace('Fair director', 'Race secretary Otto Brandauer of Quenby Water and fair director');
    // Session one checks the draft; session two reopens it with a word changed (every claim but one
    // taken from the stored copy, so its gate meets the regatta through no look-up) and stores again;
    // session three opens it with the regatta's names typed in.
    let copy: unknown;
    for (const text of [FAIR_DRAFT, FAIR_DRAFT.replace('dusk', 'dark')]) {
      const corpus = session();
      const checker = new IncrementalChecker();
      const draft = analyzeArticle({ path: '/ws/draft_fair.md', text });
      if (copy) assert.ok(checker.seedChecks(draft, {}, corpus.generation, copy));
      checker.check(corpus, draft, {}, corpus.generation);
      copy = plain(checker.exportChecks(draft, {}, corpus.generation));
    }
    const corpus = session();
    const checker = new IncrementalChecker();
    const draft = analyzeArticle({ path: '/ws/draft_fair.md', text: named });
    assert.ok(checker.seedChecks(draft, {}, corpus.generation, copy));
    const r = checker.check(corpus, draft, {}, corpus.generation);
    assert.deepStrictEqual(plain(r), plain(checkArticle(corpus, draft)));
    assert.equal(conflictsWith(r, '/ws/010_regatta.txt').length, 1);
  });

  it('a check against part of the corpus leaves the other story out, and its stored copy gives way when the draft names that story', () => {
    const corpus = new Corpus();
    corpus.set(analyzeArticle({ path: '/ws/001_fair.txt', text: FAIR_SOURCE }));
    corpus.set(analyzeArticle({ path: '/ws/010_regatta.txt', text: regatta(STRANGER) }));
    // More sources than a claim's comparisons list one by one (that reads every source), each a story of its own.
    for (let i = 0; i < 32; i++) {
      const x = String.fromCharCode(97 + (i % 26)) + (i >= 26 ? 'q' : '');
      corpus.set(analyzeArticle({ path: `/ws/harbour-${i}.txt`, text: `Harbour log\n\nQuay master Tobin Zarn${x} of Ulm${x} said the Kessel${x} ferry and the Drummel${x} barge left Porth${x} for Yarrow${x} and Belcott${x}. The harbour office logged ${40 + i} boats on Monday.\n` }));
    }
    const outline = new StoredOutline(outlineOf(corpus)!);
    const order = [...corpus.all()].map((c) => c.article);
    const named = FAIR_DRAFT.replace('Fair director', 'Race secretary Otto Brandauer of Quenby Water and fair director');
    let copy: unknown;
    const loaded: string[][] = [];
    for (const text of [FAIR_DRAFT, named]) {
      const draft = analyzeArticle({ path: '/ws/draft_fair.md', text });
      let last: IncrementalChecker | undefined;
      const paths: string[] = [];
      loaded.push(paths);
      const part = runOnPart(outline, (i) => { paths.push(order[i].path); return order[i]; }, (c) => {
        const checker = last = new IncrementalChecker();
        if (copy) assert.ok(checker.seedChecks(draft, {}, 0, copy));
        return checker.check(c, draft, {}, 0);
      }, Infinity, undefined, strangersTo(draft, outline, (i) => order[i]?.path));
      assert.ok(part);
      assert.deepStrictEqual(plain(part.value), plain(checkArticle(corpus, draft)));
      copy = plain(last!.exportChecks(draft, {}, 0));
      // The part never met the regatta: it cannot say which verdicts a later name would flip.
      assert.equal((copy as { verdicts?: unknown }).verdicts, undefined);
    }
    // The regatta was left out while a stranger, and met once the draft named it; the harbour logs never loaded.
    assert.deepEqual(loaded.map((paths) => paths.includes('/ws/010_regatta.txt')), [false, true]);
    assert.ok(loaded.flat().every((p) => !p.includes('harbour')), loaded.flat().join(' '));
    assert.equal(conflictsWith(checkArticle(corpus, analyzeArticle({ path: '/ws/draft_fair.md', text: named })), '/ws/010_regatta.txt').length, 1);
  });
});
