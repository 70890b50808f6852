// A live blog with its newest entry first, dated by its "Last updated" line: going down, a stamp later on
// the clock than the one above it is the evening before ("6.20 am … 5.40 am … 11.15 pm"). Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const BLOG = [
  'RIVERTOWN FLOODS LIVE',
  '',
  'Last updated: Friday, July 11, 2025, 6.20 am IST',
  '',
  '6.20 am',
  'The Meenachil river has fallen below the danger mark, officials say.',
  '',
  '5.40 am',
  'Boats are back at the Kumaranalloor jetty.',
  '',
  '3.10 am',
  'Relief camps at two schools are full.',
  '',
  '11.15 pm',
  'The embankment near the old bridge gave way at 10.50 pm, the district collector said.',
  '',
  '9.30 pm',
  'Schools will stay shut on Friday.',
  '',
  '8.05 pm',
  'Yesterday the river peaked at 6.4 metres.',
  '',
].join('\n');

describe('times: a newest-first live blog that goes back past midnight', () => {
  it('dates the entries below the later stamp to the day before', () => {
    const { times } = timesIn(BLOG);
    assert.equal(claim(times, '5.40 am').date?.day, 11);
    assert.equal(claim(times, '11.15 pm').date?.day, 10);
    assert.equal(claim(times, '10.50 pm').date?.day, 10);
  });

  it('tells "yesterday" in such an entry from the entry\'s day', () => {
    const { times } = timesIn(BLOG);
    assert.equal(claim(times, 'Yesterday').date?.day, 9);
  });

  it('leaves an oldest-first blog on its day', () => {
    const lines = ['Last updated: Friday, July 11, 2025', '', '9.05 am', 'Rain began.', '', '10.40 am', 'Rain eased.', '', '11.15 am', 'Roads opened.', '', '1.20 pm', 'Buses ran.', ''].join('\n');
    const { times } = timesIn(lines);
    assert.equal(claim(times, '1.20 pm').date?.day, 11);
  });
});
