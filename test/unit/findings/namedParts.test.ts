// "Canal line trams between Ferrow and Danby were halted at 8.45am" / a timeline's "08:10  Northern
// line suspended between Ferrow and Kell Park": one action at one terminus, but told of two named
// parts of the network, so the two times are two moments, not one misreported.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('time findings: two named parts of one network', () => {
  const wire = 'KELLBY, May 4 (Norland Wire) - Canal line trams between Ferrow and Danby were halted at 8.45am after the river broke its banks, the operator said.';
  const release = 'KELLBY TRAMS\nPRESS RELEASE\n\nTIMELINE\n\n08:10  Northern line suspended between Ferrow and Kell Park; water over the rails.\n\n12:30  Depot at Danby reopened.';

  it('does not hold one part\'s stop against another part\'s at the same terminus', () => {
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '002_release.txt': release }, '000_wire.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '002_release.txt': release }, '002_release.txt', 'time-conflict'), []);
  });

  it('still holds one part\'s stop against the same part\'s', () => {
    const same = release.replace('Northern line suspended between Ferrow and Kell Park', 'Canal line suspended between Ferrow and Danby');
    assert.equal(findingsIn({ '000_wire.txt': wire, '002_release.txt': same }, '000_wire.txt', 'time-conflict').length, 1);
  });
});
