// A draft's conversion in brackets that went wrong ("24.6 metres (about 140 feet)", "51.2 million
// kroner (about €14.4m)") where sources convert the same figure in brackets and get "about 81 feet",
// "about €4.4m": the writer's arithmetic is wrong, and the sources' conversion says so.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'BERGEN, May 4 (Wirepost) - The city will buy 12 new ferries for 51.2 million kroner (about €4.4m). Each ferry is 24.6 metres (about 81 feet) long, the harbour board said.';
const blog = '# Ferry deal\n\n**10:05** — The harbour board has signed for 12 new ferries at 51.2 million kroner (about €4.4m). Each is 24.6 metres (81 ft) long.';

describe('findings: a conversion in brackets the draft got wrong', () => {
  it('holds a wrong conversion of a length and of a sum to the sources\' conversion of the same figure', () => {
    const draft = 'The city will buy 12 new ferries for 51.2 million kroner (about €14.4m). Each ferry is 24.6 metres (about 140 feet) long.';
    const texts = findingsIn({ '000_wire.txt': wire, '001_blog.md': blog, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text);
    assert.deepEqual(texts, ['about €14.4m', 'about 140 feet']);
  });
  it('leaves a conversion the draft got right, or rounded at another rate, alone', () => {
    const draft = 'The city will buy 12 new ferries for 51.2 million kroner (about €4.5m). Each ferry is 24.6 metres (about 80 feet) long.';
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '001_blog.md': blog, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });
});
