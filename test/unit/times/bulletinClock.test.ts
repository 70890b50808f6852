// How Philippine disaster bulletins and radio transcripts tell the clock. Invented text.
// - "0515H": the 24-hour clock with a capital H glued on, as bulletins and military signals write it;
// - "21 March (Saturday)": a timeline's day line with its weekday in brackets dates the entries under it;
// - "four-fifty this morning": hour and minutes in words joined by a hyphen, as transcripts write them;
// - "PST" in an article that says it keeps Philippine Standard Time (UTC+8) is that clock, not US Pacific.
import { strict as assert } from 'node:assert';
import { claim, texts, timesIn } from './helpers';

const MARCH_21_2026 = { year: 2026, month: 3, day: 21 };

describe('times: a bulletin\'s and a transcript\'s clock', () => {
  it('reads "0515H" and "1730H" as clock times, and no count or code', () => {
    const { times } = timesIn('TIMELINE\n\n- 0515H  Ferry MV Lunas reports engine failure off Romblon.\n- 1730H  All 86 passengers ashore.\n\nThe 2400 kg cargo and the ATR 7200HX were not affected.\n', MARCH_21_2026);
    assert.equal(claim(times, '0515H').localMinutes, 5 * 60 + 15);
    assert.equal(claim(times, '1730H').localMinutes, 17 * 60 + 30);
    assert.deepEqual(texts(times), ['0515H', '1730H']);
  });

  it('dates the entries under "21 March (Saturday)" by that day line', () => {
    const body = 'The council met on Friday, 20 March, to plan.\n\nTIMELINE\n\n20 March (Friday)\n\n- 2200H  Gale warning raised.\n\n21 March (Saturday)\n\n- 0515H  Ferry reports engine failure.\n';
    const { times } = timesIn(body, MARCH_21_2026);
    assert.equal(claim(times, '2200H').date.day, 20);
    assert.equal(claim(times, '0515H').date.day, 21);
  });

  it('reads "four-fifty this morning" and "eleven-thirty" said in words with a hyphen', () => {
    const { times } = timesIn('HOST: The ferry lost power at four-fifty this morning, and the coast guard reached it at eleven-thirty this morning.', MARCH_21_2026);
    assert.equal(claim(times, 'four-fifty').localMinutes, 4 * 60 + 50);
    assert.equal(claim(times, 'eleven-thirty').localMinutes, 11 * 60 + 30);
  });

  it('reads PST as UTC+8 where the article keeps Philippine Standard Time, and as US Pacific elsewhere', () => {
    const ph = timesIn('All times Philippine Standard Time (PST, UTC+8).\n\nThe ferry docked at 6:10 a.m. PST on Saturday.', MARCH_21_2026);
    assert.equal(claim(ph.times, '6:10 a.m. PST').utcMinutes, 6 * 60 + 10 - 480);
    const us = timesIn('The game in Seattle starts at 6:10 p.m. PST on Saturday.', MARCH_21_2026);
    assert.equal(claim(us.times, '6:10 p.m. PST').utcMinutes, 18 * 60 + 10 + 480);
  });
});
