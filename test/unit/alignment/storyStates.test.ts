// A state or province written after its city ("Decatur, Illinois") says where, as a country does, not
// which story (alignment/story.ts): two stories of companies based in one city of one state share the
// city and the state, and the state alone must not be their second shared name. Invented articles.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';
import { sameStory, storyWords } from '../../../server/src/analysis/alignment/story';

// A furniture maker closes a plant; it is based in Marlow City, Kansas.
const FURNITURE = [
  'Brantwell Furniture to close Harlan plant', '',
  'MARLOW CITY, Kansas, May 4 - Brantwell Furniture said on Monday it would close its sofa plant in Harlan and cut about 310 jobs.', '',
  'Brantwell, which is based in Marlow City, Kansas, employs about 4,800 people. Chief executive Dana Pruett said demand from Tolliver Stores had slowed.', '',
  'The union at Harlan, led by Ray Okonkwo, said it would ask the Quorra county board for help.', '',
].join('\n');

// A grocer buys a rival across the ocean; the grocer too is based in Marlow City, Kansas.
const GROCER = [
  'Fenmore Markets agrees to buy Castlebay Foods', '',
  'Fenmore Markets, the grocer based in Marlow City, Kansas, agreed on Thursday to buy Castlebay Foods for 900 million pounds.', '',
  'Castlebay employs about 9,200 people in 140 stores around Aberlady and Kinross. Castlebay chairman Hugo Penhallow said the board backed the offer.', '',
  'Fenmore chief executive Lorna Vasquez said the Castlebay name would stay over every store.', '',
].join('\n');

describe('the same story: a state after its city', () => {
  it('a state is no story word; the city is', () => {
    const words = storyWords(analyzeArticle({ path: '/ws/001_furniture.txt', text: FURNITURE }));
    assert.ok(!words.has('kansas'), [...words].join(' '));
    assert.ok(words.has('marlow') && words.has('harlan') && words.has('brantwell'), [...words].join(' '));
  });

  it('two stories that share only a city and its state are strangers', () => {
    const furniture = analyzeArticle({ path: '/ws/001_furniture.txt', text: FURNITURE });
    const grocer = analyzeArticle({ path: '/ws/902_grocer.txt', text: GROCER });
    assert.equal(sameStory(furniture, grocer), false);
  });

  it('the same story told twice is still one story', () => {
    const furniture = analyzeArticle({ path: '/ws/001_furniture.txt', text: FURNITURE });
    const again = analyzeArticle({ path: '/ws/002_furniture.txt', text: FURNITURE.replace('about 310 jobs', 'some 300 jobs') });
    assert.equal(sameStory(furniture, again), true);
  });
});
