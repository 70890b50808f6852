// "Brenholt Motors, which accounts for roughly 35% of the country's car exports" against "cars accounted
// for 18.4% of all exports, compared with 17.2% a year earlier": a share of a kind of the whole and a
// share of all of it (or of it unnarrowed, "of Tarvia's exports") are shares of two wholes, and a share
// told against the one before it in its sentence is of that one's whole (round 45). Two shares of one
// whole still disagree. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = [
  'TARVIA CITY, May 2 (Coastwire) - Tarvia\'s exports rose 3.9% in April, customs data showed on Friday.', '',
  'Cars accounted for 18.4% of all exports, compared with 17.2% a year earlier.', '',
].join('\n');
const release = [
  'CUSTOMS OFFICE OF TARVIA – PRESS RELEASE', '',
  'Exports rose 3.9 per cent in April. Cars made up 18.4 per cent of total exports, compared with 17.2 per cent in April last year.', '',
].join('\n');
const explainer = [
  '# What April\'s trade figures say', '',
  'Exports rose 3.9% in April. Cars made up 18.4% of Tarvia\'s exports.', '',
].join('\n');
const draft = (line: string) => ['# Car exports lift Tarvia', '', 'Exports rose 3.9% in April, customs data showed.', '', line, ''].join('\n');

describe('figures: shares of two wholes', () => {
  it('leaves a share of a kind of the whole alone against shares of all of it', () => {
    const files = {
      '000_wire.txt': wire, '001_release.txt': release, '002_explainer.md': explainer,
      'draft.md': draft('Shares of Brenholt Motors, which accounts for roughly 35% of the country\'s car exports, rose 2.1%.'),
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict'), []);
  });

  it('still flags a share of the same whole told wrong', () => {
    const files = {
      '000_wire.txt': wire, '001_release.txt': release, '002_explainer.md': explainer,
      'draft.md': draft('Cars accounted for 21.4% of all exports, up from 17.2% a year earlier.'),
    };
    assert.ok(findingsIn(files, 'draft.md', 'figure-conflict').length > 0);
  });
});
