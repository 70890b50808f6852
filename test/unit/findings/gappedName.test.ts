// "Skyhop cancelled 297 flights" in a draft, where a source tells "Coastline alone cancelled 538 flights,
// Skyhop 297": the source tells the draft's number of the draft's name with the verb and noun left out,
// so it tells the draft's figure, and its count of another name (or of the same name at an earlier
// moment) is no rival of it. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a number told of a name with its verb and noun left out', () => {
  const sources = {
    '000_blog.md': '# Live: Merrow airport fog\n\n*All times local.*\n\n**11:40 p.m. Monday**\n\nHere is the final tally for Monday: 1,204 cancellations at Merrow. Coastline alone cancelled 538 flights, Skyhop 297.\n\n**3:05 p.m. Monday**\n\nThe tracking site now counts 610 cancelled flights. Coastline accounts for 301 of them and Skyhop for 164.',
    '001_wire.txt': 'MERROW, Feb. 3 (Coast Wire) - Airlines cancelled 1,204 flights at Merrow on Monday as fog closed the airport.',
  };

  it('does not hold the draft\'s count of one name to the count of another', () => {
    const files = { ...sources, 'draft.md': 'Fog closed Merrow airport on Monday. By the end of the day, airlines had cancelled 1,204 flights. Skyhop cancelled 297 flights and Coastline 538.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });

  it('still holds a count the source tells of no such name', () => {
    const files = { ...sources, 'draft.md': 'Fog closed Merrow airport on Monday. By the end of the day, airlines had cancelled 1,204 flights. Skyhop cancelled 279 flights and Coastline 538.' };
    assert.equal(findingsIn(files, 'draft.md', 'figure-conflict').length, 1);
  });
});
