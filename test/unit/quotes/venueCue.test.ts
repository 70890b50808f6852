// findStatements asks mayHaveVenue before tokenising a sentence for findVenues. The pre-filter may
// let through text without a venue, but must never turn away text in which findVenues finds one:
// checked on every sentence of the gold sets, on random windows of them, and on random text built
// from the cue words in every case, possessives, periods, odd spaces and the Kelvin sign.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis/index';
import { tokenize } from '../../../server/src/analysis/claims/people/tokens';
import { findVenues, mayHaveVenue } from '../../../server/src/analysis/claims/quotes/venue';
import { corpora } from '../incremental/corpora';
import { joinedPieces, seeded } from '../robustness/arbitraries';

/** Venues findVenues finds in plain[start, end) with no token taken for a person (the most it finds). */
const venuesIn = (plain: string, start: number, end: number) => findVenues(plain, tokenize(plain, start, end), () => false);

const PIECES = ['told', 'TOLD', 'Tells', 'tell', 'said', 'SAID', 'says', 'speaking', 'spea\u212Aing', 'talked', 'shared', 'to', 'To', 'with',
  'on', 'On', 'ON', 'via', 'Via', 'in', 'In', 'during', 'at', 'At', 'a', 'A', 'an', 'his', 'her', 'their', 'its', 'the', 'The', 'our', 'my',
  'Fox', 'News', 'BBC', 'X', 'Bluesky', 'Truth', 'Social', 'post', 'interview', 'statement', 'Reuters', '3AW', '2', 'GB', '97.3', 'FM',
  ' ', ' ', ' ', '\u00a0', '\n', '\t', '\u2009', '.', ',', "'s", '’s', '’', "'", '-', '‐', '(', '"', '“', 'é', 'Élan', 'İn', 'ſaid', 'ﬁ',
  'Σ', '٣', 'x', 'ab', 'mayor', 'Smith', 'Dr.', 'U.S.', '\ud83d\ude00', '𝐀', '𝐀on', 'ǅ', '\u0301', 'a\u0301'];

/** Between pieces: mostly a space, sometimes nothing or something odd, so words both meet and stay apart. */
const JOINS = ['', ' ', ' ', ' ', ' ', '  ', '\u00a0', '\n', ' \r\n', "'s ", '’ ', '. ', ', '];

function randomText(r: () => number, pieces: number): string {
  return joinedPieces(r, PIECES, JOINS, pieces);
}

describe('quotes: the venue cue pre-filter', () => {
  it('lets through every sentence of the gold sets in which a venue is found, and turns most others away', () => {
    let sentences = 0;
    let turnedAway = 0;
    let venues = 0;
    for (const set of corpora()) {
      for (const file of set.files) {
        const { text } = analyzeArticle(file);
        for (const s of text.sentences) {
          sentences++;
          const found = venuesIn(text.plain, s.span.start, s.span.end).length > 0;
          const may = mayHaveVenue(text.plain, s.span.start, s.span.end);
          if (found) venues++;
          if (!may) turnedAway++;
          assert.ok(may || !found, `${file.path}: ${JSON.stringify(text.plain.slice(s.span.start, s.span.end))}`);
        }
      }
    }
    assert.ok(venues > 20, `only ${venues} sentences with a venue`);
    // The point of the pre-filter: without it, every sentence would be tokenised.
    assert.ok(turnedAway > sentences / 2, `${turnedAway} of ${sentences} turned away`);
  });

  it('lets through every random window of the gold sets in which a venue is found', () => {
    const r = seeded(7);
    for (const set of corpora()) {
      for (const file of set.files) {
        const plain = analyzeArticle(file).text.plain;
        for (let n = 0; n < 40; n++) {
          const start = Math.floor(r() * plain.length);
          const end = Math.min(plain.length, start + Math.floor(r() * 300));
          if (venuesIn(plain, start, end).length > 0) assert.ok(mayHaveVenue(plain, start, end), JSON.stringify(plain.slice(start, end)));
        }
      }
    }
  });

  it('lets through every random text of cue words in which a venue is found', () => {
    const r = seeded(11);
    let found = 0;
    for (let n = 0; n < 20000; n++) {
      const text = randomText(r, 2 + Math.floor(r() * 10));
      if (venuesIn(text, 0, text.length).length === 0) continue;
      found++;
      assert.ok(mayHaveVenue(text, 0, text.length), JSON.stringify(text));
    }
    assert.ok(found > 500, `only ${found} random texts with a venue`);
  });
});
