// A speech that runs over paragraphs (“… ¶ “…”: no closing mark until the last paragraph), and one
// introduced by a paragraph of its own ("Dana Rhee, Chief Executive of the Board, said:"), as press
// releases and wires set them.
import { strict as assert } from 'node:assert';
import { extractPeople, looksLikeHeadline } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import { sentenceTokensOf } from '../../../server/src/analysis/claims/people/tokens';
import type { ArticleText, Quote } from '../../../server/src/analysis/types';
import { article } from '../people/article';
import { findingsIn } from '../findings/review';

const quotesOf = (text: ArticleText): Quote[] => extractQuotes(text, extractPeople(text));
const pieces = (text: ArticleText, q: Quote): string[] => q.pieces.map((p) => text.plain.slice(p.start, p.end));

describe('quotes: a speech over several paragraphs', () => {
  it('reads a paragraph left open before one that opens with a mark as a quotation of its own', () => {
    const t = article(
      ['The harbour board met on Monday.'],
      ['Dana Rhee, Chief Executive of the Board, said:'],
      ['“We owe the families an answer.', 'Nobody should go to work on the quay and not come home.'],
      ['“We will publish every page of the report.”'],
    );
    const qs = quotesOf(t);
    assert.equal(qs.length, 2, JSON.stringify(qs.map((q) => q.text)));
    assert.deepEqual(pieces(t, qs[0]), ['We owe the families an answer. Nobody should go to work on the quay and not come home']);
    assert.deepEqual(qs.map((q) => q.speaker?.key), ['dana rhee', 'dana rhee']);
  });

  it('a line that ends with a colon is no headline', () => {
    const t = article(['Dana Rhee, Chief Executive of the Board, said:']);
    assert.equal(looksLikeHeadline(sentenceTokensOf(t.plain, t.sentences[0], 0)), false);
  });

  it('leaves a phrase left open mid-sentence alone', () => {
    const t = article(
      ['Rhee called the delay “a scandal for the port.', 'The board meets again in May.'],
      ['“We will publish every page,” Rhee said.'],
    );
    assert.deepEqual(quotesOf(t).map((q) => pieces(t, q)[0]), ['We will publish every page']);
  });

  it('holds a changed word in the first paragraph of such a speech against another source', () => {
    const files = {
      '001_release.txt': 'The harbour board met on Monday.\n\nDana Rhee, Chief Executive of the Board, said:\n\n“We owe the families an answer. Nobody should go to work on the quay and not come home.\n\n“We will publish every page of the report.”\n',
      '002_paper.txt': 'Board chief executive Dana Rhee said: "Nobody should go to work at the quay and not come home."\n',
    };
    const found = findingsIn(files, '001_release.txt', 'quote-mismatch');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['001_release.txt'].slice(found[0].span.start, found[0].span.end), 'on');
  });
});
