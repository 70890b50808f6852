// A wire's "addressed the crowd from a stage outside city hall shortly after 2:10 p.m." and a live
// blog whose "14:10" entry has the mayor take the stage and whose "16:05" entry has the crowd outside
// city hall thinning: the blog tells the wire's very minute itself, in the wire's words (her name,
// the stage), so its later entry in like words (the crowd, the place) is another scene, not the speech
// told two hours late. Both articles were flagged against each other. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const WIRE = 'DORNHALL, May 6 (Kite Wire) - Striking nurses marched through Dornhall on Wednesday. ' +
  '"We are not asking for more than we are owed," Mayor Ana Ruiz told the crowd from a stage outside city hall shortly after 2:10 p.m. local time (1210 GMT).';

function blog(entries: string): Record<string, string> {
  return {
    '000_wire.txt': WIRE,
    '001_blog.md': `# Live: nurses march in Dornhall\n\n*Wednesday 6 May 2026 · All times CEST (UTC+2)*\n\n${entries}`,
  };
}

describe('findings: a moment the other article tells itself in this clause\'s words', () => {
  it('leaves the blog\'s later entry at the same place alone, both ways', () => {
    const files = blog('**16:05** The crowd outside city hall is thinning. Police say 4,000 people took part.\n\n' +
      '**14:10** Mayor Ana Ruiz takes the stage to loud applause.\n\n**12:30** The march sets off from the station.');
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict'), []);
  });

  it('still holds a blog that tells the speech at another minute and not at the wire\'s', () => {
    const files = blog('**16:05** Mayor Ana Ruiz addresses the crowd from a stage outside city hall.\n\n**12:30** The march sets off from the station.');
    assert.equal(findingsIn(files, '000_wire.txt', 'time-conflict').length, 1);
  });
});
