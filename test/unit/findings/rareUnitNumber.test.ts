// "about 36.4 million litres" where three sources or more tell "36.4 million cubic metres", each in
// words of its own: a number of three significant digits or more is seldom told of two quantities by
// chance, so that many tellings of it with another unit of the kind settle what it measures, though
// none shares two words beside it with the draft (findings/measureUnit.ts). Not with two sources, nor
// for a number as round as "36 million". Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = (n: string) => ({
  '000_wire.txt': `ASMARA, Feb 3 (Horn Wire) - Storage behind the Toker, Mai Nefhi and Adi Sheka dams stood at ${n} million cubic metres on Monday, officials said.`,
  '001_blog.md': `Published February 3, 2031\n\n**11:20** – Engineers give the total held in the capital's reservoirs as about ${n} million m³.`,
  '002_release.md': `Published February 3, 2031\n\nThe water department reports combined reserves of approximately ${n} million m³ across its three dams.`,
});
const draft = (n: string) => `That leaves about ${n} million litres for a city of nearly a million people.`;

describe('figure findings: a rare number the sources give in another unit', () => {
  it('flags the draft\'s unit where three sources give its rare number in another', () => {
    const found = findingsIn({ ...sources('36.4'), 'draft_dams.md': draft('36.4') }, 'draft_dams.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.text), ['about 36.4 million litres']);
    assert.ok(found[0].against.length >= 3, JSON.stringify(found[0].against));
  });

  it('does not for two sources, nor for a round number', () => {
    const two = sources('36.4');
    delete (two as Record<string, string>)['002_release.md'];
    assert.deepEqual(findingsIn({ ...two, 'draft_dams.md': draft('36.4') }, 'draft_dams.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn({ ...sources('36'), 'draft_dams.md': draft('36') }, 'draft_dams.md', 'figure-conflict'), []);
  });
});
