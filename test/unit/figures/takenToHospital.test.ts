// "Six of them were taken to hospital", "Five went to hospital", "**4** of them were taken to Carrow
// General": only people are taken to hospital, so a bare count told going there counts people,
// whatever the sentence before counted (claims/figures/hospital.ts), and sources that tell the
// count differently disagree (findings: one condition, "taken to hospital"). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const counted = (path: string, text: string) => analyzeArticle({ path, text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a bare count taken to hospital', () => {
  it('counts people in a sentence of its own, after "of them", and before "went to"', () => {
    assert.deepEqual(counted('001_wire.txt', 'Medics treated 19 people at the depot, officials said.\n\nFive of them were taken to hospital, none badly hurt.\n'),
      [['19 people', 'person'], ['Five', 'person']]);
    assert.deepEqual(counted('002_radio.txt', 'REPORTER: Medics treated nineteen people on the pavement. Five went to hospital, three of them to Carrow General.\n'),
      [['nineteen people', 'person'], ['Five', 'person']]);
    assert.deepEqual(counted('003_release.txt', 'Of these, 14 were treated on site and released, and five were taken to St Anne\'s Hospital.\n'),
      [['14', null], ['five', 'person']]);
  });

  it('leaves bare numbers that go nowhere, or to another place, unread', () => {
    assert.deepEqual(counted('004_wire.txt', 'Five of them were taken to the depot by bus.\n'), []);
    assert.deepEqual(counted('005_wire.txt', 'Five went to the meeting.\n'), []);
  });

  it('holds one source\'s count of those taken to hospital against the others\'', () => {
    const files = {
      '001_wire.txt': 'HALLAM, June 4 (Wirepost) - A gas leak at a depot left 19 people needing treatment, officials said.\n\nFive of them were taken to hospital, none with life-threatening injuries.\n',
      '002_blog.md': '# LIVE: Gas leak at Hallam depot\n\n*Wednesday 4 June 2031*\n\nMedics treated 19 people and four people were taken to hospital.\n',
      '003_radio.txt': 'EVENING NEWS\nBroadcast: Wednesday 4 June 2031\n\nREPORTER: Medics treated nineteen people on the pavement. Five went to hospital, three of them to Carrow General.\n',
    };
    assert.deepEqual(findingsIn(files, '002_blog.md', 'figure-conflict').map((f) => [f.text, ...f.against.map((e) => e.label).sort()]), [['four people', '001', '003']]);
  });
});
