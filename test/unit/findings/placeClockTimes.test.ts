// "ten past six in the morning at Marlow Base" in a podcast with no zone: a time on a named place's
// clock the engine cannot convert is held only to a time told at a place too, not to a live blog's
// entry stamp on the story's own clock that the same place is named under. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_blog.md': '# LIVE: shelf collapse\n\n*All times AEDT (UTC+11).*\n\n**16:35** - Over at Marlow Base, about 90 km from the slab, staff are calm. Marlow Base runs on UTC+6.\n\n**15:50** - The slab has broken away, the Tarn Polar Unit says.\n',
  '002_podcast.txt': 'HOST: When was the image taken?\n\nANALYST: The image was taken at ten past midnight UTC on Tuesday, which is ten past six in the morning at Marlow Base. We flagged it within hours.\n',
};

describe('findings: a time on a place\'s own clock', () => {
  it('is not held to a live blog stamp', () => {
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_podcast.txt', 'time-conflict'), []);
  });
});
