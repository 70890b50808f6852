// "The previous record, 61.3 cm, was set on Jan. 30, 2021.", "The old mark had stood since 30 January
// 2021": a date told as when a past record was set is history, not the day the article was written
// nor its year. A wire dateline without a year took that record's year, and a draft with no dateline
// took the record's date for its own: every clock time of the story then fell on a day years before,
// meeting no other source's. Invented text.
import { strict as assert } from 'node:assert';
import { findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';

const dl = (body: string) => findDateline(prepareText(body, 'x.txt'));

describe('times: a past record\'s date is no dateline\'s', () => {
  it('does not give a yearless wire dateline the year of a record set before', () => {
    assert.deepEqual(dl('OSLO, Jan. 31 (Nordwire) - Oslo had its deepest snow in a day on Tuesday. The previous record, 61.3 cm, was set on Jan. 30, 2021.'),
      { month: 1, day: 31 });
    assert.deepEqual(dl('OSLO, Jan. 31 (Nordwire) - Oslo had its deepest snow in a day on Tuesday, beating a record set on Jan. 30, 2021.'),
      { month: 1, day: 31 });
  });

  it('does not date a draft by a record\'s date in its first lines', () => {
    assert.equal(dl('# Snow buries Oslo\n\nOslo had its deepest snow in a day on Tuesday, 31 January.\n\nThe old mark of 61.3 cm had stood since 30 January 2021.'), null);
  });

  it('still takes the year of a date of the story itself', () => {
    assert.deepEqual(dl('OSLO, Jan. 31 (Nordwire) - The city set a snow record on Tuesday. Schools reopen on Feb. 2, 2027.'), { year: 2027, month: 1, day: 31 });
    assert.deepEqual(dl('# Snow buries Oslo\n\nPublished 31 January 2027\n\nThe old mark had stood for years.'), { year: 2027, month: 1, day: 31 });
  });
});
