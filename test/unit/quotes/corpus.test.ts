// General sanity on the shared sample articles, when they are present. Checks shapes only, never
// the samples' specific quotes or speakers.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepareText } from '../../../server/src/analysis/text';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';

const dir = resolve(process.cwd(), '../shared/corpus/x-outage');
const MARKS = '“”"';

describe('quotes and people: shared sample articles', function () {
  if (!existsSync(dir)) {
    it.skip('sample corpus not present');
    return;
  }
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));

  for (const file of files) {
    it(`${file}: quotes are well formed`, () => {
      const text = prepareText(readFileSync(join(dir, file), 'utf8'), file);
      const people = extractPeople(text);
      const keys = new Set(people.map((p) => p.key));
      for (const q of extractQuotes(text, people)) {
        assert.ok(MARKS.includes(q.text[0]) && MARKS.includes(q.text[q.text.length - 1]), `marks: ${q.text}`);
        assert.equal(text.original.slice(q.span.start, q.span.end), q.text);
        const para = text.paragraphs.find((p) => p.start <= q.span.start && q.span.start < p.end);
        assert.ok(para && q.span.end <= para.end, `spans paragraphs: ${q.text}`);
        for (const piece of q.pieces) {
          assert.ok(q.span.start < piece.start && piece.end < q.span.end && piece.end > piece.start);
          assert.ok(!MARKS.includes(text.plain[piece.start]), 'piece starts with a mark');
        }
        if (q.speaker) assert.ok(keys.has(q.speaker.key), `speaker ${q.speaker.key} is a person`);
        assert.ok(!text.sentences[q.sentence].isHeading);
      }
    });

    it(`${file}: people are plausible names`, () => {
      const text = prepareText(readFileSync(join(dir, file), 'utf8'), file);
      for (const p of extractPeople(text)) {
        assert.equal(p.key, p.key.toLowerCase());
        const words = p.key.split(' ');
        assert.ok(words.length >= 1 && words.length <= 4, p.key);
        assert.ok(!/^(mr|mrs|ms|dr|sen|president)\b/.test(p.key), `title in key: ${p.key}`);
        assert.ok(!/downdetector|university|news|department|center|centre/.test(p.key), `not a person: ${p.key}`);
        assert.ok(p.mentions.length > 0);
        for (const m of p.mentions) assert.ok(/^\p{Lu}/u.test(text.plain.slice(m.start, m.end)));
      }
    });
  }
});
