import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person who hands paper to the post and takes it at a unit (đầu mối giao nhận). */
@Entity({ name: 'contact_points' })
export class ContactPoint {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  unitCode: string;

  /** Order in the unit's list, from 0. */
  @Column('integer')
  position: number;

  @Column('text')
  fullName: string;

  @Column('text')
  phone: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text')
  hours: string;

  @Column('timestamptz')
  updatedAt: Date;

  @Column('uuid')
  updatedBy: string;
}
