import { ConfigService } from '@nestjs/config';
import { redisConnection } from '@motcua/bootstrap';
import { ReplaceContactPointsV1, SHIPMENT_CREATED_V1, SHIPMENT_RELEASED_V1 } from '@motcua/contracts';
import { COURIER_REQUEST_FIXTURES, dossierReceivedV1 } from '@motcua/contracts/test';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { typeOrmOptions } from '@motcua/persistence';
import { ServiceTestDatabase, createServiceDatabase, waitFor } from '@motcua/testing';
import { Job, Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../src/config';
import { COURIER_DATABASE } from '../src/database';
import { HeldReleaseWakeups } from '../src/releases/held-release-wakeups';
import { HELD_RELEASES_QUEUE, HeldReleaseJob, releaseHeldJobId } from '../src/releases/held-releases.jobs';
import { HeldReleasesProcessor } from '../src/releases/held-releases.processor';
import { HeldReleasesService } from '../src/releases/held-releases.service';
import { HeldReleasesSweeper } from '../src/releases/held-releases.sweeper';
import { ShipmentsService } from '../src/shipments/shipments.service';
import { UnitsService } from '../src/units/units.service';
import { CENTER_UNIT_CODE, insertHeldShipments } from './held-shipments';

describe(HeldReleasesService.name, () => {
  let database: ServiceTestDatabase;
  let dataSource: DataSource;
  let queue: Queue;
  let shipments: ShipmentsService;
  let sut: HeldReleasesService;
  let units: UnitsService;
  let sweeper: HeldReleasesSweeper;
  let processor: HeldReleasesProcessor;
  let trackingSerial = 0;

  const connection = redisConnection(process.env.MOTCUA_REDIS_URL ?? 'redis://127.0.0.1:6379');

  beforeAll(async () => {
    database = await createServiceDatabase(COURIER_DATABASE);
    dataSource = await new DataSource(typeOrmOptions(database.db, COURIER_DATABASE)).initialize();
    queue = new Queue(HELD_RELEASES_QUEUE, { connection, prefix: database.name });
    const outbox = new OutboxService({ service: 'courier' });
    const config = new ConfigService({
      courier: { centerUnitCode: CENTER_UNIT_CODE, trackingPrefix: 'EA', provider: null },
    }) as unknown as ConfigService<AppConfig, true>;
    shipments = new ShipmentsService(
      dataSource,
      outbox,
      new IdempotencyService({ service: 'courier' }, dataSource),
      config,
    );
    sut = new HeldReleasesService(dataSource, shipments);
    const wakeups = new HeldReleaseWakeups(queue);
    units = new UnitsService(dataSource, sut, wakeups);
    sweeper = new HeldReleasesSweeper(sut, wakeups);
    processor = new HeldReleasesProcessor(sut);
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await dataSource.destroy();
    await database.drop();
  });

  // The queue's worker, as the courier process runs it.
  const startWorker = () =>
    new Worker(
      HELD_RELEASES_QUEUE,
      (job: Job<HeldReleaseJob['data'], unknown, HeldReleaseJob['name']>) => processor.process(job),
      { connection, prefix: database.name },
    );

  const hold = async (unitCode: string, count: number): Promise<void> => {
    const first = trackingSerial;
    trackingSerial += count;
    await insertHeldShipments((text, values) => dataSource.query(text, values), unitCode, count, first);
  };

  // The admin's naming, as the gateway sends it.
  const name = (unitCode: string, contactPoints?: ReplaceContactPointsV1['contactPoints']) => {
    const naming: ReplaceContactPointsV1 = COURIER_REQUEST_FIXTURES.replaceContactPoints();
    return units.replaceContactPoints({
      ...naming,
      unitCode,
      contactPoints: contactPoints ?? naming.contactPoints,
    });
  };

  const statusesOf = async (unitCode: string): Promise<Record<string, number>> => {
    const rows: { status: string; count: number }[] = await dataSource.query(
      `SELECT status, count(*)::int AS count FROM courier.shipments WHERE destination_unit_code = $1 GROUP BY status`,
      [unitCode],
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  };

  // How many events of the type the outbox holds for the unit's shipments, and for how many shipments.
  const announced = async (unitCode: string, type: string) => {
    const [row]: { events: number; shipments: number }[] = await dataSource.query(
      `SELECT count(*)::int AS events, count(DISTINCT envelope->'payload'->>'shipmentId')::int AS shipments
         FROM courier.outbox
        WHERE message_type = $1 AND envelope->'payload'->>'destinationUnitCode' = $2`,
      [type, unitCode],
    );
    return row;
  };

  const isReleaseDue = async (unitCode: string): Promise<boolean> => (await sut.listDue()).includes(unitCode);

  // Runs the queue's worker until the unit's release is over.
  const untilReleased = async (unitCode: string, description: string): Promise<void> => {
    const worker = startWorker();
    try {
      await waitFor(async () => !(await isReleaseDue(unitCode)), { description, timeoutMs: 60_000 });
    } finally {
      await worker.close();
    }
  };

  // Courier's two-key advisory locks in this database, held or awaited.
  const advisoryLocks = async (mode: string, granted: boolean): Promise<boolean> => {
    const [row]: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS count FROM pg_locks l JOIN pg_database d ON d.oid = l.database
        WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND d.datname = current_database()
          AND l.mode = $1 AND l.granted = $2`,
      [mode, granted],
    );
    return row.count > 0;
  };

  describe('replaceContactPoints', () => {
    it('should answer at once and leave 3,000 held shipments to the worker, which releases each exactly once', async () => {
      const unitCode = '000.00.20.H41';
      await hold(unitCode, 3000);

      const unit = await name(unitCode);
      const statusesAtAnswer = await statusesOf(unitCode);
      await untilReleased(unitCode, 'the release of 3,000 held shipments');

      expect(unit).toMatchObject({
        code: unitCode,
        hasContactPoint: true,
        heldShipments: 0,
        releasingShipments: 3000,
      });
      expect(statusesAtAnswer).toEqual({ held: 3000 });
      expect(await statusesOf(unitCode)).toEqual({ created: 2000, awaiting_order: 1000 });
      expect(await announced(unitCode, SHIPMENT_RELEASED_V1)).toEqual({ events: 3000, shipments: 3000 });
      expect(await announced(unitCode, SHIPMENT_CREATED_V1)).toEqual({ events: 2000, shipments: 2000 });
      expect((await units.listUnits({})).items.find((u) => u.code === unitCode)).toMatchObject({
        heldShipments: 0,
        releasingShipments: 0,
      });
    });

    it('should release nothing twice when two workers run the same release', async () => {
      const unitCode = '000.00.21.H41';
      await hold(unitCode, 1200);
      await name(unitCode);

      const [first, second] = await Promise.all([sut.releaseAll(unitCode), sut.releaseAll(unitCode)]);

      expect(first + second).toBe(1200);
      expect(await statusesOf(unitCode)).toEqual({ created: 800, awaiting_order: 400 });
      expect(await announced(unitCode, SHIPMENT_RELEASED_V1)).toEqual({ events: 1200, shipments: 1200 });
      expect(await sut.releaseAll(unitCode)).toBe(0);
      expect(await announced(unitCode, SHIPMENT_RELEASED_V1)).toEqual({ events: 1200, shipments: 1200 });
    });

    it('should stop releasing when the contact points are removed, and go on when one is named again', async () => {
      const unitCode = '000.00.22.H41';
      await hold(unitCode, 700);
      await name(unitCode);
      await sut.releaseBatch(unitCode);

      const removed = await name(unitCode, []);
      const stopped = await sut.releaseBatch(unitCode);
      await dataSource.transaction((tx) =>
        shipments.recordReceived(
          tx,
          dossierReceivedV1({
            dossierId: uuidv7(),
            code: `${unitCode}-261128-9001`,
            handlingUnitCode: unitCode,
          }),
        ),
      );
      const statusesWhileRemoved = await statusesOf(unitCode);
      const renamed = await name(unitCode);
      const resumed = await sut.releaseAll(unitCode);

      expect(removed).toMatchObject({ hasContactPoint: false, heldShipments: 200, releasingShipments: 0 });
      expect(stopped).toEqual({ released: 0, isDone: true });
      expect(statusesWhileRemoved).toMatchObject({ held: 201 });
      expect(renamed).toMatchObject({ heldShipments: 0, releasingShipments: 201 });
      expect(resumed).toBe(201);
      expect(await announced(unitCode, SHIPMENT_RELEASED_V1)).toEqual({ events: 701, shipments: 701 });
    });

    it('should not hold a shipment arriving while the release runs', async () => {
      const unitCode = '000.00.23.H41';
      await hold(unitCode, 600);
      await name(unitCode);
      await sut.releaseBatch(unitCode);

      await dataSource.transaction((tx) =>
        shipments.recordReceived(
          tx,
          dossierReceivedV1({
            dossierId: uuidv7(),
            code: `${unitCode}-261128-9002`,
            handlingUnitCode: unitCode,
          }),
        ),
      );
      const rest = await sut.releaseAll(unitCode);

      expect(rest).toBe(100);
      expect(await statusesOf(unitCode)).toEqual({ created: 401, awaiting_order: 200 });
      expect(await announced(unitCode, SHIPMENT_RELEASED_V1)).toEqual({ events: 600, shipments: 600 });
      expect(await announced(unitCode, SHIPMENT_CREATED_V1)).toEqual({ events: 401, shipments: 401 });
    });

    it('should wait for a hold being decided, so the shipment it holds is released too', async () => {
      const unitCode = '000.00.24.H41';
      let commitHold!: () => void;
      const isHoldCommitted = new Promise<void>((resolve) => (commitHold = resolve));
      const holding = dataSource.transaction(async (tx) => {
        await shipments.recordReceived(
          tx,
          dossierReceivedV1({
            dossierId: uuidv7(),
            code: `${unitCode}-261128-9003`,
            handlingUnitCode: unitCode,
          }),
        );
        await isHoldCommitted;
      });
      await waitFor(() => advisoryLocks('ShareLock', true), { description: 'the hold deciding' });

      const naming = name(unitCode);
      await waitFor(() => advisoryLocks('ExclusiveLock', false), { description: 'the naming waiting' });
      commitHold();
      await holding;
      const unit = await naming;
      const released = await sut.releaseAll(unitCode);

      expect(unit).toMatchObject({ hasContactPoint: true, heldShipments: 0, releasingShipments: 1 });
      expect(released).toBe(1);
      expect(await statusesOf(unitCode)).toEqual({ created: 1 });
    });
  });

  describe(HeldReleasesSweeper.name, () => {
    it('should resume a release cut short by a crash after Redis lost its job', async () => {
      const unitCode = '000.00.25.H41';
      await hold(unitCode, 1300);
      await name(unitCode);
      await waitFor(() => queue.getJob(releaseHeldJobId(unitCode)), { description: 'the wake-up queued' });
      await sut.releaseBatch(unitCode);
      await queue.obliterate({ force: true });
      const statusesAfterCrash = await statusesOf(unitCode);

      const swept = await sweeper.sweep();
      const requeued = await queue.getJob(releaseHeldJobId(unitCode));
      await untilReleased(unitCode, 'the resumed release');

      expect(statusesAfterCrash).toMatchObject({ held: 800 });
      expect(swept).toEqual([unitCode]);
      expect(requeued?.data).toEqual({ unitCode });
      expect(await statusesOf(unitCode)).toEqual({ created: 867, awaiting_order: 433 });
      expect(await announced(unitCode, SHIPMENT_RELEASED_V1)).toEqual({ events: 1300, shipments: 1300 });
    });
  });
});
