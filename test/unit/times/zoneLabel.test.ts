// A heading or label naming a zone ("Timeline (BST, 24-hour clock)") sets the clock of the times
// after it: a zone carried from a time told earlier in the article (a New York owner's "9:40 a.m.
// EDT") is not the timeline's.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const JUNE_3_2027 = { year: 2027, month: 6, day: 3 };

describe('times: a heading that names a zone', () => {
  it('reads a timeline under "Timeline (BST, 24-hour clock)" on BST, not on a zone carried from before', () => {
    const body = [
      'The Harbour Line ferry ran aground off Carrow at 9:40 a.m. EDT, its New York owner said.',
      'The owner said every passenger was off the ship by 11 a.m. ET.',
      'Timeline (BST, 24-hour clock)',
      '- 14:40 Ferry grounds off Carrow Point\n- 15:05 Coastguard helicopter arrives',
    ].join('\n\n');
    const { times } = timesIn(body, JUNE_3_2027);
    const grounding = claim(times, '14:40');
    assert.equal(grounding.zone, 'BST');
    assert.equal(grounding.zoneExplicit, false);
    assert.equal(grounding.utcMinutes, 13 * 60 + 40);
    assert.equal(claim(times, '15:05').zone, 'BST');
    assert.equal(claim(times, 'by 11 a.m. ET').zone, 'ET');
  });

  it('takes "all times CEST" in a markdown heading, and a zone written beside a later time still wins', () => {
    const body = [
      'Delegates flew in from Boston, where the session opened at 8 a.m. ET.',
      '## Key moments – all times CEST',
      'The vote was called at 16:20.\n\nThe count ended at 17:05 BST, officials in London said.\n\nThe hall emptied by 18:30.',
    ].join('\n\n');
    const { times } = timesIn(body, JUNE_3_2027);
    assert.equal(claim(times, '16:20').zone, 'CEST');
    assert.equal(claim(times, 'by 18:30').zone, 'BST');
  });

  it('reads no zone from a heading in capitals, nor from a word that only looks like one', () => {
    const capitals = [
      'The ferry ran aground at 9:40 a.m. EDT, its owner said.',
      'FERRY CRASH: WHAT IT MEANS FOR ART',
      'Passengers were taken off at 10:15.',
    ].join('\n\n');
    assert.equal(claim(timesIn(capitals, JUNE_3_2027).times, '10:15').zone, 'EDT');
    const word = [
      'The ferry ran aground at 9:40 a.m. EDT, its owner said.',
      'The CAT team reports',
      'Passengers were taken off at 10:15.',
    ].join('\n\n');
    assert.equal(claim(timesIn(word, JUNE_3_2027).times, '10:15').zone, 'EDT');
  });
});
