// "about 2,800 tonnes" in one source, "2,800 tonnes" exactly in another, "2,950 tonnes" in a third:
// the round number's reach allows the third's, but it says 2,800, and the source telling 2,800 exactly
// is in dispute with the third. The round figure is held against the third too, as the exact one is.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (files: Record<string, string>, path: string) =>
  findingsIn(files, path, 'figure-conflict').map((f) => [f.text, f.against.map((e) => e.label).join(',')]);

describe('a round figure held through a source that tells its number exactly', () => {
  const files = {
    '001_wire.txt': 'SALTMOOR, Oct 2 (Wirepost) - The grain silo at Saltmoor held 2,800 tonnes of barley when its wall split on Thursday, the port authority said.',
    '002_paper.txt': 'The silo was holding 2,800 tonnes of barley when the wall split on Thursday, according to the port authority.',
    '003_radio.txt': 'The silo held about 2,800 tonnes of barley when its wall split on Thursday, the port authority said.',
    '004_blog.md': 'The Saltmoor silo held 2,950 tonnes of barley when its wall split on Thursday, the port authority said.',
  };

  it('holds the exact figures and the odd one against each other', () => {
    assert.deepEqual(labels(files, '001_wire.txt'), [['2,800 tonnes', '004']]);
    assert.deepEqual(labels(files, '004_blog.md'), [['2,950 tonnes', '001,002']]);
  });

  it('holds the round figure against the odd one too', () => {
    assert.deepEqual(labels(files, '003_radio.txt'), [['about 2,800 tonnes', '004']]);
  });

  it('leaves the round figure alone where no source tells its number exactly', () => {
    const rounded = { ...files, '001_wire.txt': 'SALTMOOR, Oct 2 (Wirepost) - The grain silo at Saltmoor held some 2,800 tonnes of barley when its wall split on Thursday, the port authority said.',
      '002_paper.txt': 'The silo was holding roughly 2,800 tonnes of barley when the wall split on Thursday, according to the port authority.' };
    assert.deepEqual(labels(rounded, '003_radio.txt'), []);
  });
});
