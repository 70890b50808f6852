// "everyone was out of Porta de Ferro by 07:43" / a wire that tells "the last passengers were out by
// 7:43 a.m." and, later, "trains began running through Porta de Ferro again … at 9:16 a.m.": the wire
// places the minute 07:43 itself, though loosely ("by"), so its 9:16 told in like words (the station's
// name) is another step of the story, not the blog's moment told wrongly (findings/times.ts
// minuteToldElsewhere). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = (out: string) => 'HALLAM, June 4 (Wirepost) - A fire in a plant room forced the evacuation of about 2,100 people from Porta de Ferro station on Thursday, officials said.\n\n' +
  `Staff ordered the station cleared two minutes later, and the last passengers were out ${out} 7:43 a.m.\n\n` +
  'Green line trains began running through Porta de Ferro again, without stopping, at 9:16 a.m., the operator said.\n';
const blog = '# LIVE: Fire at Porta de Ferro\n\n*All times local*\n\n**07:50** **Station empty**\n\nThe operator says everyone was out of Porta de Ferro by 07:43 – about 2,100 people in all.\n';

const radio = 'EVENING NEWS – 4 June\n\nPRESENTER: Green line trains are running through again without stopping, and the operator says everyone got out safely.\n';

const conflicts = (files: Record<string, string>) =>
  findingsIn(files, '002_blog.md', 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: a minute the other article tells loosely elsewhere', () => {
  it('leaves the blog\'s "by 07:43" alone where the wire tells "by 7:43 a.m." itself', () => {
    assert.deepEqual(conflicts({ '001_wire.txt': wire('by'), '002_blog.md': blog, '003_radio.txt': radio }), []);
  });

  it('leaves it alone where the wire tells the minute exactly, as before', () => {
    assert.deepEqual(conflicts({ '001_wire.txt': wire('at'), '002_blog.md': blog, '003_radio.txt': radio }), []);
  });
});
