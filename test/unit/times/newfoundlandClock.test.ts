// Newfoundland keeps a half-hour zone, UTC−3:30 ("NST", "Newfoundland Standard Time", "Newfoundland
// time"). Unknown, its times fell to whatever other zone the article wrote (an EST conversion), and a
// correct GMT conversion then looked an hour out. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const FEB_6_2026 = { year: 2026, month: 2, day: 6 };

describe('times: Newfoundland\'s half-hour clock', () => {
  it('reads NST and the zone in words at UTC−3:30', () => {
    const { times } = timesIn('The ferry left Argentia at 7:45 a.m. NST and docked at 11:15 a.m. Newfoundland Standard Time on Friday.', FEB_6_2026);
    assert.equal(claim(times, '7:45 a.m. NST').zone, 'NST');
    assert.equal(claim(times, '7:45 a.m. NST').utcMinutes, 7 * 60 + 45 + 210);
    assert.equal(claim(times, '11:15 a.m. Newfoundland Standard Time').utcMinutes, 11 * 60 + 15 + 210);
  });

  it('reads "Newfoundland time" and its summer clock', () => {
    const { times } = timesIn('Voting closed at 8 p.m. Newfoundland time. Results came at 10:30 p.m. NDT.', FEB_6_2026);
    assert.equal(claim(times, '8 p.m. Newfoundland time').utcMinutes, 20 * 60 + 210);
    assert.equal(claim(times, '10:30 p.m. NDT').utcMinutes, 22 * 60 + 30 + 150);
  });
});

describe('times: a zone abbreviation after "a.m." continues the sentence', () => {
  it('keeps NST with its time, so the bracketed EST is the conversion and NST the story\'s clock', () => {
    const { times } = timesIn('Mayor Lyle Dobbin closed the causeway at 9:30 a.m. NST (8 a.m. EST), citing ice.\n\nBy 6 p.m. the causeway had reopened.', FEB_6_2026);
    assert.equal(claim(times, 'By 6 p.m.').zone, 'NST');
    const spelled = timesIn('Mayor Lyle Dobbin closed the causeway at 9:30 a.m. Newfoundland Standard Time (8 a.m. EST), citing ice.\n\nBy 6 p.m. it had reopened.', FEB_6_2026);
    assert.equal(claim(spelled.times, 'By 6 p.m.').zone, 'NST');
  });
});
