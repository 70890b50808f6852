// A name spelt with an umlaut in one article and transliterated in another ("Jürgen Pölzl" /
// "JUERGEN POELZL:" in a transcript's capitals, or "Jurgen Polzl" with the accents dropped) is one
// speaker: otherwise the same quotation credited to one person under two spellings is called an
// attribution conflict.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { SpeakerDirectory, spellingOfName } from '../../../server/src/analysis/alignment/speakers';
import { findingsIn } from '../findings/review';

function directory(...texts: string[]): SpeakerDirectory {
  const d = new SpeakerDirectory();
  texts.forEach((text, i) => d.count(analyzeArticle({ path: `00${i}.txt`, text }), 1));
  return d;
}

describe('speakers: German transliteration of a name', () => {
  it('reads "ae", "oe", "ue" as the vowel alone', () => {
    assert.equal(spellingOfName('juergen poelzl'), spellingOfName('jurgen polzl'));
    assert.equal(spellingOfName('hanna kraemer'), 'hanna kramer');
    assert.equal(spellingOfName('lotte gruenwald'), 'lotte grunwald');
    assert.notEqual(spellingOfName('hanna kraemer'), spellingOfName('hanna krimer'));
  });
  it('gives every spelling of one full name, and its surname alone, one key', () => {
    const d = directory('Mayor Jürgen Pölzl said the bridge would reopen.', 'Mayor Juergen Poelzl said the bridge would reopen.',
      'Mayor Jurgen Polzl said the bridge would reopen.');
    const key = d.canonical('jurgen polzl');
    assert.equal(d.canonical('juergen poelzl'), key);
    assert.equal(d.canonical('polzl'), key);
    assert.equal(d.canonical('poelzl'), key);
  });
  it('reads "ß" and "ss" as one letter', () => {
    const d = directory('Councillor Greta Weiß said so.', 'Councillor Greta Weiss said so.');
    assert.equal(d.canonical('greta weiss'), d.canonical('weiss'));
  });
  it('keeps apart two people whose names differ in more than the umlaut', () => {
    const d = directory('Mayor Jürgen Pölzl said so.', 'Judge Jürgen Pilzl said so.');
    assert.notEqual(d.canonical('jurgen polzl'), d.canonical('jurgen pilzl'));
  });
  it('reports no attribution conflict for one quotation credited under an umlaut and, in a transcript\'s capitals, its transliteration', () => {
    const files = {
      '001_blog.txt': "LIVE: Rent cap vote in Linz council\n" +
        "Linzer Morgenblatt live desk | Updated Tuesday 3 March 2026, 19:10\n" +
        "\n" +
        "19:10\n" +
        "That is where we end tonight's coverage. Thanks for reading.\n" +
        "\n" +
        "18:45\n" +
        "💬 Hanna Krämer of the tenants’ association Fair Rent Austria, speaking outside room 114: “A vote is a start, but most tenants will still pay far too much.” She says many tenants are still waiting for their deposits.\n" +
        "\n" +
        "18:30\n" +
        "Mayor Klaus Wimmer says the cap will apply in the Domviertel district from July. The Greens' Tobias Rainer voted against.\n",
      '002_radio.txt': "UPPER AUSTRIA RADIO - THE LATE REPORT\n" +
        "Broadcast: Tuesday 3 March 2026, 21:00\n" +
        "Transcript - Item 4: Rent cap vote\n" +
        "\n" +
        "LISA HOFBAUER: Good evening. Linz council has voted to cap rents in the old town. Our reporter Paul Eder was at the town hall. Paul, how did it go?\n" +
        "\n" +
        "PAUL EDER: Lisa, the debate ran for five hours, and the vote came just after six. Forty councillors voted for the cap and nineteen against. Mayor Klaus Wimmer says it will apply in the Domviertel district from July.\n" +
        "\n" +
        "LISA HOFBAUER: And the tenants?\n" +
        "\n" +
        "PAUL EDER: Relieved, but cautious. I spoke to Hanna Kraemer, the spokeswoman of the tenants' association Fair Rent Austria.\n" +
        "\n" +
        "HANNA KRAEMER: A vote is a start, but most tenants will still pay far too much. What we want now is for landlords to publish every rent in the building.\n" +
        "\n" +
        "LISA HOFBAUER: Paul Eder, thank you.\n",
      'draft.md': 'Linz council voted on Tuesday to cap rents in the old town.',
    };
    assert.deepEqual(findingsIn(files, '001_blog.txt', 'attribution-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '002_radio.txt', 'attribution-conflict').map((f) => f.text), []);
  });
});
