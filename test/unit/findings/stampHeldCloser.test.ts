// A live blog whose "**09:22**" entry has the judge reading from the verdict, and whose "**09:00**" entry
// tells that "the reading began at 9:00 sharp", against a radio's "began reading the verdict at ten
// o'clock": the later stamp is held to the radio's time by like words alone, while the blog's own
// "began at 9:00" is held to it by the onset itself. That telling is the counterpart and carries the
// dispute; the later stamp is a later scene (heldCloserElsewhere). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files: Record<string, string> = {
  '000_wire.txt': 'Madrid court orders Atlantis Pesca to pay fishermen\n\nMADRID, Feb 3 (PTW) - A Madrid court on Tuesday ordered trawler operator Atlantis Pesca to pay 4,100 fishermen for lost catches.\n\nJudge Rita Saraiva began reading the verdict at 9 a.m. (0800 GMT) in a full courtroom.\n',
  '001_blog.md': '# LIVE: Atlantis Pesca verdict\n\n**Court Daily live desk** · Tuesday 3 February 2026 · all times CET\n\n---\n\n' +
    '**09:22** Judge Rita Saraiva, reading from the verdict: "The company knew its nets were destroying the fishing grounds."\n\n' +
    '**09:00** Judge Rita Saraiva has entered the courtroom. The reading began at 9:00 sharp.\n\n' +
    '**08:40** About 200 fishermen have gathered outside the court.\n',
  '002_radio.txt': 'RADIO IBERICA\nTranscript\n\nANA COSTA: Our reporter Rui Matos was in court. Rui?\n\nRUI MATOS: Ana, Judge Rita Saraiva began reading the verdict at ten o\'clock.\n\nANA COSTA: Thank you, Rui.\n',
};

describe('time findings: a blog\'s stamp held to a time its own article tells by the onset', () => {
  it('flags the blog\'s "began at 9:00", not the later stamp', () => {
    const found = findingsIn(files, '001_blog.md', 'time-conflict');
    assert.equal(found.length, 1);
    assert.ok(found[0].span.start > files['001_blog.md'].indexOf('**09:00**'));
  });

  it('still flags the radio\'s hour', () => {
    assert.equal(findingsIn(files, '002_radio.txt', 'time-conflict').length, 1);
  });
});
