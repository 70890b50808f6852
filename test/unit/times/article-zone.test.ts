import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const AUG_4_2025 = { year: 2025, month: 8, day: 4 };

describe('times: one zone for the whole article', () => {
  it('gives a live blog zone stated once, late, to the times before it', () => {
    const body = [
      'Live updates: water main break',
      '9:55 p.m.\nCity crews say repairs will run past midnight.',
      '8:10 p.m.\nTraffic is being diverted around Elm Street.',
      '7:35 p.m.\nWhat we know:\n- The main burst at about 7:05 p.m. CT near the rail yard.',
      '7:20 p.m.\nReaders report low pressure across the north side.',
    ].join('\n\n');
    const { times } = timesIn(body, AUG_4_2025);
    const first = claim(times, '9:55 p.m.');
    assert.equal(first.zone, 'CT');
    assert.equal(first.zoneExplicit, false);
    assert.equal(first.utcMinutes, 21 * 60 + 55 + 300); // CDT is UTC-5 in August
    assert.equal(claim(times, 'about 7:05 p.m. CT').zoneExplicit, true);
    assert.equal(claim(times, '7:20 p.m.').zone, 'CT');
  });

  it('uses the daylight-saving zone of a family written two ways', () => {
    const { times } = timesIn('Voting ran late. Polls closed at 8 p.m.\n\nThe count began at 9 p.m. EDT and ended at 1 a.m. ET.', AUG_4_2025);
    const eight = claim(times, '8 p.m.');
    assert.equal(eight.zone, 'ET');
    assert.equal(eight.utcMinutes, 20 * 60 + 240);
  });

  it('does nothing when the article states two zone families', () => {
    const { times } = timesIn('Trading opened late at 9:40 a.m.\n\nLondon reacted at 3 p.m. BST, and Chicago at 8 a.m. CT.', AUG_4_2025);
    const t = claim(times, '9:40 a.m.');
    assert.equal(t.zone, null);
    assert.equal(t.utcMinutes, undefined);
  });

  it('does nothing when the article also writes "local time"', () => {
    const { times } = timesIn('The first tremor came at 4:12 a.m.\n\nA second hit at 6 a.m. local time, or 11 p.m. ET.', AUG_4_2025);
    assert.equal(claim(times, '4:12 a.m.').zone, null);
    assert.equal(claim(times, '6 a.m. local time').zone, 'local time');
  });

  it('does not spread GMT given beside local times in wire copy', () => {
    const { times } = timesIn('Rescuers arrived at 6:30 a.m.\n\nThe dam gave way at 0412 GMT, officials said. The alert went out at 7 a.m.', AUG_4_2025);
    assert.equal(claim(times, '6:30 a.m.').zone, null);
    assert.equal(claim(times, '7 a.m.').zone, null);
  });

  it('keeps GMT for every zone-less time of a blog that says "All times GMT"', () => {
    const body = 'Markets Live | Tuesday 9 March 2027\nBlog by a markets reporter. All times GMT. Newest posts first.\n\n14:10\nThe results call starts at 14:30.';
    const { times } = timesIn(body);
    assert.equal(claim(times, '14:30').zone, 'GMT');
    assert.equal(claim(times, '14:30').zoneExplicit, false);
    assert.equal(claim(times, '14:30').utcMinutes, 14 * 60 + 30);
    // Without the declaration, GMT written beside one time is still no clock of the others.
    const wire = timesIn('Tuesday 9 March 2027\n\nThe statement came at 1400 GMT. The results call starts at 14:30.');
    assert.equal(claim(wire.times, '14:30').zone, null);
  });

  it('does not lend a GMT conversion in brackets to the local time before it', () => {
    const { times } = timesIn('The minister spoke at 11 a.m. (0900 GMT) in Athens.', AUG_4_2025);
    assert.equal(claim(times, '11 a.m.').zone, null);
    assert.equal(claim(times, '0900 GMT').utcMinutes, 9 * 60);
  });

  it('does not lend a GMT time told as a conversion ("– that\'s 01:05 GMT –") to the time before it, nor to the times after', () => {
    const { times } = timesIn('At 2.05am on Monday – that\'s 01:05 GMT, for the logs – the pumps failed. By 3.40am crews were on site, and at 4.10am we closed the road.', AUG_4_2025);
    assert.equal(claim(times, '2.05am').zone, null);
    assert.equal(claim(times, 'By 3.40am').zone, null);
    assert.equal(claim(times, '4.10am').zone, null);
    assert.equal(claim(times, '01:05 GMT').utcMinutes, 65);
    // A GMT time the writer tells as the story's own still carries on.
    const own = timesIn('The pumps failed at 01:05 GMT. Crews were on site by 02:40.', AUG_4_2025);
    assert.equal(claim(own.times, 'by 02:40').zone, 'GMT');
  });

  it('takes the zone of an event heading line, but not of a publication timestamp', () => {
    const heading = timesIn('Harbour fire briefing\nWhitby, North Yorkshire – Tuesday 5 August 2025, 10:00 BST\n\nCrews arrived at 7.20 this morning.');
    const t = claim(heading.times, '7.20');
    assert.equal(t.zone, 'BST');
    assert.deepEqual(t.date, { year: 2025, month: 8, day: 5 });
    assert.equal(t.utcMinutes, 6 * 60 + 20);
    const stamp = timesIn('Harbour fire\nUpdated 10:14 PM EDT, Mon Aug 4, 2025\n\nCrews arrived at 7:20 a.m.');
    assert.equal(claim(stamp.times, '7:20 a.m.').zone, null);
  });
});
