// A duration held one step through another source (durationHeldAgainst): the wire's quoted "3:04:12"
// agrees with the release's headline "world record of 3:04:12", and that headline was held, in like
// words ("world record"), against the blog's "here for Keene's world record of 3:04:52", the old record.
// The release and the blog each state both numbers: a new record and the old one are two spans the
// story tells, not one told two ways. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '000_wire.txt': 'DOVER, July 9 (Seawire) - Lena Ostrova broke the strait crossing world record on Sunday, swimming an official 3:04:12 to take 40 seconds off the mark of 3:04:52 set by Ruth Keene in 2019.\n\n"The official time is 3:04:12, and that is the time we will send to the federation," referee Tom Alder said.',
  '001_blog.md': '# Live: strait swim\n\n**15:42** It is official: the corrected result is **3:04:12**. Referee Tom Alder: “The official time is 3:04:12, and that is the time we will send to the federation.” That makes the margin over Ruth Keene’s 3:04:52 a full 40 seconds.\n\n**08:30** Good morning from Dover. Ostrova has said openly that she is here for Keene’s world record of 3:04:52.',
  '002_release.txt': 'OSTROVA SETS STRAIT CROSSING WORLD RECORD OF 3:04:12\n\nLena Ostrova today set a new strait crossing world record, finishing in an official time of 3:04:12. The previous world record of 3:04:52 was set by Ruth Keene in 2019.\n\nReferee Tom Alder said: "The official time is 3:04:12, and that is the time we will send to the federation."',
};

describe('findings: a new record and the old one, held through another source', () => {
  it('holds no source\'s time against the old record the sources tell beside it', () => {
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'figure-conflict'), [], path);
  });

  it('still holds a time misreported against the others', () => {
    const wrong = { ...files, '003_radio.txt': 'SPORT TONIGHT\n\nANNA: Lena Ostrova broke the strait crossing world record on Sunday, swimming an official 3:04:21 to take the record from Ruth Keene, the referee said. "The official time is 3:04:21, and that is the time we will send to the federation," referee Tom Alder said.' };
    const found = findingsIn(wrong, '003_radio.txt', 'figure-conflict');
    assert.ok(found.length >= 1, JSON.stringify(found));
    assert.ok(found.every((f) => f.text === '3:04:21'), JSON.stringify(found));
  });
});
