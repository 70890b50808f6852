// "a trainee on 24,800 marks a year" / "Trainee: 24,800 → about 27,100 marks": the second source's
// sentence states the first's number itself, so its other number there is another quantity (where
// the pay goes), not a disagreement about the first's. Sources are held to each other both ways.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a source whose own sentence states the other source\'s number', () => {
  const blog = 'Published June 9, 2027\n\n- Trainee paramedic: 24,800 → about 27,100 marks';

  it('does not hold the starting pay against where the pay goes', () => {
    const files = {
      '001_blog.md': blog,
      '002_radio.txt': 'Published June 9, 2027\n\nFor a trainee paramedic on twenty-four thousand eight hundred marks, that means a little over twenty-seven thousand by next spring.',
    };
    for (const path of Object.keys(files)) {
      const conflicts = findingsIn(files, path, 'figure-conflict');
      assert.equal(conflicts.length, 0, `${path}: ${JSON.stringify(conflicts)}`);
    }
  });

  it('still holds a trainee\'s pay that neither number of the other source matches', () => {
    const files = {
      '001_blog.md': blog,
      '002_wire.txt': 'Published June 9, 2027\n\nA trainee paramedic will earn about 29,400 marks by next spring.',
      '003_release.txt': 'Published June 9, 2027\n\nA trainee paramedic will earn about 27,100 marks by next spring.',
    };
    const conflicts = findingsIn(files, '002_wire.txt', 'figure-conflict');
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  });
});
