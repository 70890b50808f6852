// A media release and a broadcast are two occasions: the release quotes the official as written for it
// ("The safest choice is still to stay indoors … and to check …"), the radio transcript has her own turn
// in the words of the moment ("… still staying indoors … and checking …"). Neither is a misquote of the
// other. A news report's quotation of her is still held to the release, and her turn to a quotation
// that is no release's. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = [
  'BRISK VALLEY FIRE AUTHORITY',
  'MEDIA RELEASE',
  '',
  'Tuesday 4 March 2026',
  '',
  'Smoke from the Kerrow Ridge fire will settle over the valley again tonight.',
  '',
  '"Masks help, but they are not a cure. The safest choice is still to stay indoors with the windows shut, and to check the air quality map before going out," said Dr Nadia Ferrant, the authority\'s air quality lead.',
  '',
  'ENDS',
].join('\n');

const radio = (turn: string) => [
  'VALLEY FM 98.1 DRIVE',
  'Tuesday 4 March 2026',
  'Transcript: smoke segment, from 5:10 pm',
  '',
  'OWEN PARKS: It\'s ten past five on Valley Drive. Joining me now is Doctor Nadia Ferrant, air quality lead at the fire authority. Good afternoon.',
  '',
  'NADIA FERRANT: Good afternoon, Owen.',
  '',
  'OWEN PARKS: What should people do tonight?',
  '',
  `NADIA FERRANT: ${turn}`,
  '',
  'OWEN PARKS: Doctor Nadia Ferrant, thank you.',
].join('\n');

const own = 'Masks help, but they are not a cure. The safest choice is still staying indoors with the windows shut, and checking the air quality map before going out.';

describe('quotes: a release and the speaker on air are two occasions', () => {
  it('does not hold the speaker\'s own turn and the release\'s quotation against each other', () => {
    const files = { '002_release.txt': release, '003_radio.txt': radio(own) };
    assert.deepEqual(findingsIn(files, '002_release.txt', 'quote-mismatch'), []);
    assert.deepEqual(findingsIn(files, '003_radio.txt', 'quote-mismatch'), []);
  });

  it('still holds a news report\'s quotation of her to the release', () => {
    const wire = 'KERROW, March 4 (Valley Wire) - "The safest choice is still staying indoors with the windows shut, and checking the air quality map before going out," Dr Nadia Ferrant said.';
    assert.ok(findingsIn({ '000_wire.txt': wire, '002_release.txt': release }, '000_wire.txt', 'quote-mismatch').length > 0);
  });

  it('still holds the turn to a quotation that is no release\'s', () => {
    const wire = 'KERROW, March 4 (Valley Wire) - Smoke will settle over the valley again tonight.\n\n"Masks help, but they are not a cure. The safest choice is still to stay indoors with the windows shut, and to check the air quality map before going out," said Dr Nadia Ferrant, the authority\'s air quality lead.';
    assert.ok(findingsIn({ '000_wire.txt': wire, '003_radio.txt': radio(own) }, '003_radio.txt', 'quote-mismatch').length > 0);
  });
});
