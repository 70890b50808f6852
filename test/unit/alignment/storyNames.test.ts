// Which names tell two stories apart (alignment/story.ts, the forty-first round): a given name alone
// ("Agnes", "Conrad") is no story word, since many people share one, but a person's whole name is; and
// a country says where a story happened, not which story it is. Invented articles throughout.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { sameStory, storyWords } from '../../../server/src/analysis/alignment/story';
import type { DocumentReview } from '../../../server/src/analysis/types';

// An open day at a library in Marrowby.
const LIBRARY_DRAFT = [
  '# Crowds at the Marrowby library open day', '',
  'MARROWBY — About 2,600 people attended the open day at the Pellinore Library on Saturday, organisers said.', '',
  'Head librarian Agnes Tolliver said volunteers from Haddon Street and Cressing Lane had carried the rare maps to the Quillon Museum.', '',
  '"We have never had a queue like it," said Agnes Tolliver. Conrad Bexley, who chairs the Marrowby Friends of the Library, said an appeal would open on Friday.', '',
  'Engineers from Ostrey Water checked the roof in the afternoon. Tolliver said the reading room would reopen in March.', '',
].join('\n');

/** A car show's open day in another town, its crowd told in the library's words; `people` are whom it quotes. */
const carShow = (people: { director: string; captain: string }) => [
  'Vintage cars draw crowds to Wendlow', '',
  'WENDLOW — About 2,900 people attended the open day at Fennick Green on Saturday, organisers said.', '',
  `Show director ${people.director} said cars had come from the Sallow Hills and from Brockhurst, and the Harker Trophy went to a 1931 tourer.`, '',
  `"It was a wonderful morning," said ${people.director}. ${people.captain}, captain of the Wendlow Motor Club, said the parade along Osier Row decided the day.`, '',
].join('\n');
// Two people who share nothing with the library's but their given names.
const NAMESAKES = { director: 'Agnes Quarrington', captain: 'Conrad Mallory' };
// The library's own people: the same Agnes Tolliver and Conrad Bexley.
const SAME_PEOPLE = { director: 'Agnes Tolliver', captain: 'Conrad Bexley' };

function review(articles: { path: string; text: string }[], path: string): DocumentReview {
  const corpus = new Corpus();
  const analyses = articles.map((a) => analyzeArticle(a));
  for (const a of analyses) corpus.set(a);
  return checkArticle(corpus, analyses.find((a) => a.path === path)!);
}

const conflictsWith = (r: DocumentReview, path: string) => r.findings.filter((f) => f.kind === 'figure-conflict' && f.against.some((e) => e.path === path));

describe('the same story: given names and countries', () => {
  it('a given name written only before a surname is no story word; the whole name and the surname are', () => {
    const words = storyWords(analyzeArticle({ path: '/ws/draft_library.md', text: LIBRARY_DRAFT }));
    assert.ok(!words.has('agnes') && !words.has('conrad'), [...words].join(' '));
    for (const w of ['tolliver', 'agnes_tolliver', 'bexley', 'conrad_bexley', 'marrowby', 'pellinore']) assert.ok(words.has(w), w);
  });

  it('a given name the text also writes alone, or as a place, stays a story word', () => {
    const text = [
      'Harrowgate fair opens', '',
      'Selby Arkwright, the fair\'s treasurer, said stalls had come from Selby and Pontefract to the Linthorpe showground.', '',
      '"Selby has always sent the best bakers," said Selby Arkwright. Inspector Dora Finchley said roads around Linthorpe would close at noon.', '',
    ].join('\n');
    const words = storyWords(analyzeArticle({ path: '/ws/001_fair.txt', text }));
    assert.ok(words.has('selby'), [...words].join(' '));
    assert.ok(!words.has('dora') && words.has('dora_finchley') && words.has('finchley'), [...words].join(' '));
  });

  it('two stories whose people share only given names are strangers; the same people make one story', () => {
    const library = analyzeArticle({ path: '/ws/draft_library.md', text: LIBRARY_DRAFT });
    const namesakes = analyzeArticle({ path: '/ws/020_cars.txt', text: carShow(NAMESAKES) });
    const samePeople = analyzeArticle({ path: '/ws/021_cars.txt', text: carShow(SAME_PEOPLE) });
    assert.equal(sameStory(library, namesakes), false);
    assert.equal(sameStory(library, samePeople), true);
  });

  it('two stories of one country that share only its names and one other word are strangers', () => {
    const flood = [
      'Floods close Ashwell Bridge', '',
      'ASHWELL, England — Flood water closed the Ashwell Bridge on Monday, Garlen County highways officials said, and Tamsin Oakridge of the Severn Rivers Trust said levels at Pollock Weir were the highest in Britain this winter.', '',
      'Crews from Wales and Scotland were sent to help. Oakridge said the Corley Road pumping station at Dunstead would run all night.', '',
    ].join('\n');
    const strike = [
      'Bus drivers in Kelmscott walk out', '',
      'KELMSCOTT, England — Drivers at the Brantwood depot of Fellway Buses walked out on Monday, their union Unify said, the first strike in Britain at the firm since it took over routes from Wales.', '',
      'Fellway director Ishaan Talgarth said the Severn routes to Marlbeck and Scotland would run to a reduced timetable. Talgarth met Unify officials at Ravensmoor.', '',
    ].join('\n');
    const a = analyzeArticle({ path: '/ws/030_flood.txt', text: flood });
    const b = analyzeArticle({ path: '/ws/031_strike.txt', text: strike });
    for (const w of ['england', 'britain', 'wales', 'scotland']) assert.ok(!storyWords(a).has(w) && !storyWords(b).has(w), w);
    assert.equal(sameStory(a, b), false);
  });

  it('a figure is never held against the figure of a story whose people are namesakes; it is held against the same people\'s', () => {
    const library = { path: '/ws/draft_library.md', text: LIBRARY_DRAFT };
    const stranger = review([library, { path: '/ws/020_cars.txt', text: carShow(NAMESAKES) }], library.path);
    assert.deepEqual(conflictsWith(stranger, '/ws/020_cars.txt').map((f) => f.text), []);
    const same = review([library, { path: '/ws/021_cars.txt', text: carShow(SAME_PEOPLE) }], library.path);
    assert.deepEqual(conflictsWith(same, '/ws/021_cars.txt').map((f) => f.text), ['About 2,600 people']);
  });
});
