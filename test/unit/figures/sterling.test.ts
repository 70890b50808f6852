// British money in words and pence: "412p", "6.5p", "412 pence", "35 million pounds". Pence are a
// measure of their own (never held against pounds); "pounds" are money only where no weight can be meant.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function money(text: string): Array<[string, string | undefined, number]> {
  return analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'money').map((f) => [f.text, f.measure, f.value]);
}

describe('figures: pence and pounds', () => {
  it('reads pence written short and long, and pounds after a scale', () => {
    assert.deepEqual(money('Bidders offered 275p a share, plus a 4.5p dividend.'), [['275p', 'pence', 275], ['4.5p', 'pence', 4.5]]);
    assert.deepEqual(money('It is worth two hundred and sixty pence a share.'), [['two hundred and sixty pence', 'pence', 260]]);
    assert.deepEqual(money('The council will pay 48 million pounds into the fund.'), [['48 million pounds', 'GBP', 48e6]]);
  });

  it('leaves weights and video resolutions alone', () => {
    assert.deepEqual(money('The plant recalled 48 million pounds of minced beef.'), []);
    assert.deepEqual(money('The camera records 1080p video at 60 frames.'), []);
    assert.deepEqual(money('He lifted a 300-pound stone.'), []);
  });

  it('holds a draft\'s pence to the sources\', and never pence to pounds', () => {
    const source = 'LEEDS, June 4 (Wirepost) - Marlow Tools rejected proposals of 240p and then 275p before agreeing to the £2.75-a-share offer.';
    const wrong = findingsIn({ '001_wire.txt': source, 'draft_marlow.md': 'Marlow Tools rejected proposals of 240p and then 285p.' }, 'draft_marlow.md', 'figure-conflict');
    assert.equal(wrong.length, 1, JSON.stringify(wrong));
    assert.equal(wrong[0].text, '285p');
    const same = findingsIn({ '001_wire.txt': source, 'draft_marlow.md': 'Marlow Tools agreed to an offer of 275p a share.' }, 'draft_marlow.md', 'figure-conflict');
    assert.deepEqual(same, []);
  });
});
