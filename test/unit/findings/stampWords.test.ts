// A live blog's entry stamp is when the entry was posted, not when what it tells happened: an entry
// that names the story's subject ("the National Hurricane Center says Tavish has weakened …") is not the moment
// another source gives for something else said of that subject ("upgraded Tavish … at 2100 GMT").
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'WILMINGTON, N.C., Oct 3 (Northwire) - The National Hurricane Center upgraded Hurricane Tavish to category 2 at 2100 GMT on Thursday.';
const paper = 'Cape Fear Tide\n\nThe National Hurricane Center upgraded Hurricane Tavish to category 2 at 5pm on Thursday, with gusts near the centre of 100 mph.';

function blog(entry: string): string {
  return `Harbour Herald | LIVE\nHurricane Tavish live updates\n\nAll times EDT.\n\n4.15pm\nCrews are clearing fallen trees in Southport.\n\n${entry}`;
}

describe('time findings: an entry stamp linked by the story\'s subject words alone', () => {
  it('an entry telling another thing of the same subject is not held to that time', () => {
    const files = {
      '001_wire.txt': wire, '002_paper.txt': paper,
      '003_blog.txt': blog('1.20pm\nThe National Hurricane Center says Tavish has weakened to a post-tropical storm.'),
    };
    assert.deepEqual(findingsIn(files, '003_blog.txt', 'time-conflict').map((f) => f.text), []);
  });

  it('an entry telling the same thing in like words is still held to it', () => {
    const files = {
      '001_wire.txt': wire, '002_paper.txt': paper,
      '003_blog.txt': blog('4.10pm\nThe National Hurricane Center has upgraded Hurricane Tavish to category 2.'),
    };
    assert.deepEqual(findingsIn(files, '003_blog.txt', 'time-conflict').map((f) => f.text), ['4.10pm']);
  });
});
