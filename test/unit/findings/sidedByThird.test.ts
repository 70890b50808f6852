// Two sources' figures of one class, close and in words with something in common, are one quantity
// told two ways when a third source tells one side's number in like words and none of the three
// states the other side's number too.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');
const against = (files: Record<string, string>, path: string) => figureConflicts(files, path).map((f) => f.against.map((e) => e.label).sort().join(','));

describe('figure findings: two sources held together by a third on one side', () => {
  const pad = ' Engineers closed the line for the inspection. Trains ran on a diversion through the week. The operator apologised to passengers.';
  const day = 'Published March 3, 2027\n\n';
  const files = {
    '000_wire.txt': day + 'The 318-metre viaduct was built of brick in 1871 and carries the main line.' + pad,
    '001_blog.md': day + 'A reminder of the background: the 340-metre viaduct opened in 1871 and was rated poor at its last inspection.' + pad,
    '002_council.txt': day + 'Structure: the viaduct is 318 metres long, with nineteen arches of brick.' + pad,
  };

  it('a measure one source tells otherwise than two others is flagged on both sides', () => {
    assert.deepEqual(against(files, '001_blog.md'), ['000,002']);
    assert.deepEqual(against(files, '000_wire.txt'), ['001']);
  });

  it('two sources alone, or a source that states both numbers, are not enough', () => {
    const two = { '000_wire.txt': files['000_wire.txt'], '001_blog.md': files['001_blog.md'] };
    assert.deepEqual(against(two, '001_blog.md'), []);
    const both = { ...files, '002_council.txt': day + 'Structure: the viaduct is 318 metres long; the approach embankment adds another 340 metres of brick.' + pad };
    assert.deepEqual(against(both, '001_blog.md'), []);
  });

  it('numbers far apart, and shares, are other quantities', () => {
    const far = { ...files, '001_blog.md': day + 'A reminder of the background: the 420-metre viaduct opened in 1871 and was rated poor at its last inspection.' + pad };
    assert.deepEqual(against(far, '001_blog.md'), []);
    const shares = {
      '000_wire.txt': day + 'Turnout was 38% across the county, the returning officer said.' + pad,
      '001_blog.md': day + 'About 37% of voters backed the plan, with turnout low across the county.' + pad,
      '002_council.txt': day + 'The council said 38% of the county turned out.' + pad,
    };
    assert.deepEqual(against(shares, '001_blog.md'), []);
  });

  it('a level read at a moment or just moved to is a reading, not held through a third source', () => {
    const lake = {
      '000_wire.txt': day + 'The lake crested at about noon at 512.8 metres above sea level, 2.1 metres below the top of the embankment, after rising for four days.' + pad,
      '001_blog.md': day + '**6:10 p.m.** – Latest figures: the lake has dropped slightly, to 512.5 metres – about 2 metres below the crest – and seepage is easing.' + pad,
      '002_council.txt': day + 'As of 12:00 p.m. the lake level was 512.8 metres, 2.1 metres below the embankment crest.' + pad,
    };
    assert.deepEqual(against(lake, '001_blog.md'), []);
    assert.deepEqual(against(lake, '000_wire.txt'), []);
    // The same level told without a move or a moment is one measure, and the odd one out is flagged.
    const still = {
      ...lake,
      '001_blog.md': day + 'Latest figures: the lake is 512.5 metres above sea level – about 2 metres below the crest – and seepage is easing.' + pad,
      '002_council.txt': day + 'The lake level is 512.8 metres, 2.1 metres below the embankment crest.' + pad,
    };
    assert.deepEqual(against(still, '001_blog.md'), ['000,002']);
  });

  describe('counts', () => {
    const trial = {
      '000_release.txt': day + 'The trial enrolled 9,412 patients at 417 hospitals in 31 countries, the university said.' + pad,
      '001_wire.txt': day + '* Trial enrolled 9,412 patients in 33 countries\n\nThe drug cut deaths by a fifth. The study was run at 417 sites in 33 countries.' + pad,
      '002_site.md': day + 'Researchers followed 9,412 adults at 417 clinics in 31 countries for two years.' + pad,
    };

    it('sentences that state the same rare count tell one fact; a bullet told again below is flagged once, below', () => {
      const found = figureConflicts(trial, '001_wire.txt');
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.ok(found[0].text.includes('33 countries') && found[0].span.start > trial['001_wire.txt'].indexOf('The study'), JSON.stringify(found));
      assert.deepEqual(against(trial, '000_release.txt'), ['001']);
    });

    it('a count still running or a part of a group is not held so', () => {
      const running = { ...trial, '001_wire.txt': day + 'The drug cut deaths by a fifth. So far the study has been run at 417 sites in 33 countries.' + pad };
      assert.deepEqual(against(running, '001_wire.txt'), []);
      const part = { ...trial, '001_wire.txt': day + 'The drug cut deaths by a fifth. Of those, 417 sites in 29 countries reported early.' + pad };
      assert.deepEqual(against(part, '001_wire.txt'), []);
      const otherDay = { ...trial, '001_wire.txt': 'Published March 9, 2027\n\nThe drug cut deaths by a fifth. The study was run at 417 sites in 33 countries.' + pad };
      assert.deepEqual(against(otherDay, '001_wire.txt'), []);
    });
  });

  describe('caps', () => {
    const deal = {
      '000_wire.txt': day + 'The club paid a record fee, with up to 9 million euros more in add-ons tied to appearances.' + pad,
      '001_blog.md': day + 'The fee rises by up to €11m in add-ons on top, tied to goals and appearances.' + pad,
      '002_radio.txt': day + 'There is up to nine million euros on top in add-ons, the club said.' + pad,
    };

    it('two caps on one thing, one side told by a third source, disagree', () => {
      assert.deepEqual(against(deal, '001_blog.md'), ['000,002']);
      assert.deepEqual(against(deal, '000_wire.txt'), ['001']);
    });

    it('without a third source, or against a cap of something else, they do not', () => {
      const two = { '000_wire.txt': deal['000_wire.txt'], '001_blog.md': deal['001_blog.md'] };
      assert.deepEqual(against(two, '001_blog.md'), []);
      const other = { ...deal, '001_blog.md': day + 'Fines for the breach can run to up to €11m, the regulator warned.' + pad };
      assert.deepEqual(against(other, '001_blog.md'), []);
    });
  });
});
