import { strict as assert } from 'node:assert';
import type { Venue } from '../../../server/src/analysis/types';
import { venuesConflict } from '../../../server/src/analysis/alignment/statements';
import { SpeakerDirectory } from '../../../server/src/analysis/alignment/speakers';
import type { ArticleAnalysis, Person } from '../../../server/src/analysis/types';

const venue = (words: string[], type: Venue['type'] = 'outlet'): Venue => ({ text: words.join(' '), span: { start: 0, end: 0 }, words, type });

describe('alignment: venues and speakers', () => {
  it('sees different outlets as a conflict, a fuller name of the same outlet as agreement', () => {
    assert.ok(venuesConflict(venue(['sky', 'news']), venue(['bbc'])));
    assert.ok(venuesConflict(venue(['fox', 'news']), venue(['fox', 'business', 'network'])));
    assert.ok(!venuesConflict(venue(['fox', 'news']), venue(['fox', 'news', 'business'])));
    assert.ok(!venuesConflict(venue(['fox', 'news', 'business']), venue(['fox', 'business', 'network'])));
  });

  it('never calls a generic venue or a post against an interview a conflict', () => {
    assert.ok(!venuesConflict(venue(['statement'], 'other'), venue(['bbc'])));
    assert.ok(!venuesConflict(venue(['x'], 'platform'), venue(['cnn'])));
    assert.ok(!venuesConflict(venue([], 'platform'), venue(['x'], 'platform')));
    assert.ok(venuesConflict(venue(['bluesky'], 'platform'), venue(['x'], 'platform')));
  });

  it('merges a surname with the one full name that ends in it, across articles', () => {
    const person = (key: string): Person => ({ key, name: key, mentions: [], roles: [] });
    const article = (people: Person[]) => ({ people }) as unknown as ArticleAnalysis;
    const d = new SpeakerDirectory();
    d.count(article([person('maria okafor')]), 1);
    assert.equal(d.canonical('okafor'), 'maria okafor');
    d.count(article([person('james okafor')]), 1);
    assert.equal(d.canonical('okafor'), 'okafor', 'two Okafors: ambiguous');
    d.count(article([person('james okafor')]), -1);
    assert.equal(d.canonical('okafor'), 'maria okafor');
  });
});
