// "published the results at 3:45 p.m. (13:45 GMT)" / "results, which were published at 3:30 p.m. SAST
// (1330 GMT)": one action on one thing, each side told with its conversion to another clock in
// brackets, is read to the minute on both sides (no one converts an estimate for readers abroad), so a
// quarter hour apart is a disagreement. A source telling the very minute of one side in words of its
// own ("at half past three") is held to the other side too, though its looser telling would let both
// stand. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('times: readings told with their conversion a quarter hour apart', () => {
  const wire = 'PRETORIA, March 4 (Veldt Wire) - The statistics agency said unemployment fell to 31.2 per cent, according to the results, which were published at 3:30 p.m. SAST (1330 GMT).';
  const release = 'STATISTICS AGENCY\nTuesday 4 March 2031\n\nThe quarterly labour results were published at 3:30 p.m. SAST (13:30 GMT) on the agency website.';
  const blog = 'Jobs data live · Tuesday, 4 March 2031\n\n16:10 - That is all from us.\n\n15:47 - The labour results are out. The agency published them at 3:45 p.m. (13:45 GMT). Unemployment: 31.2 per cent.';
  const radio = 'HOST: The agency published the labour results at half past three this afternoon, and unemployment fell.';
  const files = { '001_wire.txt': wire, '002_release.txt': release, '003_blog.txt': blog, '004_radio.txt': radio, 'draft.md': 'Unemployment fell to 31.2 per cent.' };
  const times = (path: string) => findingsIn(files, path, 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

  it('holds the blog against the wire and the release, and them against the blog', () => {
    assert.ok(times('003_blog.txt').some((f) => f.includes('001') || f.includes('002')), JSON.stringify(times('003_blog.txt')));
    assert.ok(times('001_wire.txt').some((f) => f.includes('003')), JSON.stringify(times('001_wire.txt')));
  });

  it('holds the radio\'s half past three to the blog, as the wire telling its minute is', () => {
    assert.ok(times('004_radio.txt').some((f) => f.includes('003')), JSON.stringify(times('004_radio.txt')));
  });

  it('leaves the same readings a quarter hour apart alone without conversions', () => {
    const loose = { '001_wire.txt': wire, '003_blog.txt': blog.replace(' (13:45 GMT)', ''), 'draft.md': 'Unemployment fell.' };
    assert.deepEqual(findingsIn(loose, '003_blog.txt', 'time-conflict').length, 0);
  });
});
