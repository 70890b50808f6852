import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import type { ArticleText, Quote } from '../../../server/src/analysis/types';
import { prepareText } from '../../../server/src/analysis/text';
import { article } from '../people/article';

const quotesOf = (text: ArticleText): Quote[] => extractQuotes(text, extractPeople(text));
const pieces = (text: ArticleText, q: Quote): string[] => q.pieces.map((p) => text.plain.slice(p.start, p.end));
const only = (text: ArticleText): Quote => {
  const qs = quotesOf(text);
  assert.equal(qs.length, 1, `expected one quote, got ${JSON.stringify(qs.map((q) => q.text))}`);
  return qs[0];
};
const speakerKey = (q: Quote): string | null => q.speaker?.key ?? null;

describe('quotes: marks', () => {
  it('reads straight marks and gives span, text and pieces', () => {
    const t = article(['"We will rebuild the stand," said Mayor Ana Ruiz.']);
    const q = only(t);
    assert.equal(q.text, '"We will rebuild the stand,"');
    assert.equal(t.plain.slice(q.span.start, q.span.end), q.text);
    assert.deepEqual(pieces(t, q), ['We will rebuild the stand']);
    assert.equal(speakerKey(q), 'ana ruiz');
    assert.equal(q.speaker?.via, 'named');
    assert.equal(q.partial, false);
    assert.equal(q.sentence, 0);
  });

  it('a title in capitals that runs on into the name ("Minister for Ports and Harbours Nikos Varga") gives the speaker', () => {
    const after = only(article(['"Every berth will be open by spring," said Deputy Minister for Ports and Harbours Nikos Varga.']));
    assert.equal(speakerKey(after), 'nikos varga');
    const before = only(article(['Deputy Minister for Ports and Harbours Nikos Varga said: "Every berth will be open by spring."']));
    assert.equal(speakerKey(before), 'nikos varga');
  });

  it('a paragraph that is only a quotation goes on with the speaker of the quotation closing the paragraph before', () => {
    const t = article(
      ['Ines Odell, a retired nurse, chairs the Harbour Users Group.'],
      ['“The ferry is late every other day,” said Mrs Odell.'],
      ['“Nobody on the island can plan a hospital visit around it.”'],
      ['The operator said the timetable would be reviewed.'],
      ['“We are sorry for the delays.”'],
    );
    const qs = quotesOf(t);
    assert.equal(qs.length, 3);
    assert.equal(speakerKey(qs[0]), 'ines odell');
    assert.equal(speakerKey(qs[1]), 'ines odell');
    // The paragraph before has no quotation: no one to go on with.
    assert.equal(speakerKey(qs[2]), null);
  });

  it('keeps apostrophes inside curly quotes and never opens a quote at one', () => {
    const t = article(
      ['The union’s members’ vote was close, and Hamas’ statement was ignored.'],
      ['“We’re not giving up on the club’s future,” Dara Whitlock, the supporters’ trust chair, said.'],
    );
    const q = only(t);
    assert.deepEqual(pieces(t, q), ['We’re not giving up on the club’s future']);
    assert.equal(speakerKey(q), 'dara whitlock');
  });

  it('finds a quote whose opening mark is a closing one', () => {
    const t = article(['Maria Okafor said the reef had been damaged” by a marine heatwave.”']);
    const q = only(t);
    assert.ok(q.text.startsWith('”') && q.text.endsWith('”'));
    assert.deepEqual(pieces(t, q), ['by a marine heatwave.']);
    assert.equal(speakerKey(q), 'maria okafor');
  });

  it('drops an unclosed quote at the paragraph end instead of swallowing the next paragraph', () => {
    const t = article(
      ['Union leader Dara Whitlock said the deal was “a betrayal of workers.', 'The vote is on Friday.'],
      ['“We will strike if we must,” Whitlock said.'],
    );
    const q = only(t);
    assert.deepEqual(pieces(t, q), ['We will strike if we must']);
    assert.equal(speakerKey(q), 'dara whitlock');
  });

  it('never lets a quote span two paragraphs', () => {
    const t = article(['He called it "a disgrace.'], ['Ruiz said "we will see" on Monday.']);
    for (const q of quotesOf(t)) {
      const para = t.paragraphs.find((p) => p.start <= q.span.start && q.span.start < p.end);
      assert.ok(para && q.span.end <= para.end, `quote ${q.text} crosses a paragraph`);
    }
  });

  it('keeps a multi-sentence quote whole', () => {
    const t = article(['“The water is warmer than ever. The corals are bleaching,” Maria Okafor said.']);
    const q = only(t);
    assert.deepEqual(pieces(t, q), ['The water is warmer than ever. The corals are bleaching']);
  });
});

describe('quotes: shapes', () => {
  it('joins an interrupted quote into one quote with two pieces', () => {
    const t = article(['“We trained hard all week,” Leo Marchetti said.', '“The result will come.”']);
    const q = only(t);
    assert.equal(q.pieces.length, 2);
    assert.deepEqual(pieces(t, q), ['We trained hard all week', 'The result will come.']);
    assert.equal(q.span.start, 0);
    assert.equal(q.span.end, t.plain.length);
    assert.equal(speakerKey(q), 'leo marchetti');
    assert.equal(q.partial, false);
  });

  it('joins an interrupted quote whose speaker is a pronoun', () => {
    const t = article(
      ['Maria Okafor, a marine biologist, dived at dawn.'],
      ['“The reef is alive,” she said.', '“But only just.”'],
    );
    const q = only(t);
    assert.equal(q.pieces.length, 2);
    assert.equal(speakerKey(q), 'maria okafor');
    assert.equal(q.speaker?.via, 'pronoun');
    assert.equal(q.speaker?.text, 'she');
  });

  it('does not join two quotes with different speakers', () => {
    const t = article(['“We won,” Ruiz said.', '“They cheated,” Whitlock replied.'], ['Mayor Ana Ruiz and union leader Dara Whitlock spoke later.']);
    const qs = quotesOf(t);
    assert.equal(qs.length, 2);
    assert.deepEqual(qs.map(speakerKey), ['ana ruiz', 'dara whitlock']);
  });

  it('joins a quote continued after a comma: “A,” she said, “B.”', () => {
    const t = article(['Mayor Ana Ruiz visited the stand.'], ['“It is unsafe,” she said, “and it will stay shut.”']);
    const q = only(t);
    assert.deepEqual(pieces(t, q), ['It is unsafe', 'and it will stay shut.']);
    assert.equal(speakerKey(q), 'ana ruiz');
  });

  it('marks a fragment woven into the sentence as partial', () => {
    const t = article(['Mayor Ana Ruiz called the budget “wholly inadequate.”']);
    const q = only(t);
    assert.equal(q.partial, true);
    assert.equal(speakerKey(q), 'ana ruiz');
  });

  it('reads a dash-enclosed aside with its speaker', () => {
    const t = article(['Mayor Ana Ruiz said the money could be found elsewhere—“unlikely,” she added—but the vote stands.']);
    const q = only(t);
    assert.deepEqual(pieces(t, q), ['unlikely']);
    assert.equal(q.partial, true);
    assert.equal(speakerKey(q), 'ana ruiz');
  });

  it('keeps a scare quote without a speaker', () => {
    const t = article(['Mayor Ana Ruiz defended the so-called “efficiency drive” at the hall.']);
    const q = only(t);
    assert.equal(q.speaker, null);
    assert.equal(q.partial, true);
  });

  it('skips headline sentences', () => {
    const t = article({ sentences: ['Mayor Calls Budget ‘A Disgrace’ And “Unworkable”'], heading: true }, ['The council met.']);
    assert.equal(quotesOf(t).length, 0);
  });
});

describe('quotes: speakers', () => {
  it('reads "said Name", "Name said", "Name wrote that", "according to Name"', () => {
    const t = article(
      ['Maria Okafor, a marine biologist, studies the reef.'],
      ['“It is recovering,” said Okafor.'],
      ['Okafor wrote that the reef was “in better shape than in 2019.”'],
      ['The fish are back, “in numbers we have not seen for years,” according to Okafor.'],
    );
    const qs = quotesOf(t);
    assert.equal(qs.length, 3);
    for (const q of qs) {
      assert.equal(speakerKey(q), 'maria okafor');
      assert.equal(q.speaker?.via, 'named');
      assert.equal(q.speaker?.text, 'Okafor');
    }
  });

  it('reads "Name posted on X: “…”" and British "Mr Name" without a period', () => {
    const t = article(['Leo Marchetti, a striker, scored twice.'], ['Mr Marchetti posted on X: "Proud of this team."']);
    const q = only(t);
    assert.equal(speakerKey(q), 'leo marchetti');
    assert.deepEqual(q.venue?.words, ['x']);
  });

  it('reads the colon form "Name: “…”"', () => {
    const t = article(['Tomas Lindqvist, CEO of NordFreight, spoke on Monday.'], ['Lindqvist: “The port will reopen within days.”']);
    assert.equal(speakerKey(only(t)), 'tomas lindqvist');
  });

  it('reads a subject across an apposition: "Name, role, told … that “…”"', () => {
    const t = article(['Tomas Lindqvist, CEO of NordFreight, told reporters it was “far too early to say.”']);
    assert.equal(speakerKey(only(t)), 'tomas lindqvist');
  });

  it('resolves a pronoun to the subject of the previous sentence, not to an object', () => {
    const t = article(
      ['Mayor Ana Ruiz met union leader Dara Whitlock on Monday.', '“We found common ground,” she said.'],
    );
    const q = only(t);
    assert.equal(speakerKey(q), 'ana ruiz');
    assert.equal(q.speaker?.via, 'pronoun');
  });

  it('takes a name fronted after a role as the subject, whatever verb follows it', () => {
    // The comma that closes the fronted name does not open an apposition of its own.
    const t = article(
      ['The club’s treasurer, Dara Whitlock, walked out of the meeting in her only public appearance.', '“We were not consulted,” she said.'],
    );
    assert.equal(speakerKey(only(t)), 'dara whitlock');
  });

  it('takes the name fronted after a named person’s role as the subject', () => {
    const t = article(
      ['Tomas Lindqvist was charged in May.'],
      ['Lindqvist’s lawyer, Dara Whitlock, walked out of the hearing in silence.', '“He will appeal,” she said.'],
    );
    assert.equal(speakerKey(quotesOf(t)[0]), 'dara whitlock');
  });

  it('leaves a pronoun unresolved when the only person was an object', () => {
    const t = article(['The council thanked Dara Whitlock for her work.', '“It was a long year,” she said.']);
    assert.equal(only(t).speaker, null);
  });

  it('returns null when two people share the subject', () => {
    const t = article(['Mayor Ana Ruiz and union leader Dara Whitlock met on Tuesday.', '“It went well,” she said.']);
    assert.equal(only(t).speaker, null);
  });

  it('returns null when an unnamed person is the latest subject', () => {
    const t = article(
      ['Mayor Ana Ruiz spoke first.'],
      ['A council spokesman later declined to give figures.', '“We are still counting,” he said.'],
    );
    assert.equal(only(t).speaker, null);
  });

  it('resolves a role noun to the one person with that role', () => {
    const t = article(
      ['Priya Raman, a spokesperson for the port authority, confirmed the closure.'],
      ['“Safety comes first,” the spokesperson said.'],
    );
    const q = only(t);
    assert.equal(speakerKey(q), 'priya raman');
    assert.equal(q.speaker?.via, 'role');
  });

  it('gives no speaker to a company, a post or "it"', () => {
    const t = article(
      ['Tomas Lindqvist runs NordFreight.'],
      ['“Operations are normal,” the company said.'],
      ['“Back soon,” the post read.'],
      ['“Three cranes failed,” it reported.'],
    );
    const qs = quotesOf(t);
    assert.equal(qs.length, 3);
    for (const q of qs) assert.equal(q.speaker, null, q.text);
  });

  it('attributes a quote with no speech verb to a person who is the sentence subject', () => {
    const t = article(['Maria Okafor remains confident that the reef “can still recover if we act now.”']);
    assert.equal(speakerKey(only(t)), 'maria okafor');
  });

  it('does not attribute a quote read off a thing ("a banner that reads")', () => {
    const t = article(['Mayor Ana Ruiz stood under a banner that reads “build the stand now.”']);
    assert.equal(only(t).speaker, null);
  });

  it('gives no speaker to words the subject rejects ("rejected claims that … “…”")', () => {
    const t = article(['Mayor Ana Ruiz rejected claims that the stand was “unsafe and badly outdated.”']);
    assert.equal(only(t).speaker, null);
  });

  it('picks the latest subject when two people share a role noun', () => {
    const t = article(
      ['Omar Haddad, a researcher at Eastgate College, found the flaw.', 'Leo Marchetti, a researcher at Northgate Labs, confirmed it.'],
      ['“It is serious,” the researcher said.'],
    );
    const q = only(t);
    assert.equal(speakerKey(q), 'leo marchetti');
    assert.equal(q.speaker?.via, 'role');
  });

  it('leaves "they" unresolved: usually a group', () => {
    const t = article(['Mayor Ana Ruiz met the fans.', '“We want our stand back,” they said.']);
    assert.equal(only(t).speaker, null);
  });

  it('does not take a new sentence for an attribution ("… “x.” She said …")', () => {
    const t = article(
      ['Dara Whitlock, a union leader, met Mayor Ana Ruiz on Monday.'],
      ['The mayor called the offer “final and fair.”', 'She said talks would resume.'],
    );
    const q = only(t);
    assert.equal(speakerKey(q), 'ana ruiz');
  });

  it('does not read a foundation named after a person as that person', () => {
    const t = article(['Maria Okafor, a marine biologist, founded a charity.'], ['“Grants are paused,” the Okafor Foundation said.']);
    assert.equal(only(t).speaker, null);
  });

  it('resolves "he" inside the same sentence to an earlier clause subject', () => {
    const t = article(['While Leo Marchetti says he is fit, he also noted that “the knee still hurts in the cold.”']);
    const q = only(t);
    assert.equal(speakerKey(q), 'leo marchetti');
    assert.equal(q.speaker?.via, 'pronoun');
  });
});

describe('quotes: speakers after a description', () => {
  it('finds the speaker after a description that opens with a verb-shaped word or ends in a trade', () => {
    const t = article(
      ['"The pumps were never meant for this," state water board engineer Halvard Oyelaran said.'],
      ['"We saw the surge coming," harbour seismologist Ines Taubmann said.'],
      ['Down by the quay, "We lost everything," fisherman Ruairi Costigan said.'],
    );
    assert.deepEqual(quotesOf(t).map(speakerKey), ['halvard oyelaran', 'ines taubmann', 'ruairi costigan']);
  });
});

describe('quotes: transcripts', () => {
  it('a question labelled with the asker\'s outlet is not that outlet speaking', () => {
    const t = article(
      ['Speakers: Harbourmaster Elin Sundqvist; Mayor Jonas Brandt. Questions from Radio Tamsin and others.'],
      ['MAYOR BRANDT: Thank you all for coming at such short notice.'],
      ['QUESTION (Radio Tamsin): Will the ferry sail on Friday?'],
      ['ELIN SUNDQVIST: It will sail when the hull has been checked.'],
    );
    assert.deepEqual(quotesOf(t).map(speakerKey), ['jonas brandt', 'elin sundqvist']);
  });

  it('the opening speaker\'s later paragraphs are theirs too, though the second label comes after them', () => {
    const t = article(
      ['Speakers: Mayor Jonas Brandt; Harbourmaster Elin Sundqvist.'],
      ['MAYOR BRANDT: Thank you all for coming at such short notice.'],
      ['The ferry will stay in port until the hull has been checked, and that will take two days.'],
      ['ELIN SUNDQVIST: The divers go down at first light.'],
    );
    assert.deepEqual(quotesOf(t).map((q) => [speakerKey(q), q.text.slice(0, 9)]), [['jonas brandt', 'Thank you'], ['jonas brandt', 'The ferry'], ['elin sundqvist', 'The diver']]);
  });

  it('one labelled paragraph is not a transcript, and neither are the paragraphs after it', () => {
    const t = article(
      ['Mayor Jonas Brandt spoke at the quay.'],
      ['BRANDT: Thank you all for coming.'],
      ['The ferry will stay in port until the hull has been checked.'],
    );
    assert.deepEqual(quotesOf(t), []);
  });
});

describe('quotes: venues', () => {
  const venueOf = (...sentences: string[]) => {
    const t = article(['Maria Okafor, a marine biologist, studies the reef.'], sentences);
    const qs = quotesOf(t);
    return qs[qs.length - 1].venue;
  };

  it('reads "told the BBC" and "told CNN"', () => {
    assert.deepEqual(venueOf('Okafor told the BBC the damage was “severe.”')?.words, ['bbc']);
    const v = venueOf('Okafor told CNN it was “too early to tell.”');
    assert.deepEqual(v?.words, ['cnn']);
    assert.equal(v?.type, 'outlet');
  });

  it('keeps the host out of the outlet words: "told Metro Radio Network’s Gillespie"', () => {
    const v = venueOf('Okafor told Metro Radio Network’s Gillespie that the reef had “turned a corner.”');
    assert.deepEqual(v?.words, ['metro', 'radio', 'network']);
    assert.equal(v?.text, 'Metro Radio Network’s Gillespie');
  });

  it('reads a station’s number inside its name: "told Harbour 88.1 FM", "told WQRT 9 News"', () => {
    assert.deepEqual(venueOf('Okafor told Harbour 88.1 FM the reef was “recovering.”')?.words, ['harbour', '88.1', 'fm']);
    assert.deepEqual(venueOf('Okafor told WQRT 9 News the reef was “recovering.”')?.words, ['wqrt', '9', 'news']);
  });

  it('reads platforms: on Bluesky, in a post on X, in an X post, on her Instagram account, on Truth Social', () => {
    assert.deepEqual(venueOf('“The reef is back,” Okafor wrote on Bluesky.')?.words, ['bluesky']);
    const x = venueOf('In a post on X, Okafor said the reef was “coming back.”');
    assert.deepEqual(x?.words, ['x']);
    assert.equal(x?.type, 'platform');
    assert.deepEqual(venueOf('Okafor said in an X post that the reef was “coming back.”')?.words, ['x']);
    assert.deepEqual(venueOf('“We did it,” Okafor posted on her Instagram account.')?.words, ['instagram']);
    assert.deepEqual(venueOf('“We did it,” Okafor wrote on Truth Social.')?.words, ['truth', 'social']);
  });

  it('reads interviews: with Reuters, speaking to Sky News, during a live interview in an earlier clause', () => {
    assert.deepEqual(venueOf('“It is fragile,” Okafor said in an interview with Reuters.')?.words, ['reuters']);
    assert.deepEqual(venueOf('Speaking to Sky News, Okafor said the reef was “fragile.”')?.words, ['sky', 'news']);
    const v = venueOf('During a live interview with Fox Weather, she warned that “the next heatwave could finish it.”');
    assert.deepEqual(v?.words, ['fox', 'weather']);
  });

  it('reads generic venues: a statement, a television interview', () => {
    const s = venueOf('“We are grateful,” Okafor said in a statement.');
    assert.deepEqual(s && { words: s.words, type: s.type }, { words: ['statement'], type: 'other' });
    const tv = venueOf('Okafor said in a television interview that the reef was “fragile.”');
    assert.deepEqual(tv && { words: tv.words, type: tv.type }, { words: [], type: 'other' });
  });

  it('carries a venue from a setup sentence in the same paragraph only', () => {
    const t = article(
      ['Maria Okafor, a marine biologist, spoke out on Bluesky about the survey.', 'She said it was “missing the northern reefs.”'],
      ['“The data is incomplete,” Okafor said.'],
    );
    const qs = quotesOf(t);
    assert.equal(qs.length, 2);
    assert.deepEqual(qs[0].venue?.words, ['bluesky']);
    assert.equal(qs[1].venue, null);
  });

  it('carries a venue from the sentence just before a quotation that opens its paragraph', () => {
    const t = article(
      ['Maria Okafor, a marine biologist, told WQRT 9 News the survey had missed the northern reefs.'],
      ['“The data is incomplete,” Okafor said.'],
      ['The survey will be repeated.'],
      ['“We will go back in May,” Okafor said.'],
    );
    const qs = quotesOf(t);
    assert.deepEqual(qs[0].venue?.words, ['wqrt', '9', 'news']);
    assert.equal(qs[1].venue, null); // the sentence before it names no venue, and the one before that is too far
  });

  it('does not read "told Name" as an outlet', () => {
    const t = article(['Mayor Ana Ruiz met Dara Whitlock, a union leader, on Friday.', 'Ruiz told Whitlock that the offer was “final.”']);
    assert.equal(only(t).venue, null);
  });
});

describe('quotes: through prepareText', () => {
  it('finds an interrupted quote and its speaker in a plain article', () => {
    const text = prepareText('Union leader Dara Whitlock spoke at the gates.\n\n“We will not back down,” Whitlock said. “Not this time.”\n', 'a.txt');
    const qs = extractQuotes(text, extractPeople(text));
    assert.equal(qs.length, 1);
    assert.equal(qs[0].pieces.length, 2);
    assert.equal(qs[0].speaker?.key, 'dara whitlock');
  });
});
