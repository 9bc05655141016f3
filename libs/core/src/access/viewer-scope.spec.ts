import { type Principal, viewerScope } from './principal';

const staff = (...roles: Principal['roles']): Principal => ({
  id: 'p1',
  kind: 'staff',
  name: '张三',
  roles,
  regionCode: '330282113',
});

describe('viewerScope', () => {
  it('gives a lawyer their own rows', () => {
    expect(viewerScope(staff('lawyer'))).toEqual({ lawyerId: 'p1' });
  });

  it('gives a lawyer who is also an official, and every other staff member, their jurisdiction', () => {
    for (const caller of [staff('lawyer', 'official'), staff('official'), staff('admin'), staff('auditor')])
      expect(viewerScope(caller)).toEqual({ jurisdiction: true });
  });

  it('never gives a resident or a call without a caller a lawyer’s own rows', () => {
    expect(viewerScope({ ...staff('lawyer'), kind: 'resident' })).toEqual({ jurisdiction: true });
    expect(viewerScope(undefined)).toEqual({ jurisdiction: true });
  });
});
