// "fined up to £500" (three sources) / "the fine is up to one thousand pounds" (one): the most a court
// may fine is one amount set by law, so two such caps are one quantity however far apart, held through
// a third source as other caps are; a live blog's entry stamp does not make the cap a reading of its
// moment; and a summary bullet restating the entry's cap is flagged once, at the entry. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const wire = 'DENBY, May 3 (North Wire) - Anyone caught flying a drone over the reservoir can be prosecuted and fined up to 500 pounds, the council said on Wednesday.';
const release = 'Wednesday 3 May 2028\n\nDenby Council notice. Flying a drone over Denby reservoir is now banned. The offence carries a fine of up to £500 on conviction.';
const blog = '# Live: Denby drone ban\n\n*Wednesday 3 May 2028*\n\n**14:10** Reader question: how much is the fine? Breaking the ban can lead to a fine of up to £500 in the magistrates’ court.\n\n**Summary so far**\n\n- Drones banned over the reservoir\n- Fines up to £500';
const radio = 'RADIO DENBY – "DENBY TODAY" – WEDNESDAY 3 MAY 2028, 18:00 BST\nTRANSCRIPT\n\nPRESENTER (ANNA KEMBLE): Good evening. Drones are banned over the reservoir from today. Tom Reyes has the story.\n\nTOM REYES: Anna, you can be prosecuted, and the fine is up to one thousand pounds.\n\nKEMBLE: Thank you.';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figures: the most a court may fine', () => {
  const files = { '001_wire.txt': wire, '002_release.txt': release, '003_blog.md': blog, '004_radio.txt': radio };

  it('holds the odd source\'s cap against the others, twice as high', () => {
    const found = conflicts(files, '004_radio.txt');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.text)));
    const against = found[0].against.map((e) => e.label);
    assert.ok(against.length >= 2 && against.every((l) => ['001', '002', '003'].includes(l)), against.join(','));
    assert.equal(conflicts(files, '002_release.txt').length, 1);
  });

  it('flags the live blog once, at the entry, not at its summary bullet', () => {
    const found = conflicts(files, '003_blog.md');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.text)));
    assert.ok(found[0].span.start < blog.indexOf('Summary so far'));
  });

  it('ties the cap to no entry stamp', () => {
    const a = analyzeArticle({ path: '003_blog.md', text: blog });
    const i = a.figures.findIndex((f) => f.text.includes('£500') && f.span.start < blog.indexOf('Summary'));
    assert.ok(i >= 0);
    assert.equal(a.figureAnchors[i], -1);
  });

  it('does not hold two caps of other things so far apart', () => {
    const grants = { '001_wire.txt': 'DENBY, May 3 (North Wire) - Clubs can apply for grants of up to 500 pounds, the council said.',
      '002_release.txt': 'Wednesday 3 May 2028\n\nDenby Council notice. Clubs may apply for grants of up to £500 each.',
      '004_radio.txt': radio.replace('the fine is up to one thousand pounds', 'grants are up to one thousand pounds') };
    assert.deepEqual(conflicts(grants, '004_radio.txt'), []);
  });
});
