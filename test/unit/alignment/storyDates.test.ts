// Two stories of one kind in one region (alignment/story.ts, the forty-eighth round): a flood and a
// landslide in one invented country share its capital, a port and a town, three names, which made them
// one story. Reports of one story are written days apart; dated more than a month apart, a few shared
// names are the region's, while a follow-up weeks on that names many of the same people and places
// stays the story. A wire dateline that names the weekday dates the article for the gate too; a
// people's adjective ("Icelandic") is as common as the country. Invented articles throughout.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';
import { sameStory, storyWords, storyWordsOf } from '../../../server/src/analysis/alignment/story';

const FLOOD = (dateline: string): string => [
  'Floodwater cuts off Brekkuvik as the Selmo river bursts its banks', '',
  `${dateline} - The Selmo river burst its banks above Brekkuvik on Tuesday, cutting the town off from Tordhavn, the capital, and from the port of Hallasund.`, '',
  'About 900 people left Lindevik and Osterholm overnight, the Tordhavn Rescue Office said. Katla Ronning, its duty officer, said the water rose 2.4 metres in six hours.', '',
  '"We have never seen the Selmo move this fast," Ronning said. Farmer Bjarni Voll lost 40 sheep near Lindevik.', '',
  'Eyvind Saltnes, the mayor of Brekkuvik, asked Hallasund for pumps.', '',
].join('\n');

const LANDSLIDE = (dateline: string): string => [
  'Landslide buries road to Grimsdal', '',
  `${dateline} - A landslide buried the only road into Grimsdal on Thursday, and buses from Tordhavn and Hallasund were turned back at Brekkuvik.`, '',
  'The slope above Fjellkrok gave way at 4:10 a.m., said Sigrun Hald of the Kvarnes Geology Service. Nobody was hurt.', '',
  '"The whole face of Fjellkrok came down at once," Hald said. Tormod Aas, who drives the Grimsdal school bus, saw it fall.', '',
  'Helle Vinstra, who runs the Fjellkrok guesthouse, said 14 guests were stuck in Grimsdal.', '',
].join('\n');

// A follow-up five weeks after the flood: the same river, towns and people.
const FLOOD_FOLLOW_UP = [
  'Brekkuvik counts the cost five weeks after the Selmo flood', '',
  'TORDHAVN, April 9, 2026 (Nordwire) - Five weeks after the Selmo river cut off Brekkuvik, Lindevik and Osterholm are still pumping out cellars.', '',
  'Katla Ronning of the Tordhavn Rescue Office said 120 homes were still empty. Mayor Eyvind Saltnes said Hallasund had lent eleven pumps.', '',
  'Bjarni Voll has bought new sheep.', '',
].join('\n');

describe('the same story: dates far apart', () => {
  it('two stories of one region, dated a year and a half apart, are strangers though they share three places', () => {
    const flood = analyzeArticle({ path: '/ws/001_flood.txt', text: FLOOD('TORDHAVN, March 3, 2026 (Nordwire)') });
    const slide = analyzeArticle({ path: '/ws/902_slide.txt', text: LANDSLIDE('TORDHAVN, October 14, 2027 (Nordwire)') });
    const shared = [...storyWords(flood)].filter((w) => storyWords(slide).has(w));
    assert.deepEqual(shared.filter((w) => !w.startsWith('@')).sort(), ['brekkuvik', 'hallasund', 'tordhavn']);
    assert.equal(sameStory(flood, slide), false);
  });

  it('a wire dateline without a year is compared by the day of the year, and one naming the weekday is read', () => {
    const flood = analyzeArticle({ path: '/ws/001_flood.txt', text: FLOOD('TORDHAVN, Tuesday March 3 (Nordwire)') });
    const slide = analyzeArticle({ path: '/ws/902_slide.txt', text: LANDSLIDE('TORDHAVN, Oct 14 (Nordwire)') });
    assert.equal(sameStory(flood, slide), false);
  });

  it('the same two articles dated days apart, or one undated, stay one story: the dates decide, not the words', () => {
    const flood = analyzeArticle({ path: '/ws/001_flood.txt', text: FLOOD('TORDHAVN, March 3, 2026 (Nordwire)') });
    const near = analyzeArticle({ path: '/ws/902_slide.txt', text: LANDSLIDE('TORDHAVN, March 5, 2026 (Nordwire)') });
    const undated = analyzeArticle({ path: '/ws/903_slide.txt', text: LANDSLIDE('TORDHAVN') });
    assert.equal(sameStory(flood, near), true);
    assert.equal(sameStory(flood, undated), true);
  });

  it('a follow-up weeks later that names many of the same people and places stays the story', () => {
    const flood = analyzeArticle({ path: '/ws/001_flood.txt', text: FLOOD('TORDHAVN, March 3, 2026 (Nordwire)') });
    const later = analyzeArticle({ path: '/ws/002_later.txt', text: FLOOD_FOLLOW_UP });
    assert.equal(sameStory(flood, later), true);
  });

  it('a people\'s adjective and an ocean are as common as the country', () => {
    const words = storyWordsOf('The Icelandic and Norwegian coastguards met off Brekkuvik in the North Atlantic. Icelandic crews from Hallasund joined.');
    assert.ok(!words.has('icelandic') && !words.has('norwegian') && !words.has('atlantic'), [...words].join(' '));
    assert.ok(words.has('brekkuvik') && words.has('hallasund'), [...words].join(' '));
  });
});

describe('the same story: a utility\'s network', () => {
  it('"Networks" closing a grid\'s or an operator\'s name is a kind, as "Bank" or "Trust" is; the place beside it stays', () => {
    const words = storyWordsOf('Crews from Tallowmere Power Networks restored 4,100 homes. The Dunhallow main held, said Ostrik Gas Networks. The Airspace Network Manager agreed.');
    assert.ok(!words.has('networks') && !words.has('network'), [...words].join(' '));
    assert.ok(words.has('tallowmere') && words.has('ostrik') && words.has('dunhallow'), [...words].join(' '));
  });
});
