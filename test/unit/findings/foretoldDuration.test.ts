// "Experts expect the glacier to regain its length within about 20 years" / "a survey of nearly eight
// years": a span foretold and one that has run are two spans, so the sources' one agreed duration is no
// rival of a forecast (durationConsensus holds a draft's duration only to its own kind). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'The collapse ended a survey of nearly eight years by the Harlow Ice Group, researchers said on Monday.',
  '002_paper.txt': 'The Harlow Ice Group had surveyed the glacier for eight years before the collapse.',
};

describe('findings: a duration foretold is not one that has run', () => {
  it('leaves a forecast span unheld by the sources\' past span', () => {
    const files = { ...sources, 'draft_ice.md': 'Experts expect the glacier to regain its old length within about 20 years.' };
    assert.deepEqual(findingsIn(files, 'draft_ice.md', 'figure-conflict'), []);
  });

  it('still holds a past span that the sources tell otherwise', () => {
    const files = { ...sources, 'draft_ice.md': 'The collapse ended a survey of about 20 years by the Harlow Ice Group.' };
    assert.equal(findingsIn(files, 'draft_ice.md', 'figure-conflict').length, 1);
  });
});
