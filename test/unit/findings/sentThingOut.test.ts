// "The union's statement came out at 4:15 pm", "the board's letter landed at 5:15": a thing sent or
// published reaching its readers is its release, keyed as "announced in a statement" is, and two
// sources that put it at two times disagree. "The sun came out" is no release.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

describe('events: a statement that came out or landed', () => {
  it('keys the release by the thing sent', () => {
    assert.deepEqual(eventKeysAt('The union statement came out at 4:15 pm on Tuesday.', '4:15 pm').sort(), ['~pronounce:statement', '~pronounce:union']);
    assert.deepEqual(eventKeysAt('HOST: The union statement landed at 4:15 pm.', '4:15 pm').sort(), ['~pronounce:statement', '~pronounce:union']);
  });

  it('leaves "came out" of anything else alone', () => {
    assert.deepEqual(eventKeysAt('The sun came out at 4:15 pm over the harbour.', '4:15 pm'), []);
    assert.deepEqual(eventKeysAt('Hundreds of dockers came out at 4:15 pm.', '4:15 pm'), []);
  });

  it('holds a blog\'s release time against a wire\'s, an hour apart', () => {
    const files = {
      '000_wire.txt': 'PORT ELWYN, May 6 (Coast Wire) - The dock union announced the strike in a union statement at 4:15 pm local time on Tuesday.',
      '001_blog.md': '**Tuesday 6 May, 17:30**\n\nThe union statement came out at 5:15 pm local time. Main points: a 48-hour strike from Thursday.',
    };
    const found = findingsIn(files, '001_blog.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '5:15 pm local time');
  });
});
