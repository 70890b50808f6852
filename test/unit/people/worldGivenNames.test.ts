import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { isGivenName } from '../../../server/src/analysis/claims/people/givenNames';
import { tokenize } from '../../../server/src/analysis/claims/people/tokens';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import type { ArticleText } from '../../../server/src/analysis/types';
import { article } from './article';

const keys = (text: ArticleText): string[] => extractPeople(text).map((p) => p.key).sort();
/** The lower case the tokenizer gives a word: the form isGivenName is asked about. */
const lowerOf = (word: string): string => tokenize(word, 0, word.length)[0].lower;

// Each sentence has one weak sign besides the given name (a speech verb, a possessive): without the
// given name the pair is not enough to be a person, and no role is written beside it.
describe('people: given names from outside the US lists', () => {
  it('a speaker whose given name is Irish, Polish, Nigerian, South African, Indian, Japanese, Korean, Greek or Danish is a person', () => {
    const cases: Array<[string, string]> = [
      ['Aoife Brannigan said the ferry would not sail before Thursday.', 'aoife brannigan'],
      ['Caoimhe Ní Riada told the inquiry the alarms had been switched off.', 'caoimhe ni riada'],
      ['Małgorzata Wierzbowska said the tram depot had flooded twice.', 'malgorzata wierzbowska'],
      ['Tomasz Grabarczyk warned that the harvest would be late.', 'tomasz grabarczyk'],
      ['Olumide Adeyinka said the clinic had run out of insulin.', 'olumide adeyinka'],
      ['Thandiwe Mokoena told councillors the taxi rank would move.', 'thandiwe mokoena'],
      ['Priyanka Venkataraman said the monsoon had washed out the road.', 'priyanka venkataraman'],
      ['Keiko Hasegawa said the plant would restart in the spring.', 'keiko hasegawa'],
      ['Seo-hyun Baek told reporters the vote had been postponed.', 'seo-hyun baek'],
      ['Spyros Papadakis said the port strike would end on Monday.', 'spyros papadakis'],
      ['Søren Kjærgaard said the wind farm was running at half capacity.', 'soren kjaergaard'],
    ];
    for (const [sentence, key] of cases) assert.deepEqual(keys(article([sentence])), [key], sentence);
  });

  it('a quotation opened by "Name Surname said:" gets the speaker', () => {
    const cases: Array<[string, string]> = [
      ['Shona Dalgleish said: “We are not moving the clinic anywhere.”', 'shona dalgleish'],
      ['Chidinma Obiefuna said: “The fees will rise by a third next year.”', 'chidinma obiefuna'],
      ['Malgorzata Sobczak said: “Nobody warned the tenants about the gas.”', 'malgorzata sobczak'],
      ['Soren Vestergaard said: “The bridge stays shut until the inspectors are done.”', 'soren vestergaard'],
    ];
    for (const [sentence, key] of cases) {
      const text = article([sentence]);
      const quotes = extractQuotes(text, extractPeople(text));
      assert.equal(quotes.length, 1, sentence);
      assert.equal(quotes[0].speaker?.key ?? null, key, sentence);
    }
  });

  it('the check sees accents folded, ł and ø spelt plainly, and a Korean name as one hyphenated word', () => {
    assert.equal(lowerOf('Siobhán'), 'siobhan');
    assert.equal(lowerOf('Małgorzata'), 'malgorzata');
    assert.equal(lowerOf('Seo-hyun'), 'seo-hyun');
    for (const word of ['Siobhán', 'Siobhan', 'Małgorzata', 'Malgorzata', 'Søren', 'Soren', 'Seo-hyun', 'Barış', 'Baris', 'İlker']) {
      assert.ok(isGivenName(lowerOf(word)), word);
    }
  });

  it('places, bodies named after people and common words stay out of the list', () => {
    for (const word of ['nasser', 'hamad', 'khalifa', 'hilal', 'wafa', 'amal', 'aviv', 'dima', 'milan', 'blessing', 'innocent', 'fares', 'sultan', 'ararat', 'efe', 'hina', 'sana', 'esa', 'nir', 'padma']) {
      assert.equal(isGivenName(word), false, word);
    }
    // A speaking hospital and a club are not people.
    assert.deepEqual(keys(article(['Nasser Hospital said on Tuesday that its generators had failed.'])), []);
    assert.deepEqual(keys(article(['Hilal Riyadh said the coach would stay until the summer.'])), []);
    // "Tel Aviv University said …": the name is not read as starting at "Aviv".
    assert.deepEqual(keys(article(['Tel Aviv University said the lecture would go ahead.'])), []);
    // An island and a river: places, not given names.
    assert.deepEqual(keys(article(['Montserrat Ferries said the crossing had been cancelled.'])), []);
  });

  it('keeps a second person of the same family name apart when a world given name opens the paragraph (round 43)', () => {
    const text = article(['Harbour master Yaw Mensah closed the port at noon.'], ['Abena Mensah, a fish trader from Elmina, told the radio station the boats stayed in.']);
    assert.deepEqual(keys(text), ['abena mensah', 'yaw mensah']);
  });
});
