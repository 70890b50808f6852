import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { prepareText } from '../../../server/src/analysis/text';
import type { Person } from '../../../server/src/analysis/types';
import { article } from './article';

const keys = (people: Person[]): string[] => people.map((p) => p.key);
const find = (people: Person[], key: string): Person => {
  const p = people.find((x) => x.key === key);
  assert.ok(p, `expected ${key} in ${JSON.stringify(keys(people))}`);
  return p;
};

describe('people: names', () => {
  it('finds a quoted expert and keys her by lower-case full name', () => {
    const people = extractPeople(article(['Maria Okafor, a marine biologist at the Plymouth Institute, said the reef was recovering.']));
    assert.deepEqual(keys(people), ['maria okafor']);
    assert.equal(find(people, 'maria okafor').name, 'Maria Okafor');
  });

  it('a name followed by ", whose husband …" (or another family word) is a person; ", whose shares" is not enough', () => {
    const people = extractPeople(article(
      ['Tandiwe Khosa, whose son was among the missing divers, waited at the harbour wall all night.'],
      ['Kestrel Marine, whose shares fell sharply, declined to comment.'],
    ));
    assert.deepEqual(keys(people), ['tandiwe khosa']);
  });

  it('a portfolio after "Secretary for" / "Minister for" is not part of a name no given-name list knows', () => {
    const health = extractPeople(article(
      ['In Belfast, Minister for Health Tavyn Orrell said the wards would reopen in May.'],
      ['Mr Orrell, 52, visited the hospital.'],
    ));
    assert.deepEqual(keys(health), ['tavyn orrell']);
    const transport = extractPeople(article(
      ['"The line will reopen," said Cabinet Secretary for Transport Tavyn Orrell.'],
      ['Mr Orrell visited the depot on Friday.'],
    ));
    assert.deepEqual(keys(transport), ['tavyn orrell']);
  });

  it('the last word of an organisation ("Transport for Northshire said") is not a surname seen as a subject', () => {
    const people = extractPeople(article(
      ['Ffion Carrow, who chairs the campaign group Bus Users Northshire from a room above the library, was angry.'],
      ['Transport for Northshire said the new timetable would help.'],
    ));
    assert.deepEqual(keys(people), ['ffion carrow']);
  });

  it('a place after a word of direction ("in west Northshire should") is not a surname seen as a subject', () => {
    const people = extractPeople(article(
      ['Ffion Carrow, who chairs the campaign group Bus Users Northshire from a room above the library, was angry.'],
      ['Minister Aled Price visited the depot.'],
      ['“Nobody in west Northshire should pay more,” he said.'],
    ));
    assert.deepEqual(keys(people).sort(), ['aled price', 'ffion carrow']);
  });

  it('does not read "U.S." or "U.K." as a name’s initials', () => {
    const people = extractPeople(article(
      ['Assistant U.S. Attorney Marta Quill asked for a longer term.'],
      ['“We will appeal,” U.K. Ambassador Owen Blake said in a statement.'],
    ));
    assert.deepEqual(keys(people).sort(), ['marta quill', 'owen blake']);
  });

  it('strips titles from the key: Dr., Mayor, Prime Minister, Sen.', () => {
    const people = extractPeople(article(
      ['Dr. Jane Achebe warned that the clinic would close.'],
      ['Mayor Ana Ruiz called an emergency meeting on Friday.'],
      ['Prime Minister Helena Varga flew to the coast.'],
      ['Democratic Ohio Sen. Paul Brennan voted against the bill.'],
    ));
    assert.deepEqual(keys(people).sort(), ['ana ruiz', 'helena varga', 'jane achebe', 'paul brennan']);
  });

  it('maps a later surname and "Mr. Surname" to the same person', () => {
    const people = extractPeople(article(
      ['Tomas Lindqvist, CEO of NordFreight, told reporters the port would reopen.'],
      ['Lindqvist declined to give a date.', 'Mr. Lindqvist later said the cranes were safe.'],
    ));
    assert.deepEqual(keys(people), ['tomas lindqvist']);
    assert.equal(find(people, 'tomas lindqvist').mentions.length, 3);
  });

  it('keeps a person known only as "Ms. Surname"', () => {
    const people = extractPeople(article(['Ms. Haddad said the tenants had not been consulted.']));
    assert.deepEqual(keys(people), ['haddad']);
  });

  it('accepts a name whose surname later acts alone as a subject', () => {
    const people = extractPeople(article(
      ['Critics of the plan included Tendai Moyo.', 'Moyo argued that the bridge was too narrow.'],
    ));
    assert.deepEqual(keys(people), ['tendai moyo']);
  });

  it('handles names from many cultures', () => {
    const people = extractPeople(article(
      ['Ngozi Okonjo-Iweala said trade talks would resume.'],
      ['Chinese President Xi Jinping met the delegation.', 'Xi said the talks were useful.'],
      ['European Commission President Ursula von der Leyen said the deal was close.'],
      ['Jean-Luc Picard, a retired captain, said the crew was safe.'],
    ));
    assert.deepEqual(keys(people).sort(), ['jean-luc picard', 'ngozi okonjo-iweala', 'ursula von der leyen', 'xi jinping']);
    assert.equal(find(people, 'xi jinping').mentions.length, 2);
  });

  it('accepts a month-like surname after a known given name, but not a lone month', () => {
    const people = extractPeople(article(['Former minister Theresa May said the vote was close.'], ['In May the council met.']));
    assert.deepEqual(keys(people), ['theresa may']);
    assert.equal(find(people, 'theresa may').mentions.length, 1);
  });

  it('counts mentions in a headline but never creates a person from one', () => {
    const people = extractPeople(article(
      { sentences: ['Council Leader Blasts Okafor Over Budget Plan'], heading: true },
      ['Maria Okafor, a councillor for the harbour ward, said the budget was unfair.'],
      { sentences: ['Harbour Festival Returns With Record Crowds'], heading: true },
    ));
    assert.deepEqual(keys(people), ['maria okafor']);
    assert.equal(find(people, 'maria okafor').mentions.length, 2);
  });
});

describe('people: roles before a name', () => {
  it('a trade word before a name is a role, also capitalised at a sentence start', () => {
    const people = extractPeople(article(
      ['Glaciologist Tove Andrzejak said the ice shelf had thinned.'],
      ['Outside the shop, butcher Ilkka Varjonen told reporters he would reopen.'],
    ));
    assert.deepEqual(keys(people).sort(), ['ilkka varjonen', 'tove andrzejak']);
  });
});

describe('people: false names', () => {
  it('rejects organisations even when they speak', () => {
    const people = extractPeople(article(
      ['Northbridge University said the lab would stay shut.'],
      ['Channel Nine News reported that the mayor resigned.'],
      ['The Coastal Research Council said funding was cut.'],
      ['Clouded Horizon said in a statement that its servers were safe.'],
      ['Department of Fair Housing officials said nothing.'],
    ));
    assert.deepEqual(keys(people), []);
  });

  it('rejects sentence-initial common words, months, weekdays, places and single words', () => {
    const people = extractPeople(article(
      ['Security researchers said the flaw was serious.'],
      ['On Tuesday March rains flooded the valley.'],
      ['New York said the subway was running.'],
      ['Outagewatch said 30,000 users were affected.'],
      ['However Lindqvist said nothing.'],
    ));
    assert.deepEqual(keys(people), []);
  });

  it('does not glue a sentence opener to a known name', () => {
    const people = extractPeople(article(
      ['Tomas Lindqvist, CEO of NordFreight, said the port would reopen.'],
      ['Given Lindqvist’s record, the board agreed.'],
    ));
    assert.deepEqual(keys(people), ['tomas lindqvist']);
    assert.equal(find(people, 'tomas lindqvist').mentions.length, 2);
  });

  it('ignores names with an article before them ("the Dark Harbour Crew")', () => {
    const people = extractPeople(article(['A group calling itself the Dark Harbour Crew said it was behind the attack.']));
    assert.deepEqual(keys(people), []);
  });

  it('ignores clutter lines marked as headings', () => {
    const people = extractPeople(article(
      { sentences: ['READ: Winter Storm Ellen Hits Coast'], heading: true },
      ['The storm closed schools.'],
    ));
    assert.deepEqual(keys(people), []);
  });
});

describe('people: roles', () => {
  const rolesOf = (text: ReturnType<typeof article>, key: string): string[] => find(extractPeople(text), key).roles;

  it('reads an apposition after the name', () => {
    assert.deepEqual(rolesOf(article(['Maria Okafor, a marine biologist at the Plymouth Institute, said the reef was recovering.']), 'maria okafor'),
      ['marine biologist at the Plymouth Institute']);
    assert.deepEqual(rolesOf(article(['Tomas Lindqvist, CEO of NordFreight, said the port would reopen.']), 'tomas lindqvist'),
      ['CEO of NordFreight']);
  });

  it('reads a role noun before the name, lower-casing a sentence-initial common word', () => {
    assert.deepEqual(rolesOf(article(['Union leader Dara Whitlock said the strike would go ahead.']), 'dara whitlock'), ['union leader']);
    assert.deepEqual(rolesOf(article(['The talks stalled, Harbourline chief executive Priya Raman said.']), 'priya raman'),
      ['Harbourline chief executive']);
    assert.deepEqual(rolesOf(article(['Striker Leo Marchetti scored twice.']), 'leo marchetti'), ['striker']);
  });

  it('reads an affiliation introduced by "of"', () => {
    assert.deepEqual(rolesOf(article(['Leo Marchetti of the consultancy Brightwater Analytics said costs had doubled.']), 'leo marchetti'),
      ['of the consultancy Brightwater Analytics']);
  });

  it('reads a fronted role: "The head coach of the club, Name,"', () => {
    assert.deepEqual(rolesOf(article(['The head coach of the Rovers, Sam Adeyemi, has resigned.']), 'sam adeyemi'),
      ['head coach of the Rovers']);
  });

  it('splits two roles joined by "and former" and stops at the verb', () => {
    assert.deepEqual(rolesOf(article(['Ruth Castellanos, professor at Lisbon Polytechnic and former head of the national grid told the radio station the plan was late.']), 'ruth castellanos'),
      ['professor at Lisbon Polytechnic', 'former head of the national grid']);
  });

  it('trims a long apposition at a participle', () => {
    assert.deepEqual(rolesOf(article(['It was too early, according to Omar Haddad, a senior lecturer at Eastgate College specializing in flood defences.']), 'omar haddad'),
      ['senior lecturer at Eastgate College']);
  });

  it('keeps an office title with its modifiers as a role', () => {
    assert.deepEqual(rolesOf(article(['Chilean President Marta Fuentes opened the bridge.']), 'marta fuentes'), ['Chilean President']);
  });

  it('does not take an organisation apposition as a role', () => {
    const people = extractPeople(article(['Tomas Lindqvist said Outagewatch, a service that tracks outages, logged 900 reports.']));
    assert.deepEqual(find(people, 'tomas lindqvist').roles, []);
  });
});

describe('people: through prepareText', () => {
  it('works on a plain article', () => {
    const text = prepareText('Maria Okafor, a marine biologist, said the reef was recovering.\n\nOkafor added that funding was short.\n', 'a.txt');
    const people = extractPeople(text);
    assert.deepEqual(keys(people), ['maria okafor']);
    assert.equal(people[0].mentions.length, 2);
  });

  it('a portfolio that runs on into the name ends before the given name, even a department word that is also a given name ("… Social Care Morag Tennant")', () => {
    const people = extractPeople(article(
      ['Minister for Housing and Social Care Morag Tennant said the wards would reopen in May.'],
      ['Speaking at Holyrood, Minister for Social Care Mary Ann Dunlop said: "We will fund every place."'],
    ));
    assert.deepEqual(keys(people).sort(), ['mary ann dunlop', 'morag tennant']);
  });
});
