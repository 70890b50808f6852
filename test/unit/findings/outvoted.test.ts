// A figure two sources tell alike is settled; a third source's figure of that class that no one else
// tells is the one told wrong: its digits swapped ("£265 million" alike twice / "about £256 million"),
// or a count of one kind told as done close to it ("some 180 stewards" / "signed up 224 stewards"
// twice). Not when a fourth source backs the lone figure, when the two that agree do so in unlike
// words, when the sources are of another day, or for a bare crowd of people.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');
const dated = (day: string, body: string) => `Ferry operator fails\n\nPublished ${day}, 2027\n\n${body} The company's six vessels stayed in port on Thursday. Unions called for talks.`;

describe('figure findings: an outvoted slip', () => {
  const files = {
    '000_wire.txt': dated('June 3', 'The operator owed its lenders about £256 million, one banker said, asking not to be named.'),
    '001_release.md': dated('June 3', 'The receivers estimate the total debts of the company at approximately £265 million.'),
    '002_transcript.txt': dated('June 3', 'ADA REINHOLT: Our first estimate of total debts is around two hundred and sixty-five million pounds.'),
  };

  it('the lone figure and the two that agree are held to each other', () => {
    const lone = figureConflicts(files, '000_wire.txt');
    assert.equal(lone.length, 1, JSON.stringify(lone));
    assert.deepEqual(lone[0].against.map((e) => e.label).sort(), ['001', '002']);
    const side = figureConflicts(files, '001_release.md');
    assert.equal(side.length, 1, JSON.stringify(side));
    assert.deepEqual(side[0].against.map((e) => e.label), ['000']);
  });

  it('not when another source backs it, the two agree only in unlike words, or the lone source is of another day', () => {
    const backed = { ...files, '003_paper.txt': dated('June 3', 'Lenders are owed about £256 million in all.') };
    assert.deepEqual(figureConflicts(backed, '000_wire.txt'), []);
    const unlike = { ...files, '002_transcript.txt': dated('June 3', 'ADA REINHOLT: The figure we gave the court was two hundred and sixty-five million pounds.') };
    assert.deepEqual(figureConflicts(unlike, '000_wire.txt'), []);
    const later = { ...files, '000_wire.txt': files['000_wire.txt'].replace('June 3', 'June 5') };
    assert.deepEqual(figureConflicts(later, '000_wire.txt'), []);
  });
});

describe('figure findings: an outvoted count', () => {
  const pad = ' The regatta on the Ouse drew crowds along both banks. Organisers said it would return next year.';
  const files = {
    '000_wire.txt': 'Regatta weekend\n\nPublished August 14, 2027\n\nThe rowing club said it had signed up 224 stewards for the day and turned latecomers away.' + pad,
    '001_paper.txt': 'Regatta weekend\n\nPublished August 14, 2027\n\nIn total 224 stewards signed up with the rowing club for the day.' + pad,
    '002_blog.md': 'Regatta weekend\n\nPublished August 14, 2027\n\n- **Helpers:** some 180 stewards, according to our reporter at the gate, with police and first-aiders.' + pad,
  };

  it('the lone count and the two that agree are held to each other', () => {
    const lone = figureConflicts(files, '002_blog.md');
    assert.equal(lone.length, 1, JSON.stringify(lone));
    assert.deepEqual(lone[0].against.map((e) => e.label).sort(), ['000', '001']);
    const side = figureConflicts(files, '001_paper.txt');
    assert.equal(side.length, 1, JSON.stringify(side));
    assert.deepEqual(side[0].against.map((e) => e.label), ['002']);
  });

  it('not for a count still running, a count far off, or a bare crowd of people', () => {
    const running = { ...files, '002_blog.md': files['002_blog.md'].replace('some 180 stewards', 'some 180 stewards so far') };
    assert.deepEqual(figureConflicts(running, '002_blog.md'), []);
    const far = { ...files, '002_blog.md': files['002_blog.md'].replace('some 180', 'some 120') };
    assert.deepEqual(figureConflicts(far, '002_blog.md'), []);
    const crowd = Object.fromEntries(Object.entries(files).map(([p, t]) => [p, t.replace(/stewards/g, 'people')]));
    assert.deepEqual(figureConflicts(crowd, '002_blog.md'), []);
  });
});

describe('figure findings: a count three sources tell in unlike words', () => {
  const pad = ' The auction in Welby drew dealers from abroad. The house said it would hold another sale in May.';
  const files = {
    '000_wire.txt': 'Sale day\n\nPublished March 2, 2027\n\nFive collectors made 38 bids between them before the hammer came down at 3:40 p.m. GMT.' + pad,
    '001_blog.md': 'Sale day\n\nPublished March 2, 2027\n\n- **Bids:** 38 in total, from five collectors' + pad,
    '002_paper.txt': 'Sale day\n\nPublished March 2, 2027\n\nThe lot itself drew 38 bids over a quarter of an hour.' + pad,
    '003_radio.txt': 'Sale day\n\nPublished March 2, 2027\n\nThere were forty-three bids in all, and for the last stretch it was two telephones against each other.' + pad,
  };

  it('holds the lone count to three sources that tell another, however worded and at any moment', () => {
    const lone = figureConflicts(files, '003_radio.txt');
    assert.equal(lone.length, 1, JSON.stringify(lone));
    assert.ok(lone[0].against.some((e) => e.label === '001' || e.label === '002'), JSON.stringify(lone[0].against));
  });

  it('not with only two sources against it in unlike words', () => {
    const { ['002_paper.txt']: _dropped, ...two } = files;
    assert.deepEqual(figureConflicts(two, '003_radio.txt'), []);
  });
});
