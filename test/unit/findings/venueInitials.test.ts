// An outlet named by its initials in one article and in full in another ("told PTI" / "told the Press
// Trust of India") is one outlet, not two that cannot both be right; the full name runs on through
// "of" and a capitalised word. Two different outlets still conflict. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { findVenues } from '../../../server/src/analysis/claims/quotes/venue';
import { sentenceTokensOf } from '../../../server/src/analysis/claims/people/tokens';

const attributions = (files: Record<string, string>, path: string) => findingsIn(files, path, 'attribution-conflict');

const source = 'SILCHAR, Nov. 4 (Meridian Press) - Hill trains will stay cancelled. Ravi Sharma, the railway\'s chief spokesman, told the Press Trust of India the line would stay shut for at least four days.\n';

describe('venues: an outlet by its initials and by its name', () => {
  it('reads the name on through "of" and a capitalised word, not through a possessive', () => {
    const venues = (text: string) => {
      const tokens = sentenceTokensOf(text, { span: { start: 0, end: text.length }, paragraph: 0, isHeading: false }, 0);
      return findVenues(text, tokens, () => false).map((v) => v.venue.text);
    };
    assert.deepEqual(venues('Ravi Sharma told the Press Trust of India the line was shut.'), ['the Press Trust of India']);
    assert.deepEqual(venues('Ravi Sharma told Voice of America the line was shut.'), ['Voice of America']);
    assert.deepEqual(venues('Ravi Sharma told CNN of India the line was shut.'), ['CNN']);
  });

  it('does not set the initials against the name', () => {
    const files = { '001_wire.txt': source, 'draft_rail.md': '# Hill line shut\n\nThe railway cancelled a dozen trains. Its chief spokesman, Ravi Sharma, told PTI the line would stay shut for at least four days.\n' };
    assert.deepEqual(attributions(files, 'draft_rail.md'), []);
  });

  it('still sets another outlet against it', () => {
    const files = { '001_wire.txt': source, 'draft_rail.md': '# Hill line shut\n\nThe railway cancelled a dozen trains. Its chief spokesman, Ravi Sharma, told NDTV the line would stay shut for at least four days.\n' };
    assert.equal(attributions(files, 'draft_rail.md').length, 1);
  });
});
