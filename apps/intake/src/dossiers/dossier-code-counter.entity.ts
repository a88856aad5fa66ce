import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last dossier sequence number given per receiving unit and Vietnamese calendar day. */
@Entity({ name: 'dossier_code_counters' })
export class DossierCodeCounter {
  @PrimaryColumn('text')
  unitCode: string;

  @PrimaryColumn('date')
  day: string;

  @Column('integer')
  lastSequence: number;
}
