// Measures that name no story (alignment/story.ts, the forty-ninth round): a word written only inside an
// index's name ("the Consumer Prices Index") and that name's acronym ("CPI"), and the acronyms of the
// measures every country's statisticians publish ("CPI", "RPI", "GDP"), are cited by many stories of one
// country: a ferry fare rise and a month's inflation release both quote the price index. Invented articles.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';
import { sameStory, storyWordsOf } from '../../../server/src/analysis/alignment/story';

// A ferry fare rise on one coast, which sets its cap against the price indexes.
const FARES = [
  '# Quenby ferry fares to rise 3.2% in March', '',
  'Published 4 February 2031', '',
  'Fares on Tollan Ferries sailings between Quenby and Marrowholm will rise by 3.2% on 1 March, the Dunmere Transport Board said on Tuesday.', '',
  'The rise sits below the Retail Prices Index (RPI) figure of 4.4% for December but above the Consumer Prices Index (CPI) rate of 2.9%.', '',
  'Board chair Ottilie Brannagh said the Quenby crossing had lost 1.1 million in fuel costs. Passenger groups in Marrowholm and Skelderby called the rise unfair.', '',
  'Islanders on Fennick said the Skelderby route would cost a family of four 212 a year more.', '',
].join('\n');

// Another story: a month's inflation release in an invented country, three weeks before.
const INFLATION = [
  '# Varnholt inflation eases to 2.9% in December', '',
  'Published 14 January 2031', '',
  'Annual inflation in Varnholt eased to 2.9% in December from 3.3% in November, the Varnholt Statistics Office said on Wednesday.', '',
  'The Consumer Prices Index (CPI) rose 0.2% on the month. The Retail Prices Index (RPI), still used for some contracts, rose 4.4%.', '',
  'Governor Idris Kallenborg of the Reserve Bank of Varnholt said rates in Pellavik would be held. Economists at Osterholm Capital had expected 3.0%.', '',
  'Prices in Pellavik and Ruddmoor rose fastest, the office said. Finance Minister Sanna Oyelaran welcomed the figures in Brevstad.', '',
].join('\n');

// The same two stories, each citing the indexes by their acronyms only.
const FARES_SHORT = FARES.replace('the Retail Prices Index (RPI) figure', 'the RPI figure').replace('the Consumer Prices Index (CPI) rate', 'the CPI rate');
const INFLATION_SHORT = INFLATION.replace('The Consumer Prices Index (CPI)', 'The CPI').replace('The Retail Prices Index (RPI)', 'The RPI');

// A second report of the fare rise, naming the same board, crossing and islands.
const FARES_AGAIN = [
  '# Marrowholm passengers face higher ferry fares', '',
  'Published 5 February 2031', '',
  'Passengers crossing from Marrowholm to Quenby will pay 3.2% more from March, Tollan Ferries confirmed.', '',
  'Ottilie Brannagh, who chairs the board, said the cap was tied to the Consumer Prices Index. Fennick councillor Rab Ellery said Skelderby families would suffer.', '',
].join('\n');

describe('the same story: measures every country publishes', () => {
  it('the words of an index\'s name and its acronym are no story words; a place beside them is', () => {
    const words = storyWordsOf(FARES);
    for (const w of ['consumer', 'retail', 'index', 'cpi', 'rpi']) assert.ok(!words.has(w), `${w}: ${[...words].join(' ')}`);
    assert.ok(words.has('quenby') && words.has('marrowholm'), [...words].join(' '));
  });

  it('a word also written outside an index\'s name stays a story word', () => {
    const words = storyWordsOf('The Halvern Index of house prices rose. Halvern council said Halvern buyers were back. The Tarrow Index fell.');
    assert.ok(words.has('halvern'), [...words].join(' '));
    assert.ok(!words.has('tarrow'), [...words].join(' '));
  });

  it('a fare rise and an inflation release that cite the same price indexes are strangers', () => {
    const fares = analyzeArticle({ path: '/ws/001_fares.md', text: FARES });
    const inflation = analyzeArticle({ path: '/ws/902_inflation.md', text: INFLATION });
    assert.equal(sameStory(fares, inflation), false);
  });

  it('the same two stories citing the indexes by their acronyms only are strangers', () => {
    const fares = analyzeArticle({ path: '/ws/001_fares.md', text: FARES_SHORT });
    const inflation = analyzeArticle({ path: '/ws/902_inflation.md', text: INFLATION_SHORT });
    assert.equal(sameStory(fares, inflation), false);
  });

  it('two reports of the fare rise stay one story', () => {
    const fares = analyzeArticle({ path: '/ws/001_fares.md', text: FARES });
    const again = analyzeArticle({ path: '/ws/002_fares.md', text: FARES_AGAIN });
    assert.equal(sameStory(fares, again), true);
  });
});
