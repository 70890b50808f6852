// Which words of a name tell two stories apart (alignment/story.ts, the forty-second round): the word
// for a kind of building or body that closes a name ("City Hall", "Community Centre", "Infirmary",
// "Trust"), the portfolio of a title ("Regional Affairs Correspondent"), a currency's code, a title's
// words ("CEO", "Managing Director") and a court's rank ("High Court") are in every town's and every
// government's news, so they are no story words; the word that says which hall is. A byline's and a
// wire's credits name who wrote, not the story. Invented articles throughout.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { sameStory, storyWords } from '../../../server/src/analysis/alignment/story';
import type { DocumentReview } from '../../../server/src/analysis/types';

// A burst main in Tollbury: residents sheltered at a community hall, the mayor spoke at City Hall.
const MAIN_BURST = [
  '# Burst main floods Tollbury homes', '',
  'By Edwin Marchetti, Home Affairs Correspondent', '',
  'TOLLBURY — About 340 homes lost water on Tuesday after a main burst under Quenby Lane, Brackwell Water said.', '',
  'About 120 people spent the night at the Tollbury Community Hall on Fenner Row, and the Ostley Infirmary treated two of them for cold.', '',
  '"We expect supplies back by Thursday," Mayor Rosalind Pemberton told reporters at City Hall.', '',
  'Pemberton said the Garvie Trust had sent 90 pallets of bottled water to the Dunmore Community Centre.', '',
].join('\n');

/** A ferry strike in another town whose names close with the same kinds of word; `town` is where it happens. */
const ferryStrike = (town: string) => [
  `Ferry crews strike at ${town}`, '',
  'By Harriet Oyelaran, Maritime Affairs Reporter', '',
  `${town.toUpperCase()} — About 410 passengers were stranded on Tuesday when crews of Selkie Line walked out, the Rossall Seafarers Union said.`, '',
  `About 160 people spent the night at the Wickhaven Community Hall, and union official Declan Mbeki met managers at the ${town} Town Hall.`, '',
  '"No crossing will sail before Friday," said Declan Mbeki. The Corrin Harbour Trust said berths at Saltcote would stay closed.', '',
].join('\n');

function review(articles: { path: string; text: string }[], path: string): DocumentReview {
  const corpus = new Corpus();
  const analyses = articles.map((a) => analyzeArticle(a));
  for (const a of analyses) corpus.set(a);
  return checkArticle(corpus, analyses.find((a) => a.path === path)!);
}

const conflictsWith = (r: DocumentReview, path: string) => r.findings.filter((f) => f.kind === 'figure-conflict' && f.against.some((e) => e.path === path));

describe('the same story: the kind of a building and the portfolio of a title', () => {
  it('a word for a kind of building or body is no story word; the word naming which one is', () => {
    const words = storyWords(analyzeArticle({ path: '/ws/draft_burst.md', text: MAIN_BURST }));
    for (const w of ['hall', 'community', 'infirmary', 'centre', 'trust', 'affairs']) assert.ok(!words.has(w), `${w} in ${[...words].join(' ')}`);
    for (const w of ['tollbury', 'ostley', 'garvie', 'dunmore', 'quenby', 'pemberton']) assert.ok(words.has(w), w);
  });

  it('a person whose surname is such a word, after an honorific, keeps it as a story word', () => {
    const text = [
      'Council leader quits in Marlow Vale', '',
      'MARLOW VALE — Council leader Bernadette Hall resigned on Monday, a week after the Pettigrew report into the Cobden Road contract.', '',
      '"I have done nothing wrong," Ms Hall said. Her deputy, Anselm Kirrin, will lead the Tarrant group until May.', '',
    ].join('\n');
    const words = storyWords(analyzeArticle({ path: '/ws/001_leader.txt', text }));
    assert.ok(words.has('hall'), [...words].join(' '));
  });

  it('two stories in different towns whose halls, centres and correspondents share only their kinds are strangers', () => {
    const burst = analyzeArticle({ path: '/ws/draft_burst.md', text: MAIN_BURST });
    const strike = analyzeArticle({ path: '/ws/020_ferry.txt', text: ferryStrike('Wickhaven') });
    assert.equal(sameStory(burst, strike), false);
  });

  it('a currency code is money, not a name, and the field a museum is named for is no story word', () => {
    const text = [
      'Thieves take silver from the Dravna museum', '',
      'DRAVNA — Thieves took 14 silver cups from the Dravna Museum of Applied Arts overnight, police said, and its director Oskar Lindqvist offered a reward of EUR 50,000.', '',
      'The cups were insured for USD 1.2 million, Lindqvist said. Officers from Kestrel Point searched the Vorlan road.', '',
    ].join('\n');
    const words = storyWords(analyzeArticle({ path: '/ws/001_museum.txt', text }));
    for (const w of ['eur', 'usd', 'arts', 'museum']) assert.ok(!words.has(w), `${w} in ${[...words].join(' ')}`);
    for (const w of ['dravna', 'lindqvist', 'kestrel', 'vorlan']) assert.ok(words.has(w), w);
  });

  it('a byline and a wire\'s credits name who wrote the article, not the story', () => {
    const text = [
      'Quarry blast shakes Penhallow', '',
      'By Lorcan Prendiville', '',
      'PENHALLOW — A blast at the Tressick quarry cracked windows on Mardle Street on Friday, Kernow Aggregates said.', '',
      'Site manager Yvette Rosewarne said the charge had been set by a contractor from Polwithen.', '',
      '(Reporting by Lorcan Prendiville; editing by Ama Boateng)', '',
    ].join('\n');
    const words = storyWords(analyzeArticle({ path: '/ws/001_quarry.txt', text }));
    for (const w of ['lorcan', 'prendiville', 'ama', 'boateng']) assert.ok(!words.has(w), `${w} in ${[...words].join(' ')}`);
    for (const w of ['penhallow', 'tressick', 'rosewarne', 'polwithen']) assert.ok(words.has(w), w);
  });

  it('two stories by one writer and editor are strangers; a title\'s words and a court\'s rank are no story words', () => {
    const credits = '(Reporting by Lorcan Prendiville; editing by Ama Boateng)';
    const quarry = [
      'Quarry blast shakes Penhallow', '',
      'PENHALLOW — A blast at the Tressick quarry cracked windows on Mardle Street on Friday, Kernow Aggregates said.', '',
      'Kernow Aggregates CEO Yvette Rosewarne said the charge had been set by a contractor from Polwithen, and a claim would go to the High Court.', '',
      credits, '',
    ].join('\n');
    const fares = [
      'Bus fares rise in Carrow Bay', '',
      'CARROW BAY — Fares on Lindell Coaches routes will rise by 40p from Monday, the firm said, after talks with the Ostry Valley council failed.', '',
      'Lindell Managing Director Bartholomew Quince said a challenge at the High Court was likely. Its CEO, Rafe Dunmore, was not available.', '',
      credits, '',
    ].join('\n');
    const a = analyzeArticle({ path: '/ws/001_quarry.txt', text: quarry });
    const b = analyzeArticle({ path: '/ws/002_fares.txt', text: fares });
    for (const w of ['ceo', 'managing', 'high']) assert.ok(!storyWords(a).has(w) && !storyWords(b).has(w), w);
    assert.equal(sameStory(a, b), false);
  });

  it('two reports of one story that name the same hall and people are one story', () => {
    const burst = analyzeArticle({ path: '/ws/draft_burst.md', text: MAIN_BURST });
    const wire = [
      'Tollbury homes without water', '',
      'TOLLBURY (Wire) — Some 340 homes in Tollbury were without water on Tuesday after a burst main, Brackwell Water said. Residents were offered beds at the Community Hall.', '',
      'Mayor Rosalind Pemberton said supplies should return by Thursday.', '',
    ].join('\n');
    const report = analyzeArticle({ path: '/ws/002_wire.txt', text: wire });
    assert.equal(sameStory(burst, report), true);
  });

  it('a figure is never held against the figure of a stranger whose halls share only their kind', () => {
    const burst = { path: '/ws/draft_burst.md', text: MAIN_BURST };
    const stranger = review([burst, { path: '/ws/020_ferry.txt', text: ferryStrike('Wickhaven') }], burst.path);
    assert.deepEqual(conflictsWith(stranger, '/ws/020_ferry.txt').map((f) => f.text), []);
    // Told of the burst's own town and firm, the same night at the hall is one story's, and held.
    const sameTown = ferryStrike('Tollbury').replace('crews of Selkie Line', 'crews of Brackwell Water');
    const held = review([burst, { path: '/ws/021_ferry.txt', text: sameTown }], burst.path);
    assert.deepEqual(conflictsWith(held, '/ws/021_ferry.txt').map((f) => f.text), ['About 120 people']);
  });
});
