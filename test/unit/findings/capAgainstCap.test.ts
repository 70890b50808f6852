// "up to 1.1 million litres a day on the hottest days" against a source's "an average of 300,000
// litres a day, rising to a maximum of 900,000 litres on the hottest days": two caps on one thing must
// agree, and the source's average, under either cap, is no support for the other cap.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figures: a cap held to a source that tells a cap and a figure under it', () => {
  const files = {
    '001_release.txt': 'Published May 4, 2027\n\nThe bottling plant will use an average of 300,000 litres of water a day, rising to a maximum of 900,000 litres on the hottest days.',
    '002_blog.txt': 'Published May 4, 2027\n\nThe planning officer told members the plant could use up to 1.1 million litres of water a day on the hottest days.',
    // Two caps are held to each other only where a third source tells one side's number (sidedByThird).
    '003_wire.txt': 'Published May 4, 2027\n\nThe company says the bottling plant will create 85 permanent jobs and could draw up to 900,000 litres of water a day on the hottest days.',
    '004_explainer.txt': 'Published May 4, 2027\n\nCouncillors will decide the application on Thursday. The site covers 14 hectares of farmland east of the town.',
  };

  it('the cap is flagged against the source’s cap, though the average lies under it', () => {
    const found = figureConflicts(files, '002_blog.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    // Without the rule the release's average "agreed" and only the wire was named.
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['001', '003']);
  });

  it('a cap the source’s own cap matches stays unflagged', () => {
    const same = { ...files, '002_blog.txt': files['002_blog.txt'].replace('1.1 million', '900,000') };
    assert.deepEqual(figureConflicts(same, '001_release.txt'), []);
    assert.deepEqual(figureConflicts(same, '002_blog.txt'), []);
  });
});
