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

  it('reads bare pounds as sterling where the article tells sterling elsewhere, never a weight', () => {
    assert.deepEqual(money('The council offered £1.2m to the hospice, and a one-off grant of 500 pounds to each volunteer.'),
      [['£1.2m', 'GBP', 1.2e6], ['500 pounds', 'GBP', 500]]);
    assert.deepEqual(money('Each carer gets four hundred pounds on top. The budget is 35 million pounds.'),
      [['four hundred pounds', 'GBP', 400], ['35 million pounds', 'GBP', 35e6]]);
    // No sterling elsewhere: pounds may be a weight ("the calf weighed 500 pounds").
    assert.deepEqual(money('The calf weighed 500 pounds at birth, the farm said.'), []);
    assert.deepEqual(money('A grant of 500 pounds was paid.'), []);
    // Sterling elsewhere, but this sentence tells a weight, or pounds of something.
    assert.deepEqual(money('The fund is £2m. The calf weighed 500 pounds. Police seized 40 pounds of cannabis.'), [['£2m', 'GBP', 2e6]]);
  });

  it('does not count "one-off" or "one-time" as one of something', () => {
    const counts = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => f.text);
    assert.deepEqual(counts('Staff will get a one-off payment of £600 and a one-time bonus.'), ['£600']);
    assert.deepEqual(counts('It was a one-way ticket for one passenger.'), ['one passenger']);
  });

  it('holds a source\'s bare pounds to another source\'s sterling sum told in the same words', () => {
    const a = 'The offer is 4% this year, plus a one-off payment of 600 pounds. The cost is put at 90 million pounds.';
    const b = 'The offer is 4% this year, plus a one-off payment of £650.';
    const found = findingsIn({ '001_wire.txt': a, '002_paper.txt': b, 'draft_x.md': 'Nurses were offered 4%.' }, '001_wire.txt', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '600 pounds');
  });

  it('reads pence said after the pounds ("two pounds fifty"), and a decimal after hundreds ("four hundred and six point two million")', () => {
    assert.deepEqual(money('The budget is £96m. The fare goes from three pounds twenty to three pounds forty-five next year.'),
      [['£96m', 'GBP', 96e6], ['three pounds twenty', 'GBP', 3.2], ['three pounds forty-five', 'GBP', 3.45]]);
    assert.deepEqual(money('It is a budget of four hundred and six point two million pounds.'), [['four hundred and six point two million pounds', 'GBP', 406.2e6]]);
  });
});

