// How long a stoppage lasted has one value in a story: "The shutdown lasted two and a half hours",
// "shutting the network for 150 minutes", "some two hours and 40 minutes after the shutdown began",
// "two and a half hours with no trains". Each source that tells one span of its story's stoppage is
// held to the others', whatever words each outlet puts round it. Invented text.
import { strict as assert } from 'node:assert';
import { toldAsStopSpan } from '../../../server/src/analysis/findings/stopSpans';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

describe('figure findings: one span of a stoppage per story', () => {
  it('reads a duration told as how long something stood still, and not others', () => {
    const text = 'The ferry service was suspended for 90 minutes. The crossing takes 40 minutes. Power came back 20 minutes after the outage began. Staff worked for six hours.';
    const a = analyzeArticle({ path: 'x.txt', text });
    assert.deepEqual(a.figures.filter((f) => toldAsStopSpan(a, f)).map((f) => f.text), ['90 minutes', '20 minutes']);
  });

  const sources = {
    '000_wire.txt': 'LISBON, March 4 (Coastwire) - The Lisbon metro stopped all trains at 7:20 a.m. on Wednesday after a signalling fault, shutting the network for 150 minutes. The operator restarted the trains at 9:50 a.m.',
    '001_blog.md': '# Live: Lisbon metro\n\n**09:55** Trains are moving again. The shutdown lasted two and a half hours.',
    '003_radio.txt': 'PRESENTER: Metro trains stopped at twenty past seven and restarted at ten to ten. That is two and a half hours with no trains in the capital.',
  };

  it('holds a source\'s span of the stoppage against the others\', told in other words', () => {
    const files = {
      ...sources,
      '002_paper.txt': 'Lisbon metro trains stopped at 07:20 on Wednesday. After checks, the operator restarted the trains at 10:00, some two hours and 40 minutes after the shutdown began. The first trains ran 15 minutes late.',
    };
    assert.deepEqual(conflicts(files, '002_paper.txt'), ['some two hours and 40 minutes']);
    assert.deepEqual(conflicts(files, '000_wire.txt'), ['150 minutes']);
    assert.deepEqual(conflicts(files, '001_blog.md'), ['two and a half hours']);
    assert.deepEqual(conflicts(files, '003_radio.txt'), ['two and a half hours']);
  });

  it('leaves a source that tells two stoppages of different lengths alone', () => {
    const files = {
      ...sources,
      '002_paper.txt': 'Lisbon metro trains stopped at 07:20 on Wednesday. The operator restarted the trains at 10:00, some two hours and 40 minutes after the shutdown began. A second line was shut for 20 minutes at noon.',
    };
    assert.deepEqual(conflicts(files, '002_paper.txt'), []);
    assert.deepEqual(conflicts(files, '001_blog.md'), []);
  });
});
