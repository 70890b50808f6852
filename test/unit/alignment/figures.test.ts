import { strict as assert } from 'node:assert';
import type { Figure, TimeClaim } from '../../../server/src/analysis/types';
import { compatible, differentMoments, figureClass, minutesApart, ratio, sameMoment, transposed } from '../../../server/src/analysis/alignment/figures';

function figure(value: number, qualifier: Figure['qualifier'], interval: [number, number], over: Partial<Figure> = {}): Figure {
  return {
    kind: 'figure', span: { start: 0, end: 1 }, text: String(value), value, interval: { low: interval[0], high: interval[1] },
    qualifier, unit: 'count', counted: 'user', sentence: 0, inWords: false, ...over,
  };
}

function clock(utcMinutes: number, day?: number): TimeClaim {
  return {
    kind: 'time', span: { start: 0, end: 1 }, text: '', granularity: 'clock', utcMinutes, localMinutes: utcMinutes,
    zone: 'UTC', zoneExplicit: true, date: day === undefined ? {} : { year: 2024, month: 6, day }, qualifier: 'exact', sentence: 0,
  };
}

describe('alignment: figures', () => {
  it('lets "nearly 40,000" and "more than 40,000" stand together', () => {
    assert.ok(compatible(figure(40000, 'nearly', [36000, 40000]), figure(40000, 'more-than', [40000, Infinity]), 0));
  });

  it('keeps 20,000 and 28,000 apart, unless the tolerance allows it', () => {
    assert.ok(!compatible(figure(20000, 'exact', [20000, 20000]), figure(28000, 'exact', [28000, 28000]), 0));
    assert.ok(compatible(figure(20000, 'exact', [20000, 20000]), figure(20500, 'exact', [20500, 20500]), 0.05));
  });

  it('holds two "about" figures to each other\'s reach, not to touching ranges', () => {
    const about = (v: number) => figure(v, 'about', [v * 0.925, v * 1.075], { unit: 'percent', counted: null });
    assert.ok(!compatible(about(64), about(56), 0));
    assert.ok(compatible(about(64), about(61), 0));
    assert.ok(compatible(about(64), figure(60, 'exact', [60, 60], { unit: 'percent', counted: null }), 0));
  });

  it('holds "nearly" and "about" to each other\'s reach too: "nearly 90,000" is not "about 78,000"', () => {
    const about = (v: number) => figure(v, 'about', [v * 0.925, v * 1.075]);
    const nearly = (v: number) => figure(v, 'nearly', [v * 0.9, v]);
    assert.ok(!compatible(nearly(90000), about(78000), 0));
    assert.ok(!compatible(about(78000), nearly(90000), 0));
    assert.ok(compatible(nearly(90000), about(84000), 0));
    assert.ok(compatible(nearly(90000), about(92000), 0));
    // A bound still stands with "nearly": only two numbers told as near the amount are held to each other's reach.
    assert.ok(compatible(nearly(90000), figure(80000, 'more-than', [80000, Infinity]), 0));
  });

  it('takes two UTC times to the nearest day when one side\'s day is unknown', () => {
    const onDay = { ...clock(-30, 8) }; // 2330 UTC on the 7th, told as "9.30am" local on the 8th
    const undated = clock(1420);
    assert.equal(minutesApart(onDay, undated), 10);
    assert.equal(minutesApart(clock(1380, 8), clock(30, 8)), -1350);
  });

  it('reads a day written without a year ("June 8" in a wire dateline) in the other side\'s year', () => {
    const yearless = { ...clock(600, 8), date: { month: 6, day: 8 } };
    assert.equal(minutesApart(yearless, clock(630, 8)), 30);
    assert.ok(sameMoment(yearless, clock(605, 8)));
  });

  it('compares durations in one unit', () => {
    const hours = figure(2, 'exact', [2, 2], { unit: 'duration', measure: 'hour', counted: 'hour' });
    const minutes = figure(120, 'exact', [120, 120], { unit: 'duration', measure: 'minute', counted: 'minute' });
    assert.ok(compatible(hours, minutes, 0));
    assert.equal(ratio(hours, minutes), 1);
  });

  it('puts users, people and complaints in one crowd, and leaves unknown counts out', () => {
    assert.equal(figureClass(figure(1, 'exact', [1, 1], { counted: 'user' })), figureClass(figure(1, 'exact', [1, 1], { counted: 'person' })));
    assert.notEqual(figureClass(figure(1, 'exact', [1, 1], { counted: 'truck' })), figureClass(figure(1, 'exact', [1, 1], { counted: 'user' })));
    assert.equal(figureClass(figure(1, 'exact', [1, 1], { counted: null })), null);
  });

  it('tells the same moment from snapshots', () => {
    assert.ok(sameMoment(clock(600), clock(610)));
    assert.ok(!sameMoment(clock(600), clock(630)));
    assert.ok(differentMoments(clock(600), clock(900)));
    assert.ok(!differentMoments(clock(600), null));
    assert.ok(!sameMoment(clock(600, 3), clock(600, 4)));
  });
});

describe('alignment: swapped digits', () => {
  const n = (v: number) => figure(v, 'exact', [v, v]);
  it('finds two neighbouring digits swapped in numbers of three significant digits or more', () => {
    assert.ok(transposed(n(172), n(127)));
    assert.ok(transposed(n(31.8), n(38.1)));
    assert.ok(transposed(n(2_560_000), n(2_650_000)));
  });
  it('takes two significant digits swapped in the thousands and above ("1,400" / "4,100")', () => {
    assert.ok(transposed(n(1_400), n(4_100)));
    assert.ok(transposed(n(3_500_000), n(5_300_000)));
    assert.ok(!transposed(n(1_400), n(1_500)));
    assert.ok(!transposed(n(140), n(410)));
  });
  it('leaves out two-digit numbers, other orders of magnitude and other changes', () => {
    assert.ok(!transposed(n(27), n(72)));
    assert.ok(!transposed(n(172), n(17.2)));
    assert.ok(!transposed(n(172), n(271)));
    assert.ok(!transposed(n(172), n(173)));
    assert.ok(!transposed(n(172), n(172)));
  });
});

describe('alignment: clock times with a day unknown on one side', () => {
  it('reads the difference round the clock: 1640 UTC undated and 16:40 UTC of a known day are one instant', () => {
    // A local time early on the 7th is the evening of the 6th in UTC (utcMinutes below zero).
    assert.equal(minutesApart(clock(16 * 60 + 40), clock(16 * 60 + 40 - 1440, 7)), 0);
    assert.equal(minutesApart(clock(23 * 60 + 50), clock(10, 7)), 20);
    // Both days known and different: not the same moment at all.
    assert.equal(minutesApart(clock(600, 6), clock(600, 7)), 1440);
  });
});
