// "the Head, Investor Relations, Mr. Tomas Fenwick-Hale, said": a department set off by commas after a
// title ("Corporate Communications", "Public Affairs", "Human Resources") is no one's name. Read as a
// person, it took the quotation from the named speaker after it, and every source that credits the
// speaker by name was held to "Investor Relations". Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';

function credits(text: string): { people: string[]; speakers: (string | undefined)[] } {
  const a = analyzeArticle({ path: '/desk/001_release.txt', text });
  return { people: a.people.map((p) => p.name), speakers: a.quotes.map((q) => q.speaker?.key) };
}

describe('people: a department after a title is not a person', () => {
  it('credits the named speaker after "Head, Investor Relations,"', () => {
    const got = credits('Speaking on the merger, the Head, Investor Relations, Mr. Tomas Fenwick-Hale, said: "We have waited a long time for this day."');
    assert.ok(!got.people.includes('Investor Relations'), JSON.stringify(got));
    assert.deepEqual(got.speakers, ['tomas fenwick-hale']);
  });

  it('reads no person in other departments\' names', () => {
    for (const dept of ['Corporate Communications', 'Public Affairs', 'Human Resources', 'Network Operations', 'Student Admissions']) {
      const got = credits(`The Director, ${dept}, Mrs. Ilse Brandauer-Kopp, said the office would open on Monday.`);
      assert.ok(!got.people.includes(dept), `${dept}: ${JSON.stringify(got)}`);
      assert.ok(got.people.includes('Ilse Brandauer-Kopp'), `${dept}: ${JSON.stringify(got)}`);
    }
  });

  it('keeps surnames that end in -s', () => {
    const got = credits('Director Owen Adams said the office would open on Monday. Nurse Jo Evans said it was overdue.');
    assert.ok(got.people.includes('Owen Adams') && got.people.includes('Jo Evans'), JSON.stringify(got));
  });
});
