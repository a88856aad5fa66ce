import type { EntityManager } from 'typeorm';

// Courier's key space of two-key advisory locks ("CP"), apart from any single-key lock on the database.
const CONTACT_POINTS_LOCK_SPACE = 0x4350;

/**
 * Taken by the change of a unit's contact points, until its commit: a shipment deciding meanwhile whether to
 * hold waits for the outcome, so none is held after the contact point is named (and missed by its release).
 */
export async function lockContactPoints(tx: EntityManager, unitCode: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [CONTACT_POINTS_LOCK_SPACE, unitCode]);
}

/** Taken by a shipment reading whether its unit has a contact point; shipments never wait for each other. */
export async function shareContactPoints(tx: EntityManager, unitCode: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock_shared($1, hashtext($2))`, [
    CONTACT_POINTS_LOCK_SPACE,
    unitCode,
  ]);
}
