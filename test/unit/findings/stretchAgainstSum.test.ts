// "a kit deal worth around ninety-five thousand dollars a year": money told per stretch of time
// (alignment/rate.ts) is not held against a sum told of no stretch ("just under $84,000 in prize
// money"); and "eighty-four thousand US dollars" is money in US dollars, as "$84,000" is.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const money = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'money').map((f) => [f.text, f.value, f.measure]);

describe('figures: a sum per stretch of time against a sum, and dollars named by their nation', () => {
  it('reads "US dollars" and "Australian dollars" after a number', () => {
    assert.deepEqual(money('That comes to around eighty-four thousand US dollars.'), [['around eighty-four thousand US dollars', 84000, 'USD']]);
    assert.deepEqual(money('The club paid 4 million Australian dollars.'), [['4 million Australian dollars', 4000000, 'AUD']]);
  });

  it('does not hold a sum against a yearly rate told beside the same words', () => {
    const files = {
      '000_wire.txt': 'LUSAKA, May 4 (Wirepost) - Zambian sprinter Grace Banda has been banned for two years.\n\nTogether the three meetings earned her just under $84,000 in prize and appearance money, which she must now return, according to figures in the decision.',
      '001_radio.txt': 'RADIO LUSAKA\nBroadcast: Tuesday 4 May 2027\n\nMARY PHIRI: Good evening. Grace Banda has been banned for two years.\n\nMARY PHIRI: Listeners, a quick reminder of what this means money-wise. Beyond the prize money, people in the sport tell us her kit deal was worth around ninety-five thousand dollars a year, so over the ban that could be something like one hundred and ninety thousand dollars gone.',
      '002_explainer.md': '# What the Banda ban means\n\n## What happens next\n\n1. **Appeal window:** 21 days to lodge an appeal.\n2. **Money:** the prize money must be repaid before she can return. Her kit contract was reportedly worth $95,000 a year.\n3. **The bigger picture:** she is the ninth Zambian sanctioned this year.',
    };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict').map((f) => f.message), []);
    assert.deepEqual(findingsIn(files, '001_radio.txt', 'figure-conflict').map((f) => f.message), []);
  });

  it('still holds a yearly rate against another yearly rate', () => {
    const files = {
      '000_wire.txt': 'LUSAKA, May 4 (Wirepost) - Her kit contract with the shoe maker was worth $95,000 a year, the agent said.',
      'draft_ban.md': 'Her kit contract with the shoe maker was worth $59,000 a year, the agent said.',
    };
    assert.equal(findingsIn(files, 'draft_ban.md', 'figure-conflict').length, 1);
  });
});
