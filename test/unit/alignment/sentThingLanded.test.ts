// "A statement from the minister has just landed": newsrooms say a statement, letter, email or set
// of results "landed" when it reached them; that is no aircraft's landing (alignment/sentThings.ts).
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from '../findings/review';
import { landedOfSentThing } from '../../../server/src/analysis/alignment/sentThings';

const landedIn = (text: string) => landedOfSentThing(text, 0, text.indexOf('landed'));

describe('events: a thing sent that "landed" is no landing', () => {
  it('reads a statement, letter, email or results as the subject of "landed"', () => {
    assert.equal(landedIn('A written statement from the Transport Minister has just landed.'), true);
    assert.equal(landedIn('The union\'s letter landed on desks overnight.'), true);
    assert.equal(landedIn('An email from the head teacher finally landed in parents\' inboxes.'), true);
    assert.equal(landedIn('The exam results have landed.'), true);
  });

  it('keeps a craft\'s landing, also one carrying a letter, and a subject after a clause break', () => {
    assert.equal(landedIn('The first air ambulance helicopter landed on the pitch.'), false);
    assert.equal(landedIn('The plane carrying the letters landed in Tarvik.'), false);
    assert.equal(landedIn('According to the report, the glider landed short of the strip.'), false);
    assert.equal(landedIn('The seaplane landed.'), false);
  });

  it('keys no landing at the time of a thing sent, but the thing\'s delivery', () => {
    // (The thing that reached its readers is keyed as one delivered or announced: findings/sentThingOut.test.ts.)
    const keys = keysAt('At 11:52 a statement from the port authority landed in our inbox.', '11:52');
    assert.ok(!keys.includes('~land'), keys.join());
    assert.ok(keys.includes('~pronounce:statement'), keys.join());
    assert.ok(keysAt('At 11:52 the coastguard helicopter landed beside the pier.', '11:52').includes('~land'));
  });

  it('a blog entry on a letter that landed does not disagree with a helicopter\'s landing in another source', () => {
    const files = {
      '001_wire.txt': 'Published May 4, 2027\n\nThe first air ambulance landed at 17:08, the regional emergency service said.',
      '002_blog.md': '**15:41** – A letter from the regional governor has just landed: "We will spare nothing."\n\n**15:02** – Roads into the valley are closed.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_blog.md', 'time-conflict'), []);
  });
});

function keysAt(text: string, time: string): string[] {
  return eventKeysAt(text, time);
}
