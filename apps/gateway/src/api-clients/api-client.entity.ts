import { Role } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A department's own system, authenticating with client credentials; always scoped to one unit. */
@Entity({ name: 'api_clients' })
export class ApiClient {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  clientId: string;

  @Column('text')
  name: string;

  /** argon2id of the client secret. */
  @Column('text')
  secretHash: string;

  @Column('text', { array: true })
  roles: Role[];

  @Column('text')
  unitCode: string;

  @Column('boolean')
  isActive: boolean;

  @Column('timestamptz')
  createdAt: Date;
}
