// A live blog sets an emoji after its entry's last sentence ("… so far. ☕"): the paragraph still ends
// like a sentence, so it is split into sentences and read for claims, not taken for a headline.
import { strict as assert } from 'node:assert';
import { prepareText } from '../../../server/src/analysis/text';
import { analyzeArticle } from '../../../server/src/analysis';

const sentences = (text: string, path = 'a.md') => {
  const t = prepareText(text, path);
  return t.sentences.map((s) => ({ text: t.plain.slice(s.span.start, s.span.end).trim(), heading: s.isHeading }));
};

describe('sentences: a paragraph closed by an emoji', () => {
  it('is split into sentences, not read as a headline', () => {
    const got = sentences('# Flood live\n\n**09:40** – Crews from Harwick have reached the weir. Water is still rising at the lock gates. 🌊\n');
    const body = got.filter((s) => s.text.includes('weir') || s.text.includes('lock'));
    assert.equal(body.length, 2, JSON.stringify(got));
    assert.ok(body.every((s) => !s.heading), JSON.stringify(got));
  });

  it('reads an emoji with its variation selector and a pair of emoji alike', () => {
    const got = sentences('The ferry left Tarwick pier at 14:05 with 212 passengers aboard. ⛴️🙏\n');
    assert.ok(got.some((s) => s.text.startsWith('The ferry') && !s.heading), JSON.stringify(got));
  });

  it('still takes a short line with no full stop before its emoji for a headline', () => {
    const got = sentences('Storm latest from the coast 🌧️\n\nThe ferry left Tarwick pier at 14:05 on Monday.\n');
    assert.ok(got[0].heading, JSON.stringify(got));
    // A line of emoji alone ends like no sentence either.
    assert.ok(sentences('🎉🎉\n\nThe ferry left at 14:05.\n')[0].heading);
  });

  it('keeps the clock times and figures of such a paragraph', () => {
    const a = analyzeArticle({ path: 'blog.md', text: 'Monday 3 May 2027\n\n**11:30** – The briefing is under way. Officials say 46 homes were evacuated at 10:15. 📊\n' });
    assert.ok(a.times.some((t) => t.text === '10:15'), JSON.stringify(a.times.map((t) => t.text)));
    assert.ok(a.figures.some((f) => f.value === 46), JSON.stringify(a.figures.map((f) => f.text)));
  });
});
