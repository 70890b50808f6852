// "2:15 p.m. (1415 GMT, 3:15 p.m. in Italy)", "at 9am (10am in Germany)": a clock time in brackets
// right after another gives the same moment on a reader's clock elsewhere. Its zone is not the
// story's: not lent to the time before the brackets, nor to the article's other times.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

describe('times: a place\'s clock given in brackets after a time', () => {
  it('does not lend its zone to the time it converts (after a GMT conversion)', () => {
    const { times } = timesIn('The tribunal ruled at 2:15 p.m. (1415 GMT, 3:15 p.m. in Italy) on Tuesday. Protesters left shortly after 5 p.m.');
    assert.equal(claim(times, '2:15 p.m.').zone, null);
    assert.equal(claim(times, '3:15 p.m. in Italy').zone, 'Paris time');
    assert.equal(claim(times, 'shortly after 5 p.m.').zone, null);
  });

  it('does not make the article\'s zone when it is the only zone written', () => {
    const { times } = timesIn('The hearing resumes on Monday 9 November 2026 at 9am (10am in Germany). Lawyers met at 8.30am.');
    assert.equal(claim(times, '9am').zone, null);
    assert.equal(claim(times, '8.30am').zone, null);
    assert.equal(claim(times, '10am in Germany').zone, 'Paris time');
  });

  it('still lends a zone written on a later time outside brackets', () => {
    const { times } = timesIn('Polls opened at 7am and closed at 10pm in Germany on Sunday 8 November 2026.');
    assert.equal(claim(times, '7am').zone, 'Paris time');
  });
});
