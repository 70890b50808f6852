// Money told in the signs, letters and words of currencies beyond the dollar, pound, euro, yen and
// rupee: "₩3.2 billion", "Rp12,500", "KSh 2,300", "R$3,900", "640 ringgit". Each is a sum of its own
// currency, never a bare count (which an unsourced count would then find) nor US dollars.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function money(text: string): Array<[string, string | undefined, number]> {
  return analyzeArticle({ path: '001_wire.txt', text }).figures.filter((f) => f.unit === 'money').map((f) => [f.text, f.measure, f.value]);
}

describe('figures: currencies of news from elsewhere', () => {
  it('reads the signs before the number', () => {
    assert.deepEqual(money('Traders in Kumasi now charge ₵245 for a bag of rice.'), [['₵245', 'GHS', 245]]);
    assert.deepEqual(money('The shipyard booked ₩3.2 billion in repairs.'), [['₩3.2 billion', 'KRW', 3.2e9]]);
    assert.deepEqual(money('A jeepney ride in Davao now costs ₱18, drivers said.'), [['₱18', 'PHP', 18]]);
    assert.deepEqual(money('Bakers in Konya raised a loaf to ₺15 this week.'), [['₺15', 'TRY', 15]]);
  });

  it('reads the letters glued to an amount, and leaves road names alone', () => {
    assert.deepEqual(money('Farmers were paid Rp12,500 a kilo in Medan.'), [['Rp12,500', 'IDR', 12500]]);
    assert.deepEqual(money('The state fund lent RM2.4 billion to growers.'), [['RM2.4 billion', 'MYR', 2.4e9]]);
    assert.deepEqual(money('Tea pickers in Kericho earn KSh 640 a day.'), [['KSh 640', 'KES', 640]]);
    assert.deepEqual(money('The lorry overturned on the N2 near Durban at dawn.'), []);
  });

  it('reads the cedi written "GH¢" or "GH₵", as Ghana\'s papers print it (round 43)', () => {
    assert.deepEqual(money('Tamale millers now pay GH¢1,450 for a bag of maize.'), [['GH¢1,450', 'GHS', 1450]]);
    assert.deepEqual(money('The assembly set aside GH₵2.5 million for drains.'), [['GH₵2.5 million', 'GHS', 2.5e6]]);
    // "GH" alone is no currency: a flight or a road number stays a count.
    assert.deepEqual(money('Flight GH 204 landed in Tamale at dawn.'), []);
  });

  it('reads the Brazilian real as its own currency, not US dollars', () => {
    assert.deepEqual(money('Rents in Fortaleza reached R$3,900 a month.'), [['R$3,900', 'BRL', 3900]]);
  });

  it('reads currency words after the number', () => {
    assert.deepEqual(money('A litre now costs 14 cedis at the pump.'), [['14 cedis', 'GHS', 14]]);
    assert.deepEqual(money('The ferry fare is 640 ringgit for a car.'), [['640 ringgit', 'MYR', 640]]);
    assert.deepEqual(money('The fine was 8,000 zloty, the court in Poznan ruled.'), [['8,000 zloty', 'PLN', 8000]]);
  });

  it('reads the Georgian lari and the Azerbaijani manat after the number (round 40)', () => {
    assert.deepEqual(money('The Kutaisi tannery was fined 3.4 million lari on Monday.'), [['3.4 million lari', 'GEL', 3.4e6]]);
    assert.deepEqual(money('A taxi across Ganja costs 12 manat at night.'), [['12 manat', 'AZN', 12]]);
  });
});
