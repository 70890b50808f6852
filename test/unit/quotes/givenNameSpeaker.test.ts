// A speaker told by the given name alone on second reference ("“…,” Thorunn said", "said Habibur, who
// …", "Habibur, 61, said"): the one person of the article named in full before with that given name.
// Not a word after "said" that opens a reported clause ("She said Halvorsen had not asked her"), nor
// a given name two people named before share, nor one told before the full name.
// Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakerOf(text: string, opening: string): string | undefined {
  const quote = analyzeArticle({ path: '001_wire.txt', text }).quotes.find((q) => q.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(quote, `no quotation opening "${opening}"`);
  return quote.speaker?.key;
}

describe('quotes: a speaker told by the given name alone', () => {
  it('credits "“…,” Thorunn said" to the person named in full before', () => {
    const text = 'Thorunn Gestsdottir, head of the regional coastguard, flew over the bay on Monday.\n\n' +
      '"The ice is breaking up faster than we planned for," Thorunn said. She added that boats would stay in port.\n';
    assert.equal(speakerOf(text, 'The ice'), 'thorunn gestsdottir');
  });

  it('credits "said Habibur, who …" and "Habibur, 61, said" the same way', () => {
    const text = 'The boat\'s owner, Md. Habibur Rahman Khan, managing director of Jamuna River Lines Ltd, said most passengers had tickets.\n\n' +
      '"We counted every one of them at the jetty," said Habibur, who runs four boats on the river.\n\n' +
      '"Nobody boarded without a ticket," Habibur, 61, said by telephone.\n';
    assert.equal(speakerOf(text, 'We counted'), 'habibur rahman khan');
    assert.equal(speakerOf(text, 'Nobody boarded'), 'habibur rahman khan');
  });

  it('does not read a reported clause\'s subject after "said" as the speaker', () => {
    const text = 'Halvorsen Foods, a Bergen-based grocer, agreed to buy the chain on Monday. Liv Moen, its chief executive, spoke to staff.\n\n' +
      'She said Halvorsen had not asked her "to shut a single shop".\n';
    assert.notEqual(speakerOf(text, 'to shut'), 'halvorsen foods');
  });

  it('leaves a given name two people named before share, or one told before the full name', () => {
    const two = 'Thorunn Gestsdottir of the coastguard and Thorunn Baldvinsdottir of the harbour board met on Monday.\n\n' +
      '"The ice is breaking up faster than we planned for," Thorunn said.\n';
    assert.equal(speakerOf(two, 'The ice'), undefined);
    const later = '"The ice is breaking up faster than we planned for," Thorunn said on Monday.\n\n' +
      'Thorunn Gestsdottir heads the regional coastguard, which flew over the bay.\n';
    assert.notEqual(speakerOf(later, 'The ice'), 'thorunn gestsdottir');
  });
});
