// "on 12 and 13 March", "on Sept. 4 and 5", "March 10-12": days of one month told as a list or a span.
// Either day is right for the event, so neither is a date claim held against another source's one
// day (a two-day inquiry told "Sept. 4" by one outlet and "5 September" by another agrees), and the
// other day's number is no figure.
import { strict as assert } from 'node:assert';
import { extractFigures } from '../../../server/src/analysis/claims/figures';
import { texts, timesIn } from './helpers';

const figuresOf = (body: string) => {
  const { text, times } = timesIn(body);
  return extractFigures(text, times).map((f) => f.text);
};

describe('times: days told as a list or span of one month', () => {
  it('reads no single day from a list or span', () => {
    assert.deepEqual(texts(timesIn('The inquiry sat on 12 and 13 March in Leeds.').times), []);
    assert.deepEqual(texts(timesIn('A second hearing ran on Sept. 4 and 5, mostly online.').times), []);
    assert.deepEqual(texts(timesIn('Talks ran March 10-12 at the hotel.').times), []);
    assert.deepEqual(texts(timesIn('The fair runs from 3 to 5 August 2029.').times), ['August 2029']);
  });

  it('keeps the other day out of the figures', () => {
    assert.deepEqual(figuresOf('The inquiry sat on 12 and 13 March in Leeds.'), []);
    assert.deepEqual(figuresOf('A second hearing ran on Sept. 4 and 5, mostly online.'), []);
  });

  it('still reads one day, two full dates and a count after a date', () => {
    assert.deepEqual(texts(timesIn('The vote was held on 9 May.').times), ['9 May']);
    assert.deepEqual(texts(timesIn('The depot is shut between 9 March and 12 March.').times), ['9 March', '12 March']);
    assert.deepEqual(texts(timesIn('It opened on March 10 and 2 April.').times), ['March 10', '2 April']);
    assert.deepEqual(figuresOf('On March 10, 11 people were hurt.'), ['11 people']);
  });
});
