// A service's repeating hours ("open 9 a.m. to 7 p.m. ET, Monday through Friday", "(Mon–Sat,
// 7am–9pm)") are a timetable: hours kept on other days are another service's (a helpline abroad),
// never held against the draft's; the same timetable told with another closing time still is.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';
import { openingHoursDays } from '../../../server/src/analysis/alignment/openingHours';

function timeConflicts(files: Record<string, string>, path: string): string[] {
  const analyses = Object.entries(files).map(([p, text]) => analyzeArticle({ path: p, text }));
  const doc = reviewArticles(analyses).documents.find((d) => d.path === path);
  return (doc?.findings ?? []).filter((f) => f.kind === 'time-conflict').map((f) => f.against.map((e) => e.label).join(','));
}

/** The days of the hours the clock time `time` (its first occurrence) ends, in a one-sentence text. */
function days(sentence: string, time: string): string | null {
  const start = sentence.indexOf(time);
  return openingHoursDays(sentence, { start: 0, end: sentence.length }, { start, end: start + time.length });
}

describe('findings: a service\'s opening hours', () => {
  it('reads the days of a range of clock times told with weekdays, and nothing else', () => {
    assert.equal(days('Ring the Brightwell line on 0800 555 0199, open 9 a.m. to 7 p.m. ET, Monday through Friday.', '7 p.m.'), 'mon-fri');
    assert.equal(days('Canadian owners: 1-800-555-0133 (Mon–Sat, 7am–9pm).', '7am'), 'mon-sat');
    assert.equal(days('Branches will open on Sundays from 10am to 2pm until March.', '10am'), 'sun');
    assert.equal(days('The clinic runs from 8:30 a.m. to 5:30 p.m. daily at the town hall.', '8:30 a.m.'), 'daily');
    assert.equal(days('The helpline opened at 9 a.m. on Monday, the company said.', '9 a.m.'), null);
    assert.equal(days('Polls are open from 7am to 10pm on Thursday.', '10pm'), null);
  });

  it('does not hold the draft\'s helpline hours against another service\'s, kept on other days', () => {
    const wire = 'TORONTO, March 3 (Northwire) - Brightwell said owners can call its customer line at 1-800-555-0177, open 8 a.m. to 9 p.m. ET, Monday through Friday.';
    const draft = 'Owners in Britain can call the Brightwell customer line on 0800 555 0181, from 8am to 5pm, Monday to Saturday.';
    assert.deepEqual(timeConflicts({ '001_wire.txt': wire, 'draft.md': draft }, 'draft.md'), []);
  });

  it('still holds the same timetable told an hour late', () => {
    const paper = 'Free bottled water is available at Corrin Hall from 9 a.m. to 7 p.m. daily, the county said.';
    const bulletin = 'Bottled water is available free every day from 9 a.m. to 7 p.m. at Corrin Hall.';
    const draft = 'Bottled water is available at Corrin Hall, which is open from 10 a.m. to 8 p.m. daily.';
    assert.deepEqual(timeConflicts({ '001_paper.txt': paper, '002_bulletin.txt': bulletin, 'draft.md': draft }, 'draft.md'), ['001,002']);
  });
});
