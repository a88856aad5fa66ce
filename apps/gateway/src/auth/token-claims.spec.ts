import { ActorV1, Role } from '@motcua/contracts';
import { TokenClaims, toActor, toClaims } from './token-claims';

function actor(overrides: Partial<ActorV1> = {}): ActorV1 {
  return {
    id: '0199f0c2-7a1b-7c3d-8e4f-0123456789ab',
    name: 'tiepnhan01',
    kind: 'user',
    roles: [Role.Reception, Role.Cashier],
    ...overrides,
  };
}

describe('toClaims', () => {
  it('should put the id in sub and the unit code in unit when the actor has a unit', () => {
    const source = actor({ kind: 'client', roles: [Role.Officer], unitCode: '000.00.21.H41' });

    const claims = toClaims(source);

    expect(claims).toEqual({
      sub: source.id,
      name: 'tiepnhan01',
      kind: 'client',
      roles: [Role.Officer],
      unit: '000.00.21.H41',
    });
  });

  it('should leave out unit when the actor works for the whole Center', () => {
    const source = actor();

    const claims = toClaims(source);

    expect(claims).not.toHaveProperty('unit');
  });
});

describe('toActor', () => {
  it('should leave out unitCode when the claims have no unit', () => {
    const claims: TokenClaims = {
      sub: '0199f0c2-7a1b-7c3d-8e4f-0123456789ab',
      name: 'ketoan',
      kind: 'user',
      roles: [Role.Cashier],
    };

    const result = toActor(claims);

    expect(result).toEqual({ id: claims.sub, name: 'ketoan', kind: 'user', roles: [Role.Cashier] });
    expect(result).not.toHaveProperty('unitCode');
  });

  it.each([
    ['a staff user of the whole Center', actor()],
    [
      'a department client of one unit',
      actor({
        kind: 'client',
        name: 'so-xay-dung',
        roles: [Role.Officer, Role.UnitLead],
        unitCode: '000.00.21.H41',
      }),
    ],
  ])('should give back an equal actor when %s goes through a token', (_name, source) => {
    const claims: unknown = JSON.parse(JSON.stringify(toClaims(source)));

    const result = toActor(claims as TokenClaims);

    expect(result).toEqual(source);
  });
});
