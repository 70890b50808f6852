// “…,” said the regional health director, Dr Lena Okoro.: the person named after the role's comma
// speaks, a title before the name ("Dr") included.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function speakers(text: string): (string | null)[] {
  return analyzeArticle({ path: 'a.txt', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: a speaker named with a title after the role', () => {
  it('credits "said the regional health director, Dr Lena Okoro." to Lena Okoro', () => {
    assert.deepEqual(speakers('"The wards are full, but we are coping," said the Regional Health Director, Dr Lena Okoro. Staff were called back from leave.'), ['lena okoro']);
    assert.deepEqual(speakers('"We will reopen on Monday," said the project director, Dr Arjun Mehta.'), ['arjun mehta']);
  });
  it('holds the quotation against a source that credits someone else', () => {
    const files = {
      '001_release.txt': 'ACCRA, June 2 - "The wards are full, but we are coping," said the Regional Health Director, Dr Lena Okoro.',
      '002_blog.md': '"The wards are full, but we are coping," said Kwame Asante, the deputy minister.',
      'draft.md': 'The wards are full, officials said.',
    };
    assert.equal(findingsIn(files, '001_release.txt', 'attribution-conflict').length, 1);
  });
});
