// "Spokesman Karim Haddad's words on Wednesday night — “…” — seem to have held": a named person's
// possessive before "words", a few words of when, then a dash or a colon and the quotation: the words
// are that person's.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakerOf = (text: string) => analyzeArticle({ path: '001_blog.md', text }).quotes[0]?.speaker?.key;

describe('quotes: a named person\'s words before a dash or a colon', () => {
  it('credits the quotation to the person whose words they are', () => {
    assert.equal(speakerOf('Transit spokesman Karim Haddad says the new gates held up.\n\nSpokesman Karim Haddad\'s words on Wednesday night — "Riders will see the new fares from Saturday morning" — seem to have held.'), 'karim haddad');
    assert.equal(speakerOf('Mayor Lidia Varga opened the bridge.\n\nLidia Varga\'s words: "This bridge belongs to both banks."'), 'lidia varga');
  });

  it('leaves words that are no named person\'s unattributed', () => {
    assert.equal(speakerOf('The union met on Friday.\n\nThe union\'s words — "We will not close the pool" — rang out.'), undefined);
    assert.equal(speakerOf('Mayor Lidia Varga opened the bridge.\n\nLidia Varga\'s plan was simple — "This bridge belongs to both banks" was the slogan.'), undefined);
  });
});
