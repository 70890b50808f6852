// A draft's time that agrees with two sources whose own checks dispute a third source's time (the
// many's side of a dispute among the sources) is held to that third time too, though the draft's
// words reach only the many: the draft repeats a side. One source against one leaves the draft alone.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const timeConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'time-conflict');

describe('time findings: a draft on the many\'s side of the sources\' dispute', () => {
  const blog = '001_blog.txt';
  const sources: Record<string, string> = {
    [blog]: 'Published March 9, 2027\n\nAll times CET.\n\n09.10 – According to Nordvik Water, engineers on the night shift spotted the burst main at around 07.20 on Tuesday.',
    '002_release.txt': 'Published March 9, 2027\n\nAll times CET.\n\nEngineers on the night shift spotted the burst main, a 40-centimetre crack, at 06.20 on Tuesday, Nordvik Water said.',
    '003_radio.txt': 'Published March 9, 2027\n\nAll times CET.\n\nThe night shift spotted the burst main, with a 40-centimetre crack, at 06.20 on Tuesday, the water company said.',
  };
  const draft = 'Water flooded the tunnel under Strandgata on Tuesday. Nordvik Water\'s crew found a 40-centimetre crack in the pipe at 06.20 local time (05.20 UTC).';

  it('holds the draft to the third source the many dispute', () => {
    assert.equal(timeConflicts(sources, '002_release.txt').length, 1);
    const found = timeConflicts({ ...sources, 'draft_main.md': draft }, 'draft_main.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['001']);
  });

  it('one source against one leaves the draft alone', () => {
    const two = { [blog]: sources[blog], '002_release.txt': sources['002_release.txt'], 'draft_main.md': draft };
    assert.deepEqual(timeConflicts(two, 'draft_main.md'), []);
  });
});
