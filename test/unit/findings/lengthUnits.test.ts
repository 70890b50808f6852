// Lengths in two units are one kind of quantity compared in metres: a draft's "six feet" for a
// source's "six metres" is a conflict, while a writer's rounded conversion ("a 3-mile road" for
// "4.8km") agrees within half a unit of its last digit.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: lengths told in different units', () => {
  it('flags a draft\'s cap in feet against a source\'s cap in metres said in like words', () => {
    const files = {
      '001_wire.txt': 'OSLO, March 2 (Wirepost) - Floodwater stood up to four metres deep in the underpass at the height of the storm, the roads agency said.',
      'draft_flood.md': '# Underpass flooded\n\nFloodwater stood up to four feet deep in the underpass at the height of the storm, the roads agency said.',
    };
    const found = findingsIn(files, 'draft_flood.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /four feet/);
  });

  // Guards on the slack: these hold without the rule too, and must hold with it.
  it('does not hold a rounded conversion in another unit against the figure it converts', () => {
    const files = {
      '001_wire.txt': 'LEEDS, May 4 (Wirepost) - The council approved the 4.8km Kirkgate Road cycle lane on Monday.',
      '002_paper.md': '# Cycle lane approved\n\nThe council approved the 3-mile Kirkgate Road cycle lane on Monday.',
      'draft_lane.md': '# Lane approved\n\nThe council approved the 4.8km Kirkgate Road cycle lane on Monday.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_paper.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, 'draft_lane.md', 'figure-conflict'), []);
  });

  it('still flags a draft length a converted source figure is a few per cent away from', () => {
    const files = {
      '001_wire.txt': 'CAIRNS, Jan 9 (Wirepost) - The gauge at Babinda recorded 512 mm (20.2 inches) of rain in 24 hours, the bureau said.',
      'draft_rain.md': '# Record rain\n\nThe gauge at Babinda recorded 521 mm of rain in 24 hours, the bureau said.',
    };
    assert.equal(findingsIn(files, 'draft_rain.md', 'figure-conflict').length, 1);
  });
});
