// Findings stage, end to end through the engine: small invented sets of sources and a draft, each
// showing one way reports disagree, and one way they only seem to.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';
import type { Finding, FindingKind } from '../../../server/src/analysis/types';

type Files = Record<string, string>;

function review(files: Files): Map<string, Finding[]> {
  const analyses = Object.entries(files).map(([path, text]) => analyzeArticle({ path, text }));
  const out = new Map<string, Finding[]>();
  for (const d of reviewArticles(analyses).documents) out.set(d.path, d.findings);
  return out;
}

function findings(files: Files, path: string, kind?: FindingKind): Finding[] {
  return (review(files).get(path) ?? []).filter((f) => !kind || f.kind === kind);
}

function assertFinding(files: Files, path: string, kind: FindingKind, words: string, against: string[]): Finding {
  const all = review(files).get(path) ?? [];
  const f = all.find((x) => x.kind === kind && x.text.includes(words) || x.kind === kind && words.includes(x.text));
  assert.ok(f, `expected ${kind} at "${words}" in ${path}, got ${JSON.stringify(all.map((x) => [x.kind, x.text]))}`);
  assert.deepEqual([...new Set(f.against.map((e) => e.label))].sort(), [...against].sort());
  return f;
}

function assertClean(files: Files, path?: string): void {
  const all = review(files);
  for (const [p, list] of all) {
    if (path && p !== path) continue;
    assert.deepEqual(list.map((f) => `${f.kind}: ${f.text}`), [], `no findings expected in ${p}`);
  }
}

describe('findings: figures', () => {
  const sources = {
    '001_harbour.txt': 'Firefighters said 1,300 residents were evacuated from the harbour district by 8 p.m. ET on Saturday.',
    '002_coast.txt': 'About 1,300 people had left the harbour district by 8 p.m. ET Saturday, fire officials said.',
  };

  it('a draft figure told in the same words with another number conflicts, naming the source', () => {
    const files = { ...sources, 'draft_fire.md': 'Fire officials said 3,100 residents were evacuated from the harbour district.' };
    const f = assertFinding(files, 'draft_fire.md', 'figure-conflict', '3,100 residents', ['001', '002']);
    assert.match(f.message, /^figure conflicts with source 00[12]: “/);
  });

  it('compatible qualifiers do not conflict: "nearly 1,300" and "more than 1,200"', () => {
    assertClean({ ...sources, 'draft_fire.md': 'Nearly 1,300 residents were evacuated from the harbour district, and more than 1,200 people had left by evening.' }, 'draft_fire.md');
  });

  it('snapshots at different times are not conflicts, between sources or in a draft', () => {
    const files = {
      '001_a.txt': 'By 9 a.m. ET, 4,000 customers were without power. By 6 p.m. ET, 900 customers were still waiting.',
      '002_b.txt': 'About 4,000 customers had no power at 9 a.m. ET, the utility said.',
      'draft_x.md': 'By 6 p.m. ET, 900 customers were still waiting for power.',
    };
    assertClean(files);
  });

  it('a clause that names its own time keeps its figure from a clock time in the next clause', () => {
    const files = {
      '001_a.txt': 'The co-op said 7,400 households lost power during the night. At 9 p.m. ET, 1,900 of them were still without electricity, mostly on farms that crews could not yet reach.',
      'draft_x.md': 'The co-op said 7,400 households lost power overnight; about 82 percent had been reconnected by 9 p.m. ET.',
    };
    assert.deepEqual(findings(files, 'draft_x.md', 'figure-conflict').map((f) => f.text), []);
  });

  it('the whole a count is taken from ("out of 9,400 who signed up") is not a snapshot at the clock time', () => {
    const files = {
      '001_a.txt': 'Nearly 8,000 riders set off from the old harbour bridge on Saturday at 6 a.m. ET, out of 9,400 who signed up.',
      '002_b.txt': 'About 7,900 riders left the harbour at 6 a.m. ET on Saturday, the organizers said.',
    };
    assertClean(files);
  });

  it('a sentence tied to an event ("by the time", "when") does not take the clock of the sentence before', () => {
    const byTheTime = {
      '001_a.txt': 'About 4,200 cyclists rolled out of the depot at 8 a.m. ET on Sunday. By the time the route was closed, roughly 1,100 cyclists had finished.',
      '002_b.txt': 'Some 4,200 cyclists started from the depot at 8 a.m. ET Sunday.',
    };
    assertClean(byTheTime);
    const when = {
      '001_a.txt': 'About 4,200 cyclists rolled out of the depot at 8 a.m. ET on Sunday. Roughly 1,100 cyclists had finished when the route was closed.',
      '002_b.txt': 'Some 4,200 cyclists started from the depot at 8 a.m. ET Sunday.',
    };
    assertClean(when);
  });

  it('an open bound at the same moment ("more than 5,000") does not outweigh an exact count the draft contradicts', () => {
    const files = {
      '001_a.txt': 'Some 5,600 swimmers entered the water at 6 a.m. ET on Saturday, the organizers said.',
      '002_b.txt': 'The swim began at 6 a.m. ET Saturday with more than 5,000 swimmers in the bay.',
      'draft_x.md': 'About 7,600 swimmers entered the water at 6 a.m. ET on Saturday.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', '7,600 swimmers', ['001']);
  });

  it('sources that give different numbers for the same moment conflict', () => {
    const files = {
      '001_a.txt': 'At 3 p.m. ET, 5,200 homes were without power, the utility said.',
      '002_b.txt': 'At 3 p.m. ET, 8,900 homes were without power, according to the utility.',
    };
    assertFinding(files, '001_a.txt', 'figure-conflict', '5,200 homes', ['002']);
  });

  it('two sources that agree are each still in conflict with a third that says otherwise', () => {
    const files = {
      '001_a.txt': 'A 64-year-old kayaker was pulled from the estuary by the lifeboat crew, the coastguard said.',
      '002_b.txt': 'The lifeboat crew pulled a 64-year-old kayaker from the estuary, coastguard officers said.',
      '003_c.txt': 'A 46-year-old kayaker was pulled from the estuary by the lifeboat crew, according to the coastguard.',
    };
    assertFinding(files, '001_a.txt', 'figure-conflict', '64-year-old', ['003']);
    assertFinding(files, '003_c.txt', 'figure-conflict', '46-year-old', ['001', '002']);
    // A number the article states itself is another quantity: "to $3.2 million from $3.6 million".
    assertClean({
      '001_a.txt': 'Ticket revenue at the festival fell 12% to $3.2 million from $3.6 million a year earlier.',
      '002_b.txt': 'The festival took $3.2 million in ticket revenue, against $3.6 million a year before.',
      '003_c.txt': 'Ticket revenue at the festival fell to $3.2 million, organisers said.',
    });
  });

  it('an exact source figure outweighs an open bound that also fits the draft', () => {
    const files = {
      '001_a.txt': 'More than two dozen climbers were treated for altitude sickness at the base camp clinic.',
      '002_b.txt': 'Doctors said 26 climbers were treated for altitude sickness at the base camp clinic.',
      'draft_x.md': 'Doctors said 62 climbers were treated for altitude sickness at the base camp clinic.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', '62 climbers', ['002']);
  });

  it('percentages of the same thing conflict; a percentage of something else does not', () => {
    const files = {
      '001_a.txt': 'The survey found 41 percent of the tenants wanted the rent freeze, the housing board said.',
      'draft_x.md': 'The housing board said 58 percent of tenants wanted the rent freeze. Another 9% of the budget went on repairs.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', '58 percent', ['001']);
    assert.equal(findings(files, 'draft_x.md', 'figure-conflict').length, 1);
  });

  it('a share in words conflicts with a percentage of the same base, and is never called unsourced', () => {
    const files = {
      '001_a.txt': 'The cooperative said nearly a quarter of its member base had left since the merger.',
      'draft_x.md': 'The cooperative said about 34 per cent of its members had left since the merger.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', 'about 34 per cent', ['001']);
    assertClean({ '001_a.txt': 'The cooperative said members had left since the merger.', 'draft_x.md': 'Roughly a quarter of the members left.' }, 'draft_x.md');
  });

  it('durations compare across units and ignore durations of another order', () => {
    const files = {
      '001_a.txt': 'The tunnel was closed for about six hours while engineers checked the lining. It was the worst closure in half a decade.',
      'draft_x.md': 'All told, traffic was stuck for roughly three hours.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', 'roughly three hours', ['001']);
    assertClean({ ...files, 'draft_x.md': 'All told, traffic was stuck for 360 minutes.' }, 'draft_x.md');
  });

  it('the same number said of something else does not outweigh a conflict told in like words', () => {
    const files = {
      '001_a.txt': 'The council gave the contractor four years to finish the harbour bridge, officials said.',
      '002_b.txt': 'Residents had campaigned for six years before the vote.',
      'draft_x.md': 'The council gave the contractor six years to finish the harbour bridge.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', 'six years', ['001']);
    // Told in like words by a source, the number stands against the unrelated words; the source that
    // disputes it in like words (four years) is still named: the draft sides with one side of a dispute.
    assertFinding({ ...files, '003_c.txt': 'The contractor has six years to finish the harbour bridge.' }, 'draft_x.md', 'figure-conflict', 'six years', ['001']);
    assertClean({ '002_b.txt': files['002_b.txt'], '003_c.txt': 'The contractor has six years to finish the harbour bridge.', 'draft_x.md': files['draft_x.md'] }, 'draft_x.md');
  });

  it('a draft figure no source has is unsourced; one a source has in other words is not', () => {
    const files = {
      '001_a.txt': 'The council approved a $2.4 million repair plan for the seawall.',
      'draft_x.md': 'The council approved a $2.4 million repair plan. Each household will get a $150 rebate.',
    };
    const unsourced = findings(files, 'draft_x.md', 'unsourced-claim');
    assert.deepEqual(unsourced.map((f) => f.text), ['$150']);
    assert.equal(unsourced[0].severity, 'info');
    assert.deepEqual(unsourced[0].against, []);
  });

  it('"12 of the 58 deaths" no source has is one unsourced claim, flagged on the part, not twice', () => {
    const files = {
      '001_wire.txt': 'The river burst its banks at Tillbury on Monday, and 40 homes were flooded, police said.',
      'draft_x.md': 'The river burst its banks at Tillbury on Monday. Floods caused 12 of the 58 deaths recorded in the province last decade.',
    };
    assert.deepEqual(findings(files, 'draft_x.md', 'unsourced-claim').map((f) => f.text), ['12']);
  });

  it('the age of a person no source names is part of their unsourced quotation, not a figure of its own', () => {
    const files = {
      '001_wire.txt': 'Storm surge flooded 40 homes in Tillbury on Monday, police said. Sergeant Owen Price said: "The water came in fast."',
      'draft_x.md': 'Storm surge flooded 40 homes in Tillbury on Monday. "We lost everything but the cat," said Mara Keel, 71, a retired nurse.',
    };
    assert.deepEqual(findings(files, 'draft_x.md', 'unsourced-claim').map((f) => f.text), ['"We lost everything but the cat,"']);
    // A person the sources name, given an age they do not state, is still flagged on the age.
    const known = { ...files, 'draft_x.md': 'Storm surge flooded 40 homes in Tillbury on Monday. Sergeant Owen Price, 58, led the rescue.' };
    assert.deepEqual(findings(known, 'draft_x.md', 'unsourced-claim').map((f) => f.text), ['58']);
  });

  it('a share no source states, of a crowd the sources give another share of, conflicts rather than being unsourced', () => {
    const files = {
      '001_a.txt': 'The leak exposed the records of about 14% of its members, including home addresses.',
      '002_b.txt': 'Regulators opened an inquiry into the cooperative on Friday.',
      'draft_x.md': 'Thieves copied files on roughly 41 percent of its customers through a supplier.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', '41 percent', ['001']);
    assert.deepEqual(findings(files, 'draft_x.md', 'unsourced-claim').map((f) => f.text), []);
    // A share of something else stays unsourced.
    const other = { ...files, 'draft_x.md': 'Thieves got in through a supplier; roughly 41 percent of its branches were closed.' };
    assert.deepEqual(findings(other, 'draft_x.md', 'unsourced-claim').map((f) => f.text), ['roughly 41 percent of its branches']);
  });
});

describe('findings: values before a change, and values someone expected', () => {
  it('the value a change started from is not the value at the time the change is told', () => {
    assertClean({
      '001_council.txt': 'The council decision, released at 0900 GMT on Tuesday, took the parking levy up from 4.5%.',
      '002_gazette.txt': 'At 0900 GMT on Tuesday the council set the parking levy at 6.5 per cent, the gazette said.',
    });
  });

  it('a prior value keeps a date told right beside it', () => {
    assertFinding({
      '001_clinic.txt': 'The clinic reported 140 flu cases on Friday, up from 62 on March 3.',
      '002_health.txt': 'By March 3 there were 26 flu cases at the clinic, the board said.',
    }, '002_health.txt', 'figure-conflict', '26 flu cases', ['001']);
  });

  it('a sentence in the past perfect does not take the clock time of the sentence before', () => {
    assertFinding({
      '001_union.txt': 'The mill shut at 9 a.m. GMT on Monday. Eleven of 30 workers had signed the union petition, organisers said.',
      'draft.md': 'The mill shut at 10 a.m. GMT on Monday. Eight of 30 workers had signed the union petition.',
    }, 'draft.md', 'figure-conflict', 'Eight', ['001']);
  });

  it('a figure analysts expected or a member preferred is not held against what happened', () => {
    assertClean({
      '001_wire.txt': 'The board raised its lending rate by 40 basis points at 1 p.m. GMT on Thursday. Most analysts had expected a rise of 20 basis points.',
      '002_radio.txt': 'At 1 p.m. GMT on Thursday the board announced a rise of 40 basis points in its lending rate. One director preferred a 20-basis-point rise.',
      '003_daily.txt': 'The lending rate rose 40 basis points on Thursday, the board said.',
    });
  });
});

describe('findings: a forecast range and the range it replaced', () => {
  const sources = {
    '001_wire.txt': 'The brewer now expects full-year profit of €610 million to €640 million, up from its previous range of €580 million to €620 million.',
    '002_release.txt': 'OUTLOOK\nThe board raised its guidance for underlying profit to €610m-€640m (previously €580m-€620m). Hop costs are expected to ease in the spring.',
  };

  it('a draft\'s old range that overlaps the sources\' but moves an end conflicts', () => {
    assertFinding({ ...sources, 'draft_x.md': 'The brewer now expects profit of €610m to €640m for the year, up from €590m–€620m previously.' },
      'draft_x.md', 'figure-conflict', '€590m–€620m', ['001']);
  });

  it('the new range and the old one are two quantities, never held against each other', () => {
    assertClean({ ...sources, '003_trade.md': 'The brewer now expects full-year growth of 4%–5% and profit of €610m–€640m.', 'draft_x.md': 'The brewer now expects profit of €610m to €640m for the year, up from €580m–€620m previously.' });
  });
});

describe('findings: the analysts\' consensus', () => {
  it('a consensus figure is what analysts expected, not held against the result', () => {
    assertClean({
      '001_wire.txt': 'Underlying operating profit at the brewer rose 9% to €212m in the half, beating a consensus of €198m.',
      '002_release.txt': 'Underlying operating profit rose 9% to €212m.\n\nNOTES\n1. Consensus for the half, compiled by the company from nine analysts, was sales growth of 1.5% and underlying operating profit of €198m.',
      '003_trade.md': '# Brewer beats\n\nThe brewer said underlying operating profit rose 9% to €212m (consensus €198m).\n\n| Measure | H1 |\n|---|---|\n| Underlying operating profit | €212m |\n| Sales growth | 2.1% |\n',
    });
  });
});

describe('findings: sources held to each other on one fixed quantity', () => {
  it('a measure spelled out is the same unit as its symbol', () => {
    const files = {
      '001_obs.txt': 'The tremor was centred at a depth of 35 kilometres, the observatory said.',
      'draft_x.md': 'The tremor was centred at a depth of 53 km.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', '53 km', ['001']);
  });

  it('two sources that agree are each held to a third that both pair with in like words', () => {
    const files = {
      '001_obs.txt': 'The tremor was centred at a depth of 35 km, the observatory said.',
      '002_wire.txt': 'Seismologists said the quake struck at a depth of 35 km under the lake.',
      '003_blog.txt': 'Residents felt it for seconds. Depth: 53 km.',
    };
    assertFinding(files, '003_blog.txt', 'figure-conflict', '53 km', ['001', '002']);
    assertFinding(files, '001_obs.txt', 'figure-conflict', '35 km', ['003']);
    assertFinding(files, '002_wire.txt', 'figure-conflict', '35 km', ['003']);
  });

  it('workers, miners and men are one crowd: a draft count of men is held to a count of workers in like words', () => {
    const files = {
      '001_wire.txt': 'Police said 29 workers were cut off by the landslide at the quarry on Friday.',
      '002_radio.txt': 'The landslide cut off the quarry late on Friday, police said.',
      'draft.md': 'In all, 31 men were cut off by the landslide at the quarry.',
    };
    assertFinding(files, 'draft.md', 'figure-conflict', '31 men', ['001']);
  });

  it('a sum converted in brackets ("A$3.4 million ($2.1 million)") is not held against the sum in another source', () => {
    assertClean({
      '001_wire.txt': 'A ferry ran aground in Cook Strait on Saturday with 300 people on board.\n\n' +
        'Harbourline chief executive Jo Marsh told reporters the company would cover repairs and refunds, which she put at about A$3.4 million ($2.1 million).\n',
      '002_blog.txt': 'Key points from the briefing at the wharf:\n- 14 people taken to hospital\n- The company puts repairs and refunds at $3.4m\n',
    });
  });

  it('a line set as a bullet in plain text is read for its facts, though it has no final stop', () => {
    const files = {
      '001_wire.txt': 'Coastguard officials said the trawler sank 140 km off the coast on Tuesday.',
      '002_blog.txt': 'What we know:\n\n- The trawler sank 170 km off the coast\n- A search plane is on its way\n',
    };
    assertFinding(files, '002_blog.txt', 'figure-conflict', '170 km', ['001']);
  });

  it('the whole in "Twenty-one of the 23 miners" is not tied to the day: it is not the day\'s count', () => {
    assertClean({
      '001_a.txt': 'Updated 14 September 2027\n\nRescuers freed 21 miners on Tuesday after a rockfall at the Eastdrift colliery.',
      '002_b.txt': 'Updated 14 September 2027\n\nTwenty-one of the 23 miners were freed on Tuesday after a rockfall at the Eastdrift colliery.',
    });
  });

  it('a figure with two neighbouring digits swapped is one figure misreported, however worded', () => {
    const files = {
      '001_court.txt': 'Prosecutors said the clerk forged 172 invoices over six years.',
      '002_paper.txt': 'The clerk admitted writing 127 bogus invoices to shell firms.',
    };
    assertFinding(files, '001_court.txt', 'figure-conflict', '172 invoices', ['002']);
    assertFinding(files, '002_paper.txt', 'figure-conflict', '127 bogus invoices', ['001']);
    // A broad kind (people, a share) needs like words too: these are two different crowds.
    assertClean({
      '001_a.txt': 'Medics treated 172 people at the scene.',
      '002_b.txt': 'Police said 127 people were evacuated from the flats.',
    });
  });

  it('swapped digits hold a count tied to a clock time to one told without a time; other counts stay snapshots', () => {
    const files = {
      '001_wire.txt': 'The ferry was carrying 316 passengers when it hit the reef on Sunday, police said.',
      '002_live.txt': 'The ferry struck the reef at 4:50 p.m. ET with 361 passengers aboard.',
    };
    assertFinding(files, '001_wire.txt', 'figure-conflict', '316 passengers', ['002']);
    assertClean({ ...files, '002_live.txt': 'The ferry struck the reef at 4:50 p.m. ET with 290 passengers aboard.' });
  });

  it('a fact box line is held to a source that counts the same kind of thing', () => {
    const files = {
      '001_bulletin.txt': 'Storm bulletin No. 2\n\n(a) Relief centres opened: 31\n\n(b) Roads closed: 12\n',
      '002_paper.txt': 'By evening, officials said, 21 relief centres had been opened across the district.',
    };
    assertFinding(files, '002_paper.txt', 'figure-conflict', '21 relief centres', ['001']);
  });

  it('a source agreeing with another is not held to a third only its own words pair it with', () => {
    const files = {
      '001_obs.txt': 'The epicentre lay about 35 km south of the port, the observatory said.',
      '002_wire.txt': 'The quake was centred 35 km south of the port, at a depth of 53 km.',
      '003_blog.txt': 'Residents felt it for seconds. Depth: 53 km.',
    };
    assert.deepEqual(findings(files, '002_wire.txt', 'figure-conflict').map((f) => f.text), []);
  });
});

describe('findings: times and dates', () => {
  it('the same event at a different time conflicts; the same moment in another zone agrees', () => {
    const files = {
      '001_a.txt': 'The dam spillway was opened at 1415 GMT on Thursday, the water authority said.',
      '002_b.txt': 'Engineers opened the dam spillway at 3:15 p.m. BST on Thursday.',
      'draft_x.md': 'Engineers opened the dam spillway at 5:45 p.m. BST on Thursday.',
    };
    assertFinding(files, 'draft_x.md', 'time-conflict', '5:45 p.m. BST', ['001', '002']);
    assertClean({ ...files, 'draft_x.md': 'Engineers opened the dam spillway at 3:15 p.m. BST on Thursday.' });
  });

  it('a structure that gives way or bursts opens the story: two such times are the same moment', () => {
    const files = {
      '001_a.txt': 'The old quarry embankment burst at 0610 GMT, sending mud across the village of Carrow.',
      '002_b.txt': 'Residents said the wall gave way at around 8:15 a.m. BST and mud reached their doors within minutes.',
    };
    assertFinding(files, '002_b.txt', 'time-conflict', '8:15 a.m. BST', ['001']);
  });

  it('an event that "hit at" a time opens the story like one that "struck at" it', () => {
    const files = {
      '001_a.txt': 'The hailstorm hit at 4:05pm, stripping roofs across the town of Varden.',
      '002_b.txt': 'Farmers said the hailstorm struck at about 4:50pm and lasted ten minutes.',
    };
    assertFinding(files, '001_a.txt', 'time-conflict', '4:05pm', ['002']);
    // "hit" with no "at" after it is not an onset: a count that hit a level at some time.
    assertClean({
      '001_a.txt': 'Calls to the helpline hit a record by 4:05pm, the council said.',
      '002_b.txt': 'Farmers said the hailstorm struck at about 4:50pm and lasted ten minutes.',
    });
  });

  it('"the first smoke" opens a fire\'s story; a service that "started again" later does not', () => {
    const files = {
      '001_a.txt': 'Hikers saw the first smoke at 11:10 on Friday above the village of Morrane. Crews stopped at dusk and started again at five thirty in the morning.',
      '002_b.txt': 'The fire above Morrane started at about 11:55 on Friday, the forestry office said.',
    };
    assertFinding(files, '001_a.txt', 'time-conflict', '11:10', ['002']);
  });

  it('a live blog\'s entry stamp is told of by its entry, and bounds what the entry reports from above', () => {
    const live = 'Harbour storm: live updates\n\n11.05pm\nThe trawler Northern Gannet has been towed off the rocks by the lifeboat, the coastguard says.\n\n9.30pm\nA trawler has run aground near the harbour mouth.';
    const files = { '001_live.txt': live, 'draft_x.md': 'The lifeboat towed the Northern Gannet off the rocks at 11.50pm.' };
    assertFinding(files, 'draft_x.md', 'time-conflict', '11.50pm', ['001']);
    // Towed off before the entry was posted: no conflict.
    assertClean({ '001_live.txt': live, 'draft_x.md': 'The lifeboat towed the Northern Gannet off the rocks at 10.15pm.' });
  });

  it('a figure is not tied to the clock time of another event told after it ("after a recount … at 1.30am")', () => {
    const files = {
      '001_a.txt': 'Mara Dunmore won the Fenwick ward by 412 votes when the sheriff read out the result at 4.05am.',
      '002_b.txt': 'Mara Dunmore won the Fenwick ward by 412 votes, after a recount that her rival asked for at 1.30am.',
    };
    assertClean(files);
    // The same figure told at the time itself still makes the two times one moment.
    assertFinding({ ...files, '002_b.txt': 'Mara Dunmore won the Fenwick ward by 412 votes at 1.30am.' }, '002_b.txt', 'time-conflict', '1.30am', ['001']);
  });

  it('times of different events in the same article set are not compared', () => {
    const files = {
      '001_a.txt': 'The parade started at 10 a.m. ET on Sunday.',
      'draft_x.md': 'The mayor gave a speech at 2 p.m. ET about road repairs.',
    };
    assertClean(files);
  });

  it('a weekday written with a day that is not that weekday conflicts with a source whose dateline puts the weekday on its day', () => {
    const files = {
      '001_a.txt': 'HOLMFIRTH, March 13, 2027 (Valley Wire) - Voters in Colne Vale went to the polls on Thursday in heavy rain.',
      'draft_x.md': 'Turnout in Wednesday 10 March\'s poll in Colne Vale was low.',
    };
    // 11 March 2027 was the Thursday; a draft "Thursday 10 March" has one of the two wrong.
    assertFinding({ ...files, 'draft_x.md': files['draft_x.md'].replace('Wednesday', 'Thursday') }, 'draft_x.md', 'time-conflict', 'Thursday 10 March', ['001']);
    assertClean({ ...files, 'draft_x.md': files['draft_x.md'].replace('Wednesday 10', 'Thursday 11') });
    // Another weekday, or the same weekday a week off, is not this disagreement.
    assertClean(files);
    assertClean({ ...files, 'draft_x.md': files['draft_x.md'].replace('Wednesday 10', 'Thursday 4') });
  });

  it('a date told in the same words with a slipped digit conflicts', () => {
    const files = {
      '001_a.txt': 'In a filing dated April 4, the airline asked regulators to approve the new routes.',
      'draft_x.md': 'In an April 14 filing, the airline asked regulators to approve the new routes.',
    };
    assertFinding(files, 'draft_x.md', 'time-conflict', 'April 14', ['001']);
  });

  it('dates within a week that share three rare words around them are one event, told in other verbs', () => {
    const files = {
      '001_a.txt': 'A boil-water advisory for the county remains in force until Wednesday, August 9, officials said.',
      'draft_x.md': 'The county boil-water advisory stays in place through Saturday, August 12.',
    };
    assertFinding(files, 'draft_x.md', 'time-conflict', 'August 12', ['001']);
  });
});

describe('findings: clock times said in words', () => {
  it('a transcript\'s "ten past nine this morning" agrees with "9:10 a.m." and conflicts with "9:50 a.m." in the same words', () => {
    const transcript = 'CHIEF OFFICER MARA QUILLAN: The storage tank at the Orwin depot ruptured at ten past nine this morning, spilling diesel into the canal.';
    const agree = {
      '001_briefing.txt': transcript,
      '002_wire.txt': 'The storage tank at the Orwin depot ruptured at 9:10 a.m., spilling diesel into the canal.',
    };
    assertClean(agree);
    const disagree = {
      '001_briefing.txt': transcript,
      '002_wire.txt': 'The storage tank at the Orwin depot ruptured at 9:50 a.m., spilling diesel into the canal.',
    };
    assertFinding(disagree, '001_briefing.txt', 'time-conflict', 'ten past nine', ['002']);
    assertFinding(disagree, '002_wire.txt', 'time-conflict', '9:50 a.m.', ['001']);
  });
});

describe('findings: live blog entry stamps', () => {
  it('an entry stamp is the time of what its entry tells, unless the entry tells a time of its own', () => {
    const live = 'Live: dam alert\n\n4:05 p.m. ET\nThe county says the reservoir is still rising.\n\n' +
      '2:40 p.m. ET\nEngineers have opened the spillway gates at the Carver dam, the county says.\n\n1:10 p.m. ET\nThe county has issued a flood watch.\n';
    const files = {
      '001_live.txt': live,
      '002_wire.txt': 'Engineers opened the spillway gates at the Carver dam at 3:30 p.m. ET, the county said.',
    };
    assertFinding(files, '002_wire.txt', 'time-conflict', '3:30 p.m. ET', ['001']);
    assertFinding(files, '001_live.txt', 'time-conflict', '2:40 p.m. ET', ['002']);
    const told = { ...files, '001_live.txt': live.replace('Engineers have opened the spillway gates', 'Engineers opened the spillway gates at 3:25 p.m.') };
    assert.deepEqual(findings(told, '001_live.txt', 'time-conflict').map((f) => f.text), []);
  });
});

describe('findings: quotations', () => {
  const source = {
    '001_a.txt': '"We will rebuild every school that the flood took from us," Governor Lina Ortega said on Monday.',
    '002_b.txt': 'Governor Lina Ortega was blunt. "We will rebuild every school that the flood took from us," she told reporters.',
  };

  it('a changed word is a quote-mismatch pointing at the word', () => {
    const files = { ...source, 'draft_x.md': 'Ortega said: "We will rebuild every hospital that the flood took from us."' };
    const f = assertFinding(files, 'draft_x.md', 'quote-mismatch', 'hospital', ['001', '002']);
    assert.equal(f.text, 'hospital');
  });

  it('a partial quotation whose opening words are changed is a misquote', () => {
    const files = {
      '001_a.txt': '"We paid, week after week, for a bridge that the county never built," Governor Lina Ortega said.',
      '002_b.txt': 'Ortega said residents had paid "month after month, for a bridge that the county never built."',
    };
    assertFinding(files, '002_b.txt', 'quote-mismatch', 'month', ['001']);
  });

  it('a changed last word is a misquote too', () => {
    const files = { ...source, 'draft_x.md': 'Ortega promised to "rebuild every school that the flood took from them".' };
    assertFinding(files, 'draft_x.md', 'quote-mismatch', 'them', ['001', '002']);
  });

  it('a word added where the source closed the sentence is a misquote; after a source that only stops quoting, it is not', () => {
    const closed = { '001_a.txt': 'Coach Ines Marlow said: "We lost tonight and we accept it. But this squad will be back."' };
    const draft = '"We lost tonight and we accept it. But this squad will be back sooner," Marlow said.';
    const f = assertFinding({ ...closed, 'draft_x.md': draft }, 'draft_x.md', 'quote-mismatch', 'sooner', ['001']);
    assert.equal(f.text, 'sooner');
    // "…will be back," she said: the source may have cut the sentence; the draft's longer quote stands.
    assertClean({ '001_a.txt': '"We lost tonight and we accept it. But this squad will be back," Coach Ines Marlow said.', 'draft_x.md': draft });
    // A new sentence after the source's close is more of the quotation, not a changed one.
    assertClean({ ...closed, 'draft_x.md': '"We lost tonight and we accept it. But this squad will be back. Soon," Marlow said.' }, 'draft_x.md');
  });

  it('punctuation, hyphenation, an ellipsis and an [insertion] are not differences', () => {
    const files = {
      ...source,
      'draft_x.md': 'Ortega said: "We will re-build every school … [the] flood took from us."',
    };
    assertClean(files, 'draft_x.md');
  });

  it('two different quotations that share a phrase are not a misquote', () => {
    const files = {
      '001_a.txt': '"We will rebuild every school, and we will start on Monday with the two in Riverside," Ortega said.',
      '002_b.txt': '"The money is there, and we will rebuild every school before winter comes to the valley," Ortega said.',
    };
    assertClean(files);
  });

  it('the same words credited to someone else conflict (named, or "she" for a person named just before)', () => {
    const named = { ...source, 'draft_x.md': '"We will rebuild every school that the flood took from us," Mayor Tomas Reyes said.' };
    assertFinding(named, 'draft_x.md', 'attribution-conflict', 'We will rebuild', ['001', '002']);
    const pronoun = {
      ...source,
      'draft_x.md': 'Mayor Tomas Reyes visited the shelter. "We will rebuild every school that the flood took from us," he said.',
    };
    assertFinding(pronoun, 'draft_x.md', 'attribution-conflict', 'We will rebuild', ['001', '002']);
  });

  it('"he" opening a paragraph goes on with the person the paragraph before named last', () => {
    const files = {
      ...source,
      'draft_x.md': 'Mayor Tomas Reyes toured the flooded streets on Monday.\n\nHe also met families at the shelter. "We will rebuild every school that the flood took from us," he said.',
    };
    assertFinding(files, 'draft_x.md', 'attribution-conflict', 'We will rebuild', ['001', '002']);
  });

  it('a paragraph that is only “…,” she said goes on with the person who spoke last in the paragraph before', () => {
    const files = {
      ...source,
      'draft_x.md': 'The council denied any delay, and spokesman Tomas Reyes said the contracts were signed in May.\n\n"We will rebuild every school that the flood took from us," he said.',
    };
    assertFinding(files, 'draft_x.md', 'attribution-conflict', 'We will rebuild', ['001', '002']);
  });

  it('a source that does not say who spoke does not back the draft’s credit against one that names another', () => {
    const files = {
      '001_a.txt': '"We will rebuild every school that the flood took from us," Governor Lina Ortega said on Monday.',
      '002_b.txt': 'The mood at the shelter lifted on Monday. "We will rebuild every school that the flood took from us."',
      'draft_x.md': 'Mayor Tomas Reyes visited the shelter. "We will rebuild every school that the flood took from us," he said.',
    };
    assertFinding(files, 'draft_x.md', 'attribution-conflict', 'We will rebuild', ['001']);
  });

  it('the same statement said to another outlet is an attribution conflict', () => {
    const files = {
      '001_a.txt': 'Governor Lina Ortega told the Valley Herald that "every school will reopen by September."',
      'draft_x.md': 'Governor Lina Ortega told NPR that "every school will reopen by September."',
    };
    assertFinding(files, 'draft_x.md', 'attribution-conflict', 'NPR', ['001']);
  });

  it('a venue conflict marks the outlet, not the quoted words that every source agrees on', () => {
    const files = {
      '001_a.txt': '"The dunes will not survive another winter like this," coastal geologist Mirela Fonseca told the Dune Coast Record.',
      'draft_x.md': '"The dunes will not survive another winter like this," coastal geologist Mirela Fonseca told Radio Kestrel.',
    };
    const [f] = findings(files, 'draft_x.md', 'attribution-conflict');
    assert.equal(f?.text, 'Radio Kestrel');
  });

  it('a broadcast transcript says where every turn was said in its sign-on ("you\'re listening to … on …")', () => {
    const transcript = 'HARBOUR HOUR\nPresenter: Petra Vance\nGuest: Tomas Ridley, mayor of Porthallow\n\nPETRA VANCE: Good evening, you\'re listening to Harbour Hour on Radio Kestrel. With me is the mayor, Tomas Ridley.\n\n' +
      'TOMAS RIDLEY: Thank you, Petra. This ferry contract is a scandal from start to finish.\n\nPETRA VANCE: Strong words.\n';
    const files = {
      '001_show.txt': transcript,
      '002_wire.txt': 'Mayor Tomas Ridley told Coast FM the ferry contract was "a scandal from start to finish."',
    };
    const f = assertFinding(files, '001_show.txt', 'attribution-conflict', 'Radio Kestrel', ['002']);
    assert.equal(f.text, 'Radio Kestrel');
    assertFinding(files, '002_wire.txt', 'attribution-conflict', 'Coast FM', ['001']);
    // Without a sign-on the transcript names no venue: nothing to hold against "Coast FM".
    assertClean({ ...files, '001_show.txt': transcript.replace(", you're listening to Harbour Hour on Radio Kestrel", '') });
  });

  it('a draft quotation that no source has is unsourced; one a source carries without marks is not', () => {
    const files = {
      '001_a.txt': 'Ortega said the state would cover the cost of temporary classrooms for a full year.',
      'draft_x.md': 'Ortega said the state would "cover the cost of temporary classrooms." A teacher said "the children deserve better than tents."',
    };
    const unsourced = findings(files, 'draft_x.md', 'unsourced-claim');
    assert.deepEqual(unsourced.map((f) => f.text), ['"the children deserve better than tents."']);
  });
});

describe('findings: the kinds of news text beyond plain reports', () => {
  it('a transcript speaker label makes the paragraph a quotation of that person, across paragraphs of one turn', () => {
    const files = {
      '001_transcript.txt': [
        'TRANSCRIPT: Harbour authority briefing',
        'Speakers: Harbourmaster Elin Sundqvist; Mayor Jonas Brandt',
        '',
        'MAYOR BRANDT: Thank you all for coming at such short notice.',
        '',
        'ELIN SUNDQVIST: The ferry touched the sandbank at low tide and nobody was hurt.',
        '',
        'We will tow her off at the evening high tide, and the crossing will reopen on Friday.',
        '',
        'Q: Was the captain at fault?',
        '',
        'A: It is far too early to say that.',
      ].join('\n'),
      'draft_ferry.md': 'Harbourmaster Elin Sundqvist said "the crossing will reopen on Monday."',
    };
    assertFinding(files, 'draft_ferry.md', 'quote-mismatch', 'Monday', ['001']);
    const ok = { ...files, 'draft_ferry.md': 'Sundqvist said it was "far too early to say that."' };
    assertClean(ok, 'draft_ferry.md');
  });

  it('a capitalised label that names nobody in the article is not a speaker', () => {
    const files = {
      '001_a.txt': 'DRAFT: not for publication.\n\nBREAKING: The bridge will close for "at least nine days of urgent repairs."',
      'draft_x.md': 'The bridge will close for "at least nine days of urgent repairs."',
    };
    assertClean(files);
  });

  it('a live blog entry time dates the figures under it', () => {
    const files = {
      '001_live.txt': 'Live: flood updates\n\n4.40pm\nOfficials say 310 homes are now flooded.\n\n11.05am\nOfficials say 120 homes are flooded.',
      'draft_x.md': 'By 11am, officials said 260 homes were flooded.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', '260 homes', ['001']);
    assertClean({ ...files, 'draft_x.md': 'By 4.45pm, officials said 310 homes were flooded.' }, 'draft_x.md');
  });

  it('figures of different kinds in one sentence are kept apart by their own words', () => {
    const files = {
      '001_a.txt': 'Three army teams and two police teams were searching the mine by noon.',
      'draft_x.md': 'Three army teams were searching the mine by noon, and two police teams joined them.',
    };
    assertClean(files);
  });

  it('sources that give one fixed quantity in the same words disagree; counts with no time do not', () => {
    // Articles say other things too; the words they share about the depth are what is rare.
    const fixed = {
      '001_a.txt': 'The quake struck at a depth of 20 km, the seismology bureau said. Schools in the valley were closed. ' +
        'Power lines were down across the north of the province. Aid agencies sent tents and water.',
      '002_b.txt': 'The quake hit at a depth of 35 km, according to seismologists. Residents slept outdoors for a second night. ' +
        'The governor toured the worst-hit villages by helicopter. Roads to the coast reopened on Friday.',
    };
    assertFinding(fixed, '001_a.txt', 'figure-conflict', '20 km', ['002']);
    const counts = {
      '001_a.txt': 'Rescuers have reached 40 villages so far, officials said.',
      '002_b.txt': 'Officials said rescuers had reached 65 villages.',
    };
    assertClean(counts);
  });

  it('the draft\'s number in a source\'s unrelated words does not outweigh another number in like words', () => {
    const files = {
      '001_a.txt': 'The magistrate ordered two years of community service for the vandalism. The harbour board had wanted him banned from the marina for four years.',
      'draft_x.md': 'The magistrate ordered four years of community service for the vandalism.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', 'four years', ['001']);
    // The same number told in like words still agrees.
    assertClean({ ...files, 'draft_x.md': 'The magistrate ordered two years of community service for the vandalism.' }, 'draft_x.md');
  });

  it('two floors on how long something lasts must agree; a floor in other units that matches does not conflict', () => {
    const files = {
      '001_a.txt': 'The harbour bridge will stay shut for at least four weeks while divers inspect the piers, the port authority said.',
      'draft_x.md': 'The port authority said the harbour bridge will stay shut for at least three weeks.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', 'at least three weeks', ['001']);
    assertClean({ ...files, 'draft_x.md': 'The port authority said the harbour bridge will stay shut for at least 28 days.' }, 'draft_x.md');
  });

  it('two caps on the same thing must agree', () => {
    const files = {
      '001_a.txt': 'Workers will receive up to 20 weeks of severance pay, the company said.',
      'draft_x.md': 'The company said workers will receive up to 12 weeks of severance pay.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', 'up to 12 weeks', ['001']);
  });

  it('against UTC, a time with no zone is read on the one local clock the sources write', () => {
    const other = ' Fishing boats were called back to port. Schools stayed shut across three districts. Trains to the capital were cancelled.';
    const files = {
      '001_wire.txt': 'The cyclone made landfall near the delta at 0340 UTC on Tuesday, the weather agency said.' + other,
      '002_local.txt': 'The cyclone made landfall near the delta at 9.10am IST on Tuesday, forecasters said.' + other,
      '003_site.txt': 'The cyclone made landfall near the delta at 11.30am on Tuesday, the state government said.' + other,
    };
    assertFinding(files, '003_site.txt', 'time-conflict', '11.30am', ['001', '002']);
    assertClean({ ...files, '003_site.txt': 'The cyclone made landfall near the delta at 9.10am on Tuesday.' + other });
  });
});

describe('findings: zones, days and speakers in detail', () => {
  const other = ' Roads in the valley stayed closed. The school board cancelled classes. Volunteers filled sandbags by the river.';

  it('counts tied to the same day compare; to different days, never', () => {
    const files = {
      '001_a.txt': 'Officials had confirmed 96 cases as of May 12, up from 58 on May 1.' + other,
      'draft_x.md': 'By May 1, officials had confirmed 85 cases.',
    };
    assertFinding(files, 'draft_x.md', 'figure-conflict', '85 cases', ['001']);
    assertClean({ ...files, 'draft_x.md': 'By May 12, officials had confirmed 96 cases.' }, 'draft_x.md');
  });

  it('a time with no zone may be on any local clock the sources write: 11 a.m. agrees with noon ET when a source writes CT', () => {
    const files = {
      '001_a.txt': 'The premier announced the order at a noon ET news conference in the capital on Tuesday, May 4, 2027.' + other,
      '002_b.txt': 'The premier made the announcement at an 11 a.m. news conference in the capital on Tuesday, May 4, 2027.' + other,
      '003_c.txt': 'The order was announced at 11 a.m. CT on Tuesday, May 4, 2027, at a news conference in the capital.' + other,
    };
    assertClean(files);
  });

  it('an article that says "All times AEDT" keeps its zone-less times on that clock', () => {
    const files = {
      '001_wire.txt': 'The lifeboat crew launched at 0815 GMT on Saturday, March 6, 2027, the rescue service said.' + other,
      '002_live.txt': 'All times AEDT.\n\n8.50pm\nThe lifeboat crew launched at 8.40pm on Saturday, March 6, 2027, the rescue service said.' + other,
    };
    assertFinding(files, '002_live.txt', 'time-conflict', '8.40pm', ['001']);
  });

  it('a speaker "of the …" before the verb, and a transcript label with a mixed-case surname', () => {
    const files = {
      '001_a.txt': '"The current was stronger than any of us expected," Inspector Dana McKinnon of the Harbour Police told reporters.' + other,
      '002_briefing.txt': 'Speakers: Inspector Dana McKinnon; Mayor Rob Ellery\n\nINSPECTOR McKINNON: The current was stronger than any of us expected today.\n\nMAYOR ELLERY: We will review the mooring rules.',
      'draft_x.md': 'Mayor Rob Ellery said "the current was stronger than any of us expected."',
    };
    assertFinding(files, 'draft_x.md', 'attribution-conflict', 'the current was stronger', ['001', '002']);
  });
});

describe('findings: an archive of many sources', () => {
  it('keeps evidence and messages bounded, in label order after the source quoted', () => {
    const files: Files = { 'draft_x.md': 'Fire officials said 3,100 residents were evacuated from the harbour district.' };
    for (let i = 1; i <= 40; i++) {
      const label = String(i).padStart(3, '0');
      files[`${label}_s.txt`] = 'Fire officials said 1,300 residents were evacuated from the harbour district. ' +
        `Report number ${label} also covered the ferry timetable and the weather.`;
    }
    const f = findings(files, 'draft_x.md', 'figure-conflict')[0];
    assert.ok(f, 'the conflict is found');
    assert.ok(f.against.length <= 25, `evidence bounded, got ${f.against.length}`);
    const rest = f.against.slice(1).map((e) => e.label);
    assert.deepEqual(rest, [...rest].sort());
    assert.match(f.message, /and \d+ more\)$/);
  });
});
