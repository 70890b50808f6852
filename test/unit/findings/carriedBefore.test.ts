// A source that tells one instant twice, in a timeline line restating its first telling's minute or in
// a conversion in brackets with a weekday of its own ("05:34 local time (2034 GMT on Monday)"), has one
// disagreement with a source that tells another minute: the first telling carries it, and the second
// is not flagged again (as a conversion in brackets with no weekday of its own is not). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('time findings: an instant a source tells again', () => {
  const files: Record<string, string> = {
    '000_wire.txt': 'Ferry and barge collide in Osaka Bay\n\nOSAKA, March 9 (NWR) - A passenger ferry and a sand barge collided in Osaka Bay before dawn on Tuesday, the coast guard said.\n\nThe ferry Kaede Maru and the barge Tenpo 8 collided at 05:34 local time (2034 GMT on Monday) about 3.5 nautical miles off the port, the coast guard said. Nobody was hurt.\n',
    '001_blog.md': '# LIVE: Osaka Bay collision\n\n*Bay Shipping Wire | Tuesday 9 March 2027 | All times JST*\n\n**06:50** The coast guard says the ferry Kaede Maru and the barge Tenpo 8 collided at 5:43am about 3.5 nautical miles off the port. Nobody was hurt.\n',
    '002_release.txt': 'JAPAN COAST GUARD, 5TH REGION\nMEDIA RELEASE\n\n1. At 5.34am on Tuesday, 9 March 2027, the passenger ferry Kaede Maru and the sand barge Tenpo 8 collided in Osaka Bay, about 3.5 nautical miles off the port.\n\n2. No injuries were reported.\n\nTIMELINE (all times Japan Standard Time)\n\n- 5.34am: Kaede Maru and Tenpo 8 collide.\n- 7.10am: Ferry docks at Tempozan pier.\n',
    '003_paper.md': '# Ferry hits barge off Osaka\n\nThe ferry Kaede Maru and the barge Tenpo 8 collided at 05:34 JST on Tuesday, about 3.5 nautical miles off the port. Nobody was hurt.\n',
  };

  it('flags the release\'s first telling, not its timeline line', () => {
    const found = findingsIn(files, '002_release.txt', 'time-conflict');
    assert.equal(found.length, 1);
    assert.ok(files['002_release.txt'].indexOf('5.34am') === found[0].span.start);
  });

  it('flags the wire\'s local time, not its conversion with a weekday in brackets', () => {
    const found = findingsIn(files, '000_wire.txt', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['05:34 local time']);
  });

  it('still flags the odd source against the others', () => {
    assert.equal(findingsIn(files, '001_blog.md', 'time-conflict').length, 1);
  });
});
