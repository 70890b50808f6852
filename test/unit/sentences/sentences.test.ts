import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitSentences } from '../../../server/src/analysis/sentences';
import { findParagraphs, prepareText } from '../../../server/src/analysis/text';
import { bestGrowth, describeGrowth } from '../robustness/timing';

/** Sentence texts of a plain-text article. */
const split = (text: string, path = 'a.txt'): string[] => {
  const t = prepareText(text, path);
  return t.sentences.map((s) => t.plain.slice(s.span.start, s.span.end));
};
const headings = (text: string, path = 'a.txt'): boolean[] => prepareText(text, path).sentences.map((s) => s.isHeading);

describe('sentences: clock times', () => {
  it('keeps a.m./p.m. inside a sentence before a comma, zone or weekday', () => {
    assert.deepEqual(split('The polls closed at 8 p.m. Eastern time, officials said. Counting began at 9 p.m. ET on Tuesday.'), [
      'The polls closed at 8 p.m. Eastern time, officials said.',
      'Counting began at 9 p.m. ET on Tuesday.',
    ]);
    assert.deepEqual(split('Trains stopped at 7 a.m. PST and again at 11 a.m. GMT Friday before service resumed.'), [
      'Trains stopped at 7 a.m. PST and again at 11 a.m. GMT Friday before service resumed.',
    ]);
    assert.deepEqual(split('The siren sounded at 6 a.m. Monday and again at noon.'), ['The siren sounded at 6 a.m. Monday and again at noon.']);
    assert.deepEqual(split('Shelling resumed at 5 a.m. Kyiv time, the mayor said.'), ['Shelling resumed at 5 a.m. Kyiv time, the mayor said.']);
  });

  it('splits after a.m./p.m. that end a sentence before a capitalised word', () => {
    assert.deepEqual(split('Queues formed by 9 a.m. Prices then climbed sharply.'), ['Queues formed by 9 a.m.', 'Prices then climbed sharply.']);
    assert.deepEqual(split('The lights went out at 4 p.m. The grid operator apologised.'), ['The lights went out at 4 p.m.', 'The grid operator apologised.']);
  });

  it('does not split after a.m. before a lower-case word or a number', () => {
    assert.deepEqual(split('Doors open at 10 a.m. on weekdays.'), ['Doors open at 10 a.m. on weekdays.']);
  });
});

describe('sentences: abbreviations, initials and numbers', () => {
  it('keeps titles with the names they introduce', () => {
    const s = 'Mr. Okoro met Mrs. Lind, Dr. Patel, Sen. Brooks, Rep. Diaz, Gov. Hale, Lt. Gen. Ruiz and Col. Ames at St. Mary’s hall.';
    assert.deepEqual(split(s), [s]);
  });

  it('keeps month abbreviations before a day and No. before a number', () => {
    assert.deepEqual(split('The fire began on Sept. 4 and spread by Oct. 2. Crews were exhausted.'), [
      'The fire began on Sept. 4 and spread by Oct. 2.',
      'Crews were exhausted.',
    ]);
    assert.deepEqual(split('Road No. 9 closed on Feb. 12, 2024, and Jan. 3 was worse.'), ['Road No. 9 closed on Feb. 12, 2024, and Jan. 3 was worse.']);
  });

  it('keeps initialisms and initials in names, but splits after U.S. at a clear sentence end', () => {
    assert.deepEqual(split('The U.S. Senate and U.K. ministers met J. R. Lowell in Geneva.'), ['The U.S. Senate and U.K. ministers met J. R. Lowell in Geneva.']);
    assert.deepEqual(split('The vaccine was approved in the U.S. The rollout starts in May.'), ['The vaccine was approved in the U.S.', 'The rollout starts in May.']);
  });

  it('keeps company suffixes and vs. e.g. i.e. etc. mid-sentence', () => {
    assert.deepEqual(split('Harbor Foods Inc. Chief Executive Ana Ruiz said Lyons vs. Carter, e.g. the key case, i.e. the appeal, was settled.'), [
      'Harbor Foods Inc. Chief Executive Ana Ruiz said Lyons vs. Carter, e.g. the key case, i.e. the appeal, was settled.',
    ]);
    assert.deepEqual(split('Shares of Veltor Corp. fell. It was the worst day since 2020.'), ['Shares of Veltor Corp. fell.', 'It was the worst day since 2020.']);
    assert.deepEqual(split('The shop sells pens, paper, etc. It opened in 1990.'), ['The shop sells pens, paper, etc.', 'It opened in 1990.']);
  });

  it('never splits inside decimals, money or web addresses', () => {
    assert.deepEqual(split('Inflation hit 8.5 percent, costing $1.2 billion, according to stats.gov.example data.'), [
      'Inflation hit 8.5 percent, costing $1.2 billion, according to stats.gov.example data.',
    ]);
  });

  it('splits at ? and ! unless a lower-case word follows', () => {
    assert.deepEqual(split('Who pays? Taxpayers do! "Why now?" she asked. Nobody knew.'), ['Who pays?', 'Taxpayers do!', '"Why now?" she asked.', 'Nobody knew.']);
  });
});

describe('sentences: ellipses', () => {
  it('splits after an ellipsis only before a capital', () => {
    assert.deepEqual(split('The talks stalled… Then a deal came. He paused ... and went on.'), ['The talks stalled…', 'Then a deal came.', 'He paused ... and went on.']);
    assert.deepEqual(split('Officials waited... Nothing happened.'), ['Officials waited...', 'Nothing happened.']);
  });

  it('does not split at an ellipsis inside a quotation', () => {
    assert.deepEqual(split('“We tried … We failed,” the coach said. Fans left early.'), ['“We tried … We failed,” the coach said.', 'Fans left early.']);
  });
});

describe('sentences: quotations', () => {
  it('keeps a multi-sentence quotation and its attribution in one sentence', () => {
    assert.deepEqual(split('“The dam is safe. The water will recede. Nobody should panic,” the engineer said. Residents stayed home.'), [
      '“The dam is safe. The water will recede. Nobody should panic,” the engineer said.',
      'Residents stayed home.',
    ]);
    assert.deepEqual(split('She wrote: "Stocks fell. Bonds rose." Analysts agreed.'), ['She wrote: "Stocks fell. Bonds rose."', 'Analysts agreed.']);
  });

  it('puts the closing mark after the period in the sentence it ends', () => {
    assert.deepEqual(split('The minister called the plan “reckless.” Her rival disagreed.'), ['The minister called the plan “reckless.”', 'Her rival disagreed.']);
    assert.deepEqual(split('He said it was ‘over.’ Then he left.'), ['He said it was ‘over.’', 'Then he left.']);
  });

  it('splits an interrupted quote at the attribution', () => {
    assert.deepEqual(split('“We will win,” Coach Lee said. “Not this week, maybe. But soon.”'), ['“We will win,” Coach Lee said.', '“Not this week, maybe. But soon.”']);
  });

  it('falls back to normal splitting when a quotation never closes', () => {
    assert.deepEqual(split('The judge said “the case is closed. The appeal failed. Costs are due.'), [
      'The judge said “the case is closed.',
      'The appeal failed.',
      'Costs are due.',
    ]);
  });

  it('ignores a wrong-way closing mark used as an opener', () => {
    assert.deepEqual(split('The agency said the grid was hit” by a heatwave.” Power returned at dusk.'), [
      'The agency said the grid was hit” by a heatwave.”',
      'Power returned at dusk.',
    ]);
  });

  it('caps a very long quotation so it cannot swallow the paragraph', () => {
    const body = Array.from({ length: 80 }, (_, i) => `Claim number ${i} was made.`).join(' ');
    const got = split(`“${body}” he said.`);
    assert.ok(got.length > 40, `got ${got.length} sentences`);
  });

  it('never lets a quotation join two paragraphs', () => {
    assert.deepEqual(split('He said “wait.\n\nThen it ended.” Yes.'), ['He said “wait.', 'Then it ended.”', 'Yes.']);
  });
});

describe('sentences: spans and paragraphs', () => {
  it('gives trimmed spans inside their paragraph, in order', () => {
    const text = '  First one.   Second one.  \n\n Third one. ';
    const t = prepareText(text, 'a.md');
    assert.deepEqual(t.sentences.map((s) => [t.plain.slice(s.span.start, s.span.end), s.paragraph]), [
      ['First one.', 0],
      ['Second one.', 0],
      ['Third one.', 1],
    ]);
  });

  it('works on plain text and paragraphs given directly', () => {
    const plain = 'Alpha rose. Beta fell.\n\nGamma held.';
    const out = splitSentences(plain, findParagraphs(plain));
    assert.deepEqual(out.map((s) => plain.slice(s.span.start, s.span.end)), ['Alpha rose.', 'Beta fell.', 'Gamma held.']);
    assert.deepEqual(out.map((s) => s.paragraph), [0, 0, 1]);
  });

  it('joins hard-wrapped markdown lines into one sentence', () => {
    assert.deepEqual(split('The council voted at 7 p.m.\nEastern on a new budget.\n', 'a.md').map((s) => s.replace(/\s+/g, ' ')), [
      'The council voted at 7 p.m. Eastern on a new budget.',
    ]);
  });

  // Growth, not a wall-clock bound, so a loaded machine cannot fail it.
  it('stays linear on adversarial input (×8 text, at most ×24 time)', function () {
    this.timeout(60000);
    const make = (n: number) => 'a.'.repeat(n) + ' “'.repeat(n) + ' *_'.repeat(n) + '[('.repeat(n) + '`'.repeat(n >> 2);
    const g = bestGrowth(make, (nasty) => { for (const path of ['a.txt', 'a.md']) prepareText(nasty, path); },
      { n: 2500, factor: 8, reps: 3, maxN: 20_000, giveUpRatio: 72 }, 24);
    assert.ok(g.ratio <= 24, describeGrowth(g));
  });
});

describe('sentences: headings and clutter', () => {
  it('marks markdown headings, headlines, bylines and datelines', () => {
    assert.deepEqual(headings('# Storm Warning\n\nThe storm hit.\n', 'a.md'), [true, false]);
    const txt = 'Ferry Strike Enters Third Day\nBy Priya Nair and Tom Webb\nUpdated March 4, 2025 10:15 a.m. ET\nThe strike continued on Tuesday.\n';
    assert.deepEqual(headings(txt), [true, true, true, false]);
  });

  it('marks page clutter', () => {
    const long = 'Water rationing began across the northern districts on Saturday after weeks of record heat and no rainfall.';
    const txt = `${long}\nREAD: Ten tips for saving water at home (May 2, 2024)\nJOIN US ON WHATSAPP\nAdvertisement\nShare this article\n${long}\n`;
    assert.deepEqual(headings(txt), [false, true, true, true, true, false]);
  });

  it('does not mark ordinary sentences, a lower-case "By" opener or a bullet', () => {
    assert.deepEqual(headings('By noon, the river had crested. By Friday it fell.\n'), [false, false]);
    assert.deepEqual(headings('- 40,000 homes lost power\n- crews worked overnight\n', 'a.md'), [false, false]);
  });
});

describe('sentences: shared sample articles', function () {
  const dir = resolve(process.cwd(), '../shared/corpus/x-outage');
  if (!existsSync(dir)) {
    it.skip('sample corpus not present');
    return;
  }
  for (const file of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f))) {
    it(`${file}: boundaries are sane`, () => {
      const t = prepareText(readFileSync(join(dir, file), 'utf8'), file);
      assert.ok(t.sentences.length > 3);
      for (let i = 0; i < t.sentences.length; i++) {
        const s = t.sentences[i];
        const text = t.plain.slice(s.span.start, s.span.end);
        const p = t.paragraphs[s.paragraph];
        assert.ok(p.start <= s.span.start && s.span.end <= p.end, 'inside its paragraph');
        assert.equal(text, text.trim());
        if (i > 0) assert.ok(t.sentences[i - 1].span.end <= s.span.start, 'in order');
        const after = t.plain.slice(s.span.end, s.span.end + 12);
        assert.ok(!(/[ap]\.m\.$/.test(text) && /^\s+(ET|EST|EDT|Eastern)\b/.test(after)), `split before a zone: ${text}`);
        assert.ok(!/^[\d.,]/.test(text) || !/\d[.,]?$/.test(t.plain.slice(s.span.start - 2, s.span.start).trim()), `starts inside a number: ${text}`);
        assert.ok(!/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Mar|Jan|Feb|Sept|Oct|Nov|Dec)\.$/.test(text), `ends at an abbreviation: ${text}`);
      }
    });
  }
});
