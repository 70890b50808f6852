import { strict as assert } from 'node:assert';
import { zoneFor, zoneOffset } from '../../../server/src/analysis/claims/times/zones';

const zone = (w: string) => {
  const z = zoneFor(w);
  assert.ok(z, w);
  return z;
};

describe('times: zone offsets without a year', () => {
  const steady: Array<[string, number, number | undefined, number]> = [
    ['ET', 7, undefined, -240], ['ET', 5, 2, -240], ['ET', 9, 30, -240], ['ET', 12, undefined, -300], ['ET', 1, 15, -300],
    ['ET', 2, 29, -300], ['PT', 8, undefined, -420], ['CT', 6, 11, -300], ['UK time', 7, undefined, 60],
    ['UK time', 12, 25, 0], ['UK time', 5, undefined, 60], ['Paris time', 1, undefined, 60], ['Paris time', 8, 15, 120],
    // A day no year ever switches on: US daylight time has begun by April 8 under every rule since 1987.
    ['ET', 4, 10, -240], ['ET', 11, 20, -300],
  ];
  for (const [w, month, day, offset] of steady) {
    it(`knows ${w} on ${month}/${day ?? '–'} in any year: ${offset}`, () => {
      assert.equal(zoneOffset(zone(w), day === undefined ? { month } : { month, day }, 600), offset);
    });
  }

  const switching: Array<[string, number, number | undefined]> = [
    ['ET', 3, undefined], ['ET', 3, 10], ['ET', 11, undefined], ['ET', 11, 3], ['ET', 4, undefined], ['ET', 10, undefined],
    ['UK time', 3, undefined], ['UK time', 3, 28], ['UK time', 10, undefined], ['UK time', 10, 27], ['PT', 3, 12],
  ];
  for (const [w, month, day] of switching) {
    it(`leaves ${w} on ${month}/${day ?? '–'} unknown without a year`, () => {
      assert.equal(zoneOffset(zone(w), day === undefined ? { month } : { month, day }, 600), null);
    });
  }

  it('still resolves a switch-over month once the year is known', () => {
    assert.equal(zoneOffset(zone('ET'), { year: 2025, month: 3, day: 10 }, 600), -240);
    assert.equal(zoneOffset(zone('ET'), { year: 2025, month: 3, day: 8 }, 600), -300);
  });

  it('needs a month: a weekday alone says nothing about daylight saving', () => {
    assert.equal(zoneOffset(zone('ET'), {}, 600), null);
  });

  it('takes a written standard or summer abbreviation literally, year or not', () => {
    assert.equal(zoneOffset(zone('EST'), { month: 7 }, 600), -300);
    assert.equal(zoneOffset(zone('BST'), {}, 600), 60);
  });
});
