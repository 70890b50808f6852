// A draft's measure whose very number two sources or more give, in like words, with another unit of
// the same kind ("38lb of rhino horn" / "38kg of rhino horn", "4 miles east of" / "4 km east of",
// "150 kilowatts" / "150 megawatts"), and that no source gives in any unit: the unit misread (misses41,
// findings/measureUnit.ts). Not where a source gives the quantity itself in another unit, not on one
// source alone, not for the same number of unlike words, not inside a quotation.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const horn = {
  '000_wire.txt': 'Published May 3, 2027\n\nCustoms officers at the border post found 38kg of rhino horn hidden in a lorry carrying timber, the agency said.',
  '001_paper.md': 'Published May 3, 2027\n\nThe lorry, stopped at the border post, held 38kg of rhino horn under its load of timber.',
  '002_radio.txt': 'Published May 3, 2027\n\nOfficers say the 38 kg of rhino horn was wrapped in sacking beneath the timber.',
};
const hornDraft = (measure: string) => `Customs officers at the border post found ${measure} of rhino horn hidden in a lorry carrying timber.`;

const site = {
  '000_wire.txt': 'Published May 3, 2027\n\nThe relief camp stands 4 km east of Marrow, on the old airfield, and holds 900 people.',
  '001_paper.md': 'Published May 3, 2027\n\nAbout 900 people are staying at the relief camp on the old airfield, 4 km east of Marrow.',
};
const siteDraft = (measure: string) => `The relief camp stands ${measure} east of Marrow, on the old airfield.`;

describe('figure findings: a draft measure with the sources\' number in another unit', () => {
  it('flags a mass told in pounds where the sources give the number in kilograms', () => {
    const found = conflicts({ ...horn, 'draft_border.md': hornDraft('38lb') }, 'draft_border.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '38lb');
    assert.ok(found[0].against.length >= 2, JSON.stringify(found[0].against));
  });

  it('flags a bound in miles where the sources give its number in kilometres (lengths are held by the length rules too)', () => {
    const smoke = {
      '000_wire.txt': 'Published May 3, 2027\n\nThe smoke plume stretched up to 9 km downwind of the burning depot, the fire service said.',
      '001_paper.md': 'Published May 3, 2027\n\nFrom the burning depot the smoke plume reached up to 9 km downwind, according to the fire service.',
    };
    const found = conflicts({ ...smoke, 'draft_border.md': 'The smoke plume stretched up to 9 miles downwind of the burning depot.' }, 'draft_border.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'up to 9 miles');
    assert.deepEqual(conflicts({ ...site, 'draft_border.md': siteDraft('4 km') }, 'draft_border.md'), []);
  });

  it('flags a power in kilowatts where the sources give megawatts', () => {
    const grid = {
      '000_wire.txt': 'Published May 3, 2027\n\nThe grid operator ordered distributors to shed 150 megawatts of load across the northern suburbs.',
      '001_paper.md': 'Published May 3, 2027\n\nDistributors were told to shed 150 megawatts of load in the northern suburbs, the grid operator said.',
    };
    const found = conflicts({ ...grid, 'draft_grid.md': 'The grid operator ordered distributors to shed 150 kilowatts of load across the northern suburbs.' }, 'draft_grid.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '150 kilowatts');
  });

  it('does not flag the sources\' own unit, nor a quantity a source gives in the draft\'s unit or another', () => {
    assert.deepEqual(conflicts({ ...horn, 'draft_border.md': hornDraft('38kg') }, 'draft_border.md'), []);
    // 84lb is 38kg: the same quantity, in pounds.
    assert.deepEqual(conflicts({ ...horn, 'draft_border.md': hornDraft('84lb') }, 'draft_border.md'), []);
    // A source that gives the draft's quantity converted: the draft is sourced.
    const converted = { ...site, '002_radio.txt': 'Published May 3, 2027\n\nThe camp is about 6.4 km (4 miles) east of Marrow.' };
    assert.deepEqual(conflicts({ ...converted, 'draft_border.md': siteDraft('4 miles') }, 'draft_border.md'), []);
  });

  it('does not flag on one source alone, nor the same number in unlike words, nor a quotation', () => {
    const one = { '000_wire.txt': horn['000_wire.txt'], 'draft_border.md': hornDraft('38lb') };
    assert.deepEqual(conflicts(one, 'draft_border.md'), []);
    const unlike = {
      '000_wire.txt': 'Published May 3, 2027\n\nThe lorry was weighed at 38kg over its permitted axle load when it reached the depot.',
      '001_paper.md': 'Published May 3, 2027\n\nInspectors at the depot said the lorry was 38kg over its axle limit.',
      'draft_border.md': hornDraft('38lb'),
    };
    assert.deepEqual(conflicts(unlike, 'draft_border.md'), []);
    const quoted = { ...horn, 'draft_border.md': 'An officer said: "We found 38lb of rhino horn hidden in a lorry carrying timber at the border post."' };
    assert.deepEqual(conflicts(quoted, 'draft_border.md'), []);
  });
});
