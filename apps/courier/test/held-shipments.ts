import { v7 as uuidv7 } from 'uuid';

/** The Center's unit code, where held dossier paper leaves from. */
export const CENTER_UNIT_CODE = '000.00.01.H41';

/**
 * Inserts `count` shipments held for `unitCode` directly in courier's schema, as courier stores them: every
 * third awaits its provider order, the others carry tracking numbers from `firstSerial` (an EB series apart
 * from courier's own EA numbers). Returns their ids.
 */
export async function insertHeldShipments(
  query: (text: string, values: unknown[]) => Promise<unknown>,
  unitCode: string,
  count: number,
  firstSerial: number,
): Promise<string[]> {
  const ids = Array.from({ length: count }, () => uuidv7());
  await query(
    `WITH made AS (
       INSERT INTO courier.shipments (id, kind, status, tracking_number, origin_unit_code, destination_unit_code,
                                      created_at)
       SELECT id, 'dossier_to_unit', 'held',
              CASE WHEN n % 3 = 0 THEN NULL ELSE 'EB' || lpad(($3 + n)::text, 9, '0') || 'VN' END,
              $4, $1, now() - interval '1 hour' + n * interval '1 millisecond'
         FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, n)
       RETURNING id, created_at
     )
     INSERT INTO courier.shipment_dossiers (shipment_id, dossier_id, dossier_code)
     SELECT id, id, $1 || '-261128-' || lpad((row_number() OVER (ORDER BY created_at))::text, 4, '0')
       FROM made`,
    [unitCode, ids, firstSerial, CENTER_UNIT_CODE],
  );
  return ids;
}
