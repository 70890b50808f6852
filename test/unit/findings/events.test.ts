// Clock times linked by what happened at them, told in newsroom synonyms (alignment/events.ts):
// "halted the parade" / "stopped the parade", "read out the verdict" / "announced the verdict".
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

const timeConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'time-conflict');

const keysAt = eventKeysAt;

describe('events: one action on one thing, in synonyms', () => {
  it('reads the action and what it was done to, as object or passive subject', () => {
    assert.deepEqual(keysAt('Stewards halted the regatta at 3:25 p.m. on Saturday.', '3:25 p.m.'), ['~halt:regatta']);
    assert.deepEqual(keysAt('The regatta was stopped at 3:25 p.m.', '3:25 p.m.'), ['~halt:regatta']);
    assert.deepEqual(keysAt('At 3:25 this afternoon we called off the regatta.', '3:25'), ['~halt:regatta']);
    assert.deepEqual(keysAt('Judge Ama Osei read out the verdict at 4:05 p.m.', '4:05 p.m.'), ['~pronounce:verdict']);
    assert.deepEqual(keysAt('The premier toured the mill at 2 p.m.', '2 p.m.'), ['~visit:mill']);
  });

  it('a plan, or no action near the time, is no event', () => {
    assert.deepEqual(keysAt('Stewards will stop the regatta at 3:25 p.m.', '3:25 p.m.'), []);
    assert.deepEqual(keysAt('The regatta began at 3:25 p.m. under grey skies.', '3:25 p.m.'), []);
    assert.deepEqual(keysAt('The Met Office at 3:25 p.m. extended the warning.', '3:25 p.m.'), []);
    // An active verb without its object says nothing of what was done: no event of "the council".
    assert.deepEqual(keysAt('The council announced at 3:25 p.m. that the bridge would close.', '3:25 p.m.'), []);
    assert.deepEqual(keysAt('The verdict was announced at 3:25 p.m.', '3:25 p.m.'), ['~pronounce:verdict']);
  });

  it('two sources that tell one stoppage in synonyms, half an hour apart, conflict', () => {
    const files = {
      '001_tide.txt': 'Stewards halted the regatta at 3:25 p.m. ET on Saturday as the wind rose over the bay, officials said.',
      '002_gull.txt': 'Fog rolled in quickly on Saturday. Organizers stopped the regatta at 4:05 p.m. ET and towed the dinghies ashore.',
    };
    const found = timeConflicts(files, '001_tide.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['002']);
  });

  it('a sentence read out and announced is one moment; the visit to the same mill too', () => {
    const files = {
      '001_a.txt': 'Judge Ama Osei announced the verdict at about 4:05 p.m. ET in Albany. The premier visited the mill at 10 a.m. ET.',
      '002_b.txt': 'In a packed courtroom, Osei read out the verdict at 2:50 p.m. ET. Mr Dale spoke to workers at the mill at 11:40 a.m. ET.',
    };
    const found = timeConflicts(files, '002_b.txt');
    assert.equal(found.length, 2, JSON.stringify(found));
  });

  it('the same action on different things is not one event: "stopped the bus" / "halted the vote"', () => {
    const files = {
      '001_a.txt': 'Police stopped the bus at 9 a.m. ET on Monday near the bridge, witnesses said.',
      '002_b.txt': 'Lawmakers halted the vote at 11 a.m. ET on Monday after the fire alarm sounded.',
    };
    assert.deepEqual(timeConflicts(files, '001_a.txt'), []);
    assert.deepEqual(timeConflicts(files, '002_b.txt'), []);
  });

  it('one judge announcing a verdict and later a sentence tells two events', () => {
    const files = {
      '001_a.txt': 'Judge Ama Osei announced the verdict at 10:15 a.m. ET in Albany.',
      '002_b.txt': 'After a short recess, Judge Osei announced the sentence at 12:40 p.m. ET.',
    };
    assert.deepEqual(timeConflicts(files, '002_b.txt'), []);
  });

  it('a live-blog entry that posts an action as done conflicts with a time 20 minutes after its stamp', () => {
    const blog = 'Courtroom live: the Harlow fraud trial\n\n3:40 p.m.\nJudge Ama Osei has just read out the verdict in the Harlow case.\n\n3:10 p.m.\nThe jury is back in the room.\n';
    const files = {
      '001_blog.txt': blog,
      '002_wire.txt': 'ALBANY, N.Y. - Judge Ama Osei announced the verdict at 4 p.m., after the jury had deliberated for two days.',
    };
    const found = timeConflicts(files, '002_wire.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    // Posted 20 minutes after: the entry can tell what happened before it was posted.
    assert.deepEqual(timeConflicts({ ...files, '002_wire.txt': files['002_wire.txt'].replace('at 4 p.m.', 'at 3:20 p.m.') }, '002_wire.txt'), []);
  });

  it('a mayday issued and a mayday sent an hour apart conflict; a letter sent and a statement issued do not', () => {
    const files = {
      '001_coast.txt': 'The trawler Kestrel ran onto rocks off Mallin Head on Friday. Its skipper issued a mayday call at 1910 GMT, the coastguard said.',
      '002_harbour.txt': 'Coastguard officers confirm the skipper sent a mayday at 6.10pm BST on Friday, minutes after the trawler hit the rocks.',
    };
    const found = timeConflicts(files, '002_harbour.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(timeConflicts({
      '001_a.txt': 'The council sent a letter to residents at 9 a.m. ET on Friday, the clerk said.',
      '002_b.txt': 'The council issued a statement at 11 a.m. ET on Friday about the closures.',
    }, '002_b.txt'), []);
  });

  it('a call received and a call picked up, told to the minute ten minutes apart, conflict', () => {
    assert.deepEqual(keysAt('Falmouth coastguard received a distress call from the yacht at 2:17 a.m.', '2:17 a.m.'), ['~receive:distress', '~receive:call', '~receive:yacht']);
    const files = {
      '001_coast.txt': 'FALMOUTH, June 4 (Seawire) - Falmouth coastguard received a distress call from the yacht Wren at 0117 GMT on Sunday, the agency said.',
      '002_paper.txt': 'Cornish Tide\n\nFalmouth coastguard picked up a distress call from the Wren at 0127 GMT on Sunday.',
    };
    assert.equal(timeConflicts(files, '002_paper.txt').length, 1);
  });

  it('running aground is an action on what the ship struck, and a place between commas keeps the time in reach', () => {
    assert.deepEqual(keysAt('The ferry Isolde ran aground on Carrick Bank, two kilometres (1.2 miles) south of the lighthouse at Port Ellis, at 05:17 local time.', '05:17'),
      ['~aground:carrick', '~aground:bank']);
    assert.deepEqual(keysAt('The ferry Isolde struck Carrick Bank at 05:17.', '05:17'), ['~aground:carrick', '~aground:bank']);
    // No aside: a verb this far from the time is another clause's.
    assert.deepEqual(keysAt('The ferry Isolde ran aground on Carrick Bank and passengers waited for many long hours in the cold before a tug came at 05:17.', '05:17'), []);
    const files = {
      '001_coast.txt': 'ELLIS, Aug 2 (Seawire) - The ferry Isolde ran aground on Carrick Bank, two kilometres south of the lighthouse at Port Ellis, at 05:17 local time on Saturday, the coastguard said.',
      '002_blog.txt': 'Ellis Echo live\n\n07:02\nThe ferry Isolde struck Carrick Bank at 5.41am, the coastguard says.',
    };
    assert.equal(timeConflicts(files, '002_blog.txt').length, 1);
  });

  it('a request is an action, and a relative clause acts on the noun it hangs on', () => {
    assert.deepEqual(keysAt('The Greens requested a recount at 1:10 a.m.', '1:10 a.m.'), ['~request:recount']);
    assert.deepEqual(keysAt('Mr Alvarez won by 80 votes after a recount that the Greens asked for at 1:10 a.m.', '1:10 a.m.'), ['~request:recount']);
    // An active verb with neither an object nor a noun before "that" still tells nothing of what.
    assert.deepEqual(keysAt('The Greens asked for at 1:10 a.m. what they were owed.', '1:10 a.m.'), []);
  });

  it('"shortly before 1am" is broken by a time 20 minutes after 1am, though loose times agree within half an hour', () => {
    const files = {
      '001_a.txt': 'The Greens called for a full recount shortly before 1am, and counting began again.',
      '002_b.txt': 'Ana Alvarez won by 80 votes, after a recount that the Greens asked for at about 1:20am.',
    };
    assert.equal(timeConflicts(files, '001_a.txt').length, 1);
    assert.equal(timeConflicts(files, '002_b.txt').length, 1);
    // Before the bound, or a loose "about 1am" against 1:20: no conflict.
    assert.deepEqual(timeConflicts({ ...files, '002_b.txt': files['002_b.txt'].replace('about 1:20am', 'about 12:50am') }, '001_a.txt'), []);
    assert.deepEqual(timeConflicts({ ...files, '001_a.txt': files['001_a.txt'].replace('shortly before 1am', 'at about 1am') }, '001_a.txt'), []);
  });
  it('a jury that returned its verdict pronounced it; "returned" of anything else is no such event', () => {
    assert.deepEqual(keysAt('The jury returned its verdict at 11:52 a.m. on Tuesday.', '11:52 a.m.'), ['~pronounce:verdict']);
    assert.deepEqual(keysAt('Jurors returned their verdicts at 11:52 a.m.', '11:52 a.m.'), ['~pronounce:verdict']);
    assert.deepEqual(keysAt('The clerk returned the passports at 11:52 a.m.', '11:52 a.m.'), []);
    assert.deepEqual(keysAt('The lifeboat returned to Hartsea at 11:52 a.m.', '11:52 a.m.'), []);
    const files = {
      '001_wire.txt': 'DUNMORE, May 8 (Coastline News) - The jury in the Calder fraud trial returned its verdict at 11:52 a.m. on Tuesday after two days out.',
      '002_blog.txt': 'Dunmore Herald live\n\nThe foreman read out the verdict in the Calder trial at 12:04 p.m. on Tuesday.',
    };
    assert.equal(timeConflicts(files, '001_wire.txt').length, 1);
    assert.equal(timeConflicts(files, '002_blog.txt').length, 1);
    // The same minute: no conflict.
    assert.deepEqual(timeConflicts({ ...files, '002_blog.txt': files['002_blog.txt'].replace('12:04 p.m.', '11:52 a.m.') }, '002_blog.txt'), []);
    // Money returned ten minutes later is another event.
    assert.deepEqual(timeConflicts({ ...files, '001_wire.txt': files['001_wire.txt'].replace('returned its verdict', 'returned the deposit') }, '002_blog.txt'), []);
  });
});
