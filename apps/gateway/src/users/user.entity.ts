import { Role } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A staff member who logs in to the web UI. */
@Entity({ name: 'users' })
export class User {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  username: string;

  @Column('text')
  fullName: string;

  /** argon2id. */
  @Column('text')
  passwordHash: string;

  @Column('text', { array: true })
  roles: Role[];

  /** The unit an officer or unit lead works for; null for Center-wide staff. */
  @Column('text', { nullable: true })
  unitCode: string | null;

  @Column('boolean')
  isActive: boolean;

  @Column('timestamptz')
  createdAt: Date;
}
