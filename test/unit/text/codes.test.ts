import { strict as assert } from 'node:assert';
import { isAsciiLetter, isSpaceUnit, withSingleSpaces } from '../../../server/src/analysis/text/codes';
import { daysInMonth } from '../../../server/src/analysis/claims/times/calendar';

describe('text: character tests by code unit', () => {
  it('isAsciiLetter is /[A-Za-z]/ on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isAsciiLetter(c) !== /[A-Za-z]/.test(String.fromCharCode(c))) wrong.push(c);
    assert.deepEqual(wrong, []);
  });

  it('isSpaceUnit is /\\s/ on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceUnit(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    assert.deepEqual(wrong, []);
  });

  it('withSingleSpaces is replace(/\\s+/g, " ") on every text of up to four units from a mixed alphabet', () => {
    const alphabet = ['a', 'Q', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', ',', '\ud83d', '\ude00'];
    const wrong: string[] = [];
    const walk = (text: string, left: number): void => {
      if (withSingleSpaces(text) !== text.replace(/\s+/g, ' ')) wrong.push(text);
      if (left > 0) for (const a of alphabet) walk(text + a, left - 1);
    };
    walk('', 4);
    assert.deepEqual(wrong, []);
    assert.equal(withSingleSpaces('Chief  executive\nofficer'), 'Chief executive officer');
  });
});

describe('times: daysInMonth', () => {
  it('is the last day that Date.UTC gives the month, for whole and odd years and months', () => {
    const wrong: string[] = [];
    const check = (year: number, month: number) => {
      const want = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const got = daysInMonth(year, month);
      if (!(got === want || (Number.isNaN(got) && Number.isNaN(want)))) wrong.push(`${year}-${month}`);
    };
    for (let year = -50; year <= 2500; year++) for (let month = -1; month <= 14; month++) check(year, month);
    for (const year of [NaN, 99.5, 1999.5, 100000, 199999, 200001, 275760]) for (let month = 0; month <= 13; month++) check(year, month);
    for (const month of [1.5, NaN]) check(2024, month);
    assert.deepEqual(wrong, []);
  });
});
