// "OLWEN PRYCE (CHIEF ENGINEER, VALE WATER):": a transcript's label that names the person first and
// what the person is in the brackets, both in capitals, is that person's turn; a label this reader
// cannot read is another speaker's turn, not the last speaker's going on.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function turns(text: string): Array<[string | null, string]> {
  return analyzeArticle({ path: '003_radio.txt', text }).quotes.map((q) => [q.speaker?.key ?? null, q.text]);
}

describe('quotes: a transcript label with a role in capitals in its brackets', () => {
  const text = 'VALE SOUND BREAKFAST, TUESDAY\n\n' +
    'TAMSIN COLE (PRESENTER): Good morning. The reservoir wall at Brynmor is leaking. Our reporter David Vaughan is there.\n\n' +
    'DAVID VAUGHAN (REPORTER): Tamsin, the water company says the leak is under control.\n\n' +
    'OLWEN PRYCE (CHIEF ENGINEER, VALE WATER): We found the seepage at first light and we have lowered the level by two metres.\n\n' +
    'COLE: Is anyone at risk?\n\n' +
    'PRYCE: Nobody downstream is in danger this morning.\n';

  it('credits each turn to the name before the brackets', () => {
    const got = turns(text);
    assert.deepEqual(got.map(([k]) => k), ['tamsin cole', 'david vaughan', 'olwen pryce', 'tamsin cole', 'olwen pryce']);
  });

  it('still reads a name in capitals inside the brackets after an office ("PRESENTER (NAME):")', () => {
    const other = 'CITY DESK PODCAST with Rhys Morgan and guest Anwen Lloyd\n\nPRESENTER (RHYS MORGAN): Welcome back to the programme this week.\n\n' +
      'GUEST (ANWEN LLOYD): Thanks, Rhys, it is good to be here again.\n\nPRESENTER (RHYS MORGAN): Let us start with the budget.\n';
    assert.deepEqual(turns(other).map(([k]) => k), ['rhys morgan', 'anwen lloyd', 'rhys morgan']);
  });

  it('does not run the last turn on into a label too long to read', () => {
    const long = 'INQUIRY BRIEFING\n\n' +
      'GARETH LLOYD (DIRECTOR OF OPERATIONS, VALE WATER): We will publish the inspection reports this week.\n\n' +
      'SIAN PROBERT (INSPECTOR, DAMS AND RESERVOIRS SAFETY UNIT OF THE NATIONAL ENVIRONMENT REGULATOR, ON THE LINE FROM CARDIFF): It is far too early to say why the wall failed.\n\n' +
      'LLOYD: We are cooperating fully.\n';
    const got = turns(long);
    assert.ok(got.some(([k]) => k === 'gareth lloyd'), JSON.stringify(got));
    assert.ok(got.every(([k, t]) => k !== 'gareth lloyd' || !t.includes('far too early')), JSON.stringify(got));
  });
});
