// A reporter's transcript turn that retells a named person's words in indirect speech ("One of the
// passengers, Tam Oduya, told me she saw …") credits the words to that person. Read as the reporter's
// own, they were an attribution conflict with every source quoting the person. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const radio = [
  'HARBOUR RADIO - EVENING NEWS',
  '',
  'MIRA TALLEK (presenter): Good evening. A ferry ran aground off Port Elva this morning. Our reporter Jonas Brell is at the quay. Jonas?',
  '',
  'JONAS BRELL (reporter): Mira, all forty passengers are ashore. One of them, the teacher Tam Oduya, told me she saw the hull scrape along the rocks for a full minute.',
  '',
  'MIRA TALLEK: Thank you, Jonas.',
].join('\n');

const blog = [
  '# Live: ferry aground off Port Elva',
  '',
  '**11:05** – Passenger Tam Oduya, a teacher, told us she saw "the hull scrape along the rocks for a full minute" before the ferry stopped.',
].join('\n');

describe('findings: a transcript turn retelling a named person', () => {
  it('credits the retold words to the person named before the cue, not to the reporter', () => {
    const files = { '000_radio.txt': radio, '001_blog.md': blog };
    assert.deepEqual(findingsIn(files, '000_radio.txt', 'attribution-conflict').map((f) => f.message), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'attribution-conflict').map((f) => f.message), []);
  });

  it('still holds the turn to a source that credits the words to someone else', () => {
    const other = blog.replace('Passenger Tam Oduya, a teacher, told us she', 'The ferry\'s captain, Ilkka Varn, told us he');
    const files = { '000_radio.txt': radio, '001_blog.md': other };
    assert.equal(findingsIn(files, '001_blog.md', 'attribution-conflict').length, 1);
  });

  it('reads the name before the cue with its accents, as the person key drops them', () => {
    // "Núñez" in the turn, key "tomas nunez": the accented name is still the person retold.
    const accented = radio.replace('the teacher Tam Oduya, told me she', 'the teacher Tomás Núñez, told me he');
    const quoted = blog.replace('Passenger Tam Oduya, a teacher, told us she', 'Passenger Tomás Núñez, a teacher, told us he');
    const files = { '000_radio.txt': accented, '001_blog.md': quoted };
    assert.deepEqual(findingsIn(files, '000_radio.txt', 'attribution-conflict').map((f) => f.message), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'attribution-conflict').map((f) => f.message), []);
  });
});
