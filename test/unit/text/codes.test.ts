import { strict as assert } from 'node:assert';
import { isAsciiLetter } from '../../../server/src/analysis/text/codes';

describe('text: character tests by code unit', () => {
  it('isAsciiLetter is /[A-Za-z]/ on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isAsciiLetter(c) !== /[A-Za-z]/.test(String.fromCharCode(c))) wrong.push(c);
    assert.deepEqual(wrong, []);
  });
});
