import { ActorV1, Role } from '@motcua/contracts';
import { inboxItemAddedV1 } from '@motcua/contracts/test';
import { inboxOwner, isForActor } from './inbox-owner';

const UNIT = '000.00.20.H41';

const actor = (overrides: Partial<ActorV1> = {}): ActorV1 => ({
  id: '01a21ebe-84ad-7178-be29-781f85ee9fd6',
  name: 'officer',
  kind: 'user',
  roles: [Role.Officer],
  unitCode: UNIT,
  ...overrides,
});

describe('isForActor', () => {
  it("should give a unit's item to every staff user of that unit", () => {
    const item = inboxItemAddedV1({ unitCode: UNIT });

    expect(isForActor(item, actor())).toBe(true);
    expect(isForActor(item, actor({ roles: [Role.UnitLead] }))).toBe(true);
    expect(isForActor(item, actor({ unitCode: '000.00.12.H41' }))).toBe(false);
    expect(isForActor(item, actor({ unitCode: undefined, roles: [Role.Manager] }))).toBe(false);
  });

  it("should give a unit leads' item to the unit's leads only", () => {
    const item = inboxItemAddedV1({ unitCode: UNIT, role: Role.UnitLead });

    expect(isForActor(item, actor({ roles: [Role.UnitLead] }))).toBe(true);
    expect(isForActor(item, actor())).toBe(false);
  });

  it("should give a user's item to that user only", () => {
    const item = inboxItemAddedV1({ unitCode: undefined, userId: actor().id });

    expect(isForActor(item, actor())).toBe(true);
    expect(isForActor(item, actor({ id: '01a21ebe-84ad-7178-be29-781f85ee9fd7' }))).toBe(false);
  });

  it("should give a role's item to everyone with the role", () => {
    const item = inboxItemAddedV1({ unitCode: undefined, role: Role.Admin });

    expect(isForActor(item, actor({ unitCode: undefined, roles: [Role.Admin] }))).toBe(true);
    expect(isForActor(item, actor())).toBe(false);
  });
});

describe('inboxOwner', () => {
  it('should carry the user id, unit and roles of the token', () => {
    expect(inboxOwner(actor())).toEqual({ userId: actor().id, unitCode: UNIT, roles: [Role.Officer] });
    expect(inboxOwner(actor({ unitCode: undefined }))).toEqual({ userId: actor().id, roles: [Role.Officer] });
  });
});
