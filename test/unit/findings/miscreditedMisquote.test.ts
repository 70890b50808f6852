// One saying told with a word changed and credited by name to another person: the two sources
// disagree on the words and on who said them, one finding of each in each (round 34). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HOLMBY, May 2 (Eastwire) - "Four hundred families left that valley before dawn, and not one car went off the road," said Fire Chief Petra Lindqvist of the Holmby fire service.\n';
const blog = '# LIVE: Holmby valley evacuated\n\n**09:10** Mayor Oskar Brenner thanked drivers. “Four hundred families left that valley before dawn, and not one car went off the road,” said Mayor Oskar Brenner.\n';
const radio = [
  'RADIO HOLMBY - THE BREAKFAST SHOW', 'Tuesday 2 May 2027, 07:30 bulletin (transcript)', '',
  'PRESENTER (ANNA SELL): Good morning. Our reporter Jonas Berg is in the valley. Jonas?', '', 'JONAS BERG (REPORTER): Anna, the roads are open again. I spoke to Fire Chief Petra Lindqvist.', '',
  'PETRA LINDQVIST (FIRE CHIEF): Four hundred families left that town before dawn, and not one car went off the road.', '', 'BERG: That was the fire chief, back to you.', '',
].join('\n');
const files = { '000_wire.txt': wire, '001_blog.md': blog, '003_radio.txt': radio };

describe('quotes: a misquote credited to someone else', () => {
  it('flags the changed word and the other credit in the labelled turn', () => {
    const kinds = ['quote-mismatch', 'attribution-conflict'] as const;
    const found = kinds.map((k) => findingsIn(files, '003_radio.txt', k).flatMap((f) => f.against.map((e) => e.label)));
    assert.ok(found[0].includes('001'), JSON.stringify(found));
    assert.ok(found[1].includes('001'), JSON.stringify(found));
  });

  it('flags the changed word in the source that credits another person', () => {
    const found = findingsIn(files, '001_blog.md', 'quote-mismatch').flatMap((f) => f.against.map((e) => e.label));
    assert.deepEqual(found, ['003']);
  });

  it('leaves two short phrases of two people alone', () => {
    const two = {
      '000_wire.txt': 'HOLMBY, May 2 (Eastwire) - "We are very proud of them," said fire chief Petra Lindqvist.\n',
      '001_blog.md': '# LIVE\n\n**09:10** “We are really proud of them,” said Mayor Oskar Brenner.\n',
    };
    assert.deepEqual(findingsIn(two, '001_blog.md', 'quote-mismatch'), []);
    assert.deepEqual(findingsIn(two, '001_blog.md', 'attribution-conflict'), []);
  });

  it('leaves a reporter retelling someone\'s words with a word added alone', () => {
    const retold = radio.replace('I spoke to Fire Chief Petra Lindqvist.', 'I spoke to Fire Chief Petra Lindqvist. She told me four hundred families left that valley before dawn, and that not one car went off the road.')
      .replace(/PETRA LINDQVIST \(FIRE CHIEF\):[^\n]*\n\n/, '');
    const two = { '000_wire.txt': wire, '003_radio.txt': retold };
    assert.deepEqual(findingsIn(two, '003_radio.txt', 'attribution-conflict'), []);
    assert.deepEqual(findingsIn(two, '003_radio.txt', 'quote-mismatch'), []);
  });
});
