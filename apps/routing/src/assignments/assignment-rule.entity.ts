import { AssignmentRuleKind } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How a unit's new steps find an officer; a unit without a row gives them to nobody (they are claimed). */
@Entity({ name: 'assignment_rules' })
export class AssignmentRule {
  @PrimaryColumn('text')
  unitCode: string;

  @Column('text')
  rule: AssignmentRuleKind;

  @Column('uuid', { array: true })
  officerIds: string[];

  /** Whose turn is next, for round-robin; moves on in the transaction that gives the step. */
  @Column('integer')
  nextIndex: number;

  @Column('timestamptz')
  updatedAt: Date;

  @Column('text')
  updatedBy: string;
}
