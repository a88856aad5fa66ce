import { Entity, PrimaryColumn, Column } from 'typeorm';

/** A dossier carried by a shipment. */
@Entity({ name: 'shipment_dossiers' })
export class ShipmentDossier {
  @PrimaryColumn('uuid')
  shipmentId: string;

  @PrimaryColumn('uuid')
  dossierId: string;

  @Column('text')
  dossierCode: string;
}
