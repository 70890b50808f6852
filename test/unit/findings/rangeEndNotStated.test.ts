// "most mills are running at between 30 and 40 per cent of capacity" beside "will cut output by 25 per
// cent from Monday": an end of a range bounds another estimate and is no number the source states of its
// own, so a second source's "30 per cent" cut is still held against its 25 per cent (two numbers a
// source states side by side are two quantities; a range's end is not such a number). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'TAMPERE, June 9 (Nordwire) - Kallio Paper said it would cut output at its Lahti mill by 25 per cent from Monday because of low water on the Kymi river. Most mills on the river are running at between 30 and 40 per cent of capacity.';
const blog = '# Live: low water on the Kymi\n\n*Tuesday 9 June 2026*\n\n**11:05** Kallio Paper says it will cut output at its Lahti mill by 30 per cent from Monday.';
const release = 'PRESS RELEASE\n\nLahti, 9 June 2026\n\nKallio Paper will reduce output at its Lahti mill by 25 per cent from Monday, 15 June 2026, because of low water on the Kymi river.';

describe('findings: a range\'s end is no number of its own', () => {
  it('holds a source\'s figure against another source\'s though its article writes that number as a range\'s end', () => {
    const files = { '000_wire.txt': wire, '001_blog.md': blog, '002_release.txt': release };
    const found = findingsIn(files, '000_wire.txt', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '25 per cent');
  });
});
