import { MessageAudience, Role } from '@motcua/contracts';
import { inboxAddress } from './messages.service';

const UNIT = '000.00.20.H41';
const OFFICER = '01a21ebe-84ad-7178-be29-781f85ee9fd6';

describe('inboxAddress', () => {
  it('should address the officer by user id', () => {
    expect(inboxAddress(MessageAudience.Officer, { userId: OFFICER, unitCode: UNIT })).toEqual({
      recipient: OFFICER,
      userId: OFFICER,
    });
  });

  it('should address nobody as officer when the event names none', () => {
    expect(inboxAddress(MessageAudience.Officer, { unitCode: UNIT })).toBeNull();
  });

  it('should address every staff user of the unit', () => {
    expect(inboxAddress(MessageAudience.Unit, { unitCode: UNIT })).toEqual({
      recipient: UNIT,
      unitCode: UNIT,
    });
  });

  it("should address the unit's leads by unit and role", () => {
    expect(inboxAddress(MessageAudience.UnitLead, { userId: OFFICER, unitCode: UNIT })).toEqual({
      recipient: `${UNIT}#unit_lead`,
      unitCode: UNIT,
      role: Role.UnitLead,
    });
  });

  it("should address the Center's managers by role, whatever unit the event names", () => {
    expect(inboxAddress(MessageAudience.Manager, { unitCode: UNIT })).toEqual({
      recipient: '#manager',
      role: Role.Manager,
    });
  });

  it('should address every administrator by role', () => {
    expect(inboxAddress(MessageAudience.Admin, {})).toEqual({ recipient: '#admin', role: Role.Admin });
  });

  it('should never put a citizen message in the staff inbox', () => {
    expect(inboxAddress(MessageAudience.Citizen, { unitCode: UNIT })).toBeNull();
  });
});
