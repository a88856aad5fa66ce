import { Role } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A staff member's inbox choice, with the unit and roles the gateway vouched for when they set it. */
@Entity({ name: 'staff_preferences' })
export class StaffPreference {
  @PrimaryColumn('uuid')
  userId: string;

  @Column('text', { nullable: true })
  unitCode: string | null;

  @Column('text', { array: true })
  roles: Role[];

  /** Non-urgent items come in a morning digest instead of live. */
  @Column('boolean')
  digest: boolean;

  @Column('timestamptz')
  updatedAt: Date;
}
