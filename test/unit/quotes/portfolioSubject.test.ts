// "Head of planning Ana Ruiz told them: “…”", "Director of public health Jo Park said …": a role's
// portfolio after "of"/"for" opens the sentence before the name, and the name is its subject.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import { article } from '../people/article';

const speakerOf = (...sentences: string[]) => {
  const text = article(sentences);
  return extractQuotes(text, extractPeople(text))[0]?.speaker?.key ?? null;
};

describe('quotes: a speaker named after a role and its portfolio', () => {
  it('"Head of housing Ines Varga told them: “…”" credits Ines Varga', () => {
    assert.equal(speakerOf('Head of housing Ines Varga told them: “Every one of these flats will be let by spring.”'), 'ines varga');
  });

  it('"Director of works Ines Varga said that “…”" credits her too', () => {
    assert.equal(speakerOf('Director of works Ines Varga said that “every bridge on the list will be inspected.”'), 'ines varga');
  });
});

describe('quotes: a speaker described after "said", with a participle after the name', () => {
  it('“…,” said board chair Ines Varga, 59, setting out … credits the person', () => {
    assert.equal(speakerOf('“We have no legal grounds to refuse this,” said board chair Ines Varga, 59, setting out the advice the members had received.'), 'ines varga');
  });

  it('a clause of another kind after the name still leaves the speaker open', () => {
    assert.equal(speakerOf('“We have no legal grounds to refuse this,” said board chair Ines Varga, 59, and the members agreed.'), null);
  });
});
