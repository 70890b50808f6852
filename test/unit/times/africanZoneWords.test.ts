// "4:15 p.m. West Africa Time (1515 GMT)", "All times East Africa Time (EAT, UTC+3)": Africa's clocks
// written in words are zones like "EAT" and "WAT"; "p.m." before them does not end the sentence, and
// "Central African Time" is not US Central followed by words. An article that says in words which
// clock it keeps ("Times in this transcript are East Africa Time") keeps it for its zone-less times.
// Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const JUNE_3_2031 = { year: 2031, month: 6, day: 3 };

describe('times: African zones written in words', () => {
  it('reads East, West and Central Africa Time and keeps the sentence whole', () => {
    const { text, times } = timesIn('The ferry docked at 4:15 p.m. West Africa Time (1515 GMT), the port said.', JUNE_3_2031);
    const docked = claim(times, '4:15 p.m. West Africa Time');
    assert.equal(docked.zone, 'WAT');
    assert.equal(docked.utcMinutes, 15 * 60 + 15);
    assert.equal(claim(times, '1515 GMT').sentence, docked.sentence);
    assert.equal(text.sentences.length, 1);
    assert.equal(claim(timesIn('Voting closed at 6 p.m. East African Time on Sunday.', JUNE_3_2031).times, '6 p.m. East African Time').utcMinutes, 15 * 60);
    const central = claim(timesIn('The vote closed at 5 p.m. Central African Time.', JUNE_3_2031).times, '5 p.m. Central African Time');
    assert.equal(central.zone, 'CAT');
    assert.equal(central.utcMinutes, 15 * 60);
  });

  it('keeps a zone an article declares in words for its zone-less times', () => {
    const blog = 'Harbour desk · All times East Africa Time (EAT, UTC+3)\n\n10:05 — The ferry is in.\n\n09:40 — Crowds gather at the quay.';
    assert.equal(claim(timesIn(blog, JUNE_3_2031).times, '09:40').utcMinutes, 6 * 60 + 40);
    const transcript = 'HOST: The port reopened at ten past nine this morning.\n\nEditor\'s note: Times in this transcript are East Africa Time, three hours ahead of GMT.';
    assert.equal(claim(timesIn(transcript, JUNE_3_2031).times, 'ten past nine').zone, 'EAT');
  });

  it('does not read a sentence opening with East after a time as a zone', () => {
    const { text } = timesIn('The summit ended at 6 p.m. East African leaders then left for the airport.', JUNE_3_2031);
    assert.equal(text.sentences.length, 2);
  });
});
