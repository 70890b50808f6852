// Four ways two figures in like words are not one quantity, or one figure told two ways (round 54).
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: figures in like words that are not one quantity', () => {
  it('does not hold a conversion of one sum against a source\'s conversion of another sum (otherSumConverted)', () => {
    const files = {
      '000_wire.txt': 'TALLINN, May 4 (Baltic Wire) - The council set the new parking charges. Cars in the outer zone will pay a fee of 3,000 krona, or about $290, while cars in the old town will pay a fee of 9,000 krona, or about $870, each month.',
      '001_blog.txt': 'Explainer: outer zone 3,000 krona (about $290) a month; old town 9,000 krona (about $870) a month.',
      'draft.md': '# Parking charges rise\n\nCars in the outer zone will pay a fee of 3,000 krona, about $290, and cars in the old town a fee of 9,000 krona, about $610.',
    };
    const found = findingsIn(files, 'draft.md', 'figure-conflict');
    // The old town's conversion is held against the sources' conversion of 9,000 krona, never against another sum's.
    assert.ok(found.every((f) => f.text !== 'about $290'), JSON.stringify(found));
    const outer = findingsIn({ ...files, 'draft.md': '# Parking charges rise\n\nCars in the outer zone will pay a fee of 3,000 krona, about $400, each month.' }, 'draft.md', 'figure-conflict');
    assert.ok(outer.every((f) => !/\$870/.test(f.message)), JSON.stringify(outer));
  });

  it('does not hold a bound a source states against that source\'s other number beside it (boundToldBeside)', () => {
    const files = {
      '000_wire.txt': 'GHENT, June 3 (Flanders Wire) - The council approved the new market fees on Tuesday. Stalls costing less than 5,000 euros a year will pay 90 euros, up from 60 euros. Stalls priced from 10,000 euros to 19,999 euros will carry a fee of 500 euros, while the new top band of 800 euros applies to stalls costing 20,000 euros or more.',
      '001_paper.txt': 'Market traders face higher fees. The council vote on Tuesday lifts the top fee to 800 euros.',
      'draft.md': '# Market fees rise\n\nThe council approved the new market fees on Tuesday. Stalls costing less than 5,000 euros a year will pay 90 euros. Stalls priced from 10,000 to 19,999 euros will be charged 500 euros, and the top band applies to stalls of 20,000 euros or more.',
    };
    const found = findingsIn(files, 'draft.md', 'figure-conflict');
    assert.ok(found.every((f) => !f.text.includes('20,000')), JSON.stringify(found));
  });

  it('does not hold a count a source tells at one moment against another source\'s reading at another moment (otherSnapshot)', () => {
    const files = {
      '000_wire.txt': 'LYON, March 13 (Rhone Wire) - The council voted on Friday to close the library. A petition calling for the vote to be delayed had gathered more than 9,000 signatures by Friday morning, its organisers said.',
      '001_live.txt': 'LIVE: Lyon council votes on library | Friday 13 March 2026\n\n09:15 - Outside the town hall, organisers say their petition to delay the vote had reached 7,800 signatures by Thursday evening.',
      'draft.md': '# Library to close\n\nThe council voted on Friday to close the library. A petition calling for the vote to be delayed gathered more than 9,000 signatures, its organisers said.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict'), []);
  });

  it('reads "nearly" a round number and a count told a hair above it as one figure (hairOverNearly)', () => {
    const files = {
      '000_wire.txt': 'PORTO, Jan 9 (Iberia Wire) - The airport handled 31.1 million passengers in 2025, according to the operator.',
      '001_blog.txt': 'Some context: the airport counts nearly 31 million passengers a year, transfers included.',
      '002_release.txt': 'In 2025 the airport handled 31.1 million passengers.',
      '003_explainer.md': '- **Nearly 31 million** passengers used the airport in 2025.',
      'draft.md': '# Airport traffic\n\nThe airport handled 31.1 million passengers in 2025.',
    };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_blog.txt', 'figure-conflict'), []);
  });
});
