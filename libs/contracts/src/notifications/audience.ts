/** Who a message is for; with the event type and the channel it picks the template. */
export enum MessageAudience {
  /** The applicant (người nộp), by SMS and e-mail. */
  Citizen = 'citizen',
  /** The officer named on the assignment, in the staff inbox. */
  Officer = 'officer',
  /** Every staff user of the unit, in the staff inbox. */
  Unit = 'unit',
  /** The unit's leads (role `unit_lead`), in the staff inbox. */
  UnitLead = 'unit_lead',
  /** The Center's managers (role `manager`, lãnh đạo Trung tâm), in the staff inbox. */
  Manager = 'manager',
  /** System administrators (dead letters), in the staff inbox. */
  Admin = 'admin',
}
