import { MessageChannel } from '@motcua/contracts';
import { typeOrmOptions } from '@motcua/persistence';
import { ServiceTestDatabase, createServiceDatabase } from '@motcua/testing';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { NOTIFICATIONS_DATABASE } from '../src/database';
import { DevSink } from '../src/delivery/dev-sink';

describe(DevSink.name, () => {
  let database: ServiceTestDatabase;
  let dataSource: DataSource;
  let sut: DevSink;

  beforeAll(async () => {
    database = await createServiceDatabase(NOTIFICATIONS_DATABASE);
    dataSource = new DataSource(typeOrmOptions(database.db, NOTIFICATIONS_DATABASE));
    await dataSource.initialize();
    sut = new DevSink(dataSource);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should keep what would have gone out, once per message, and list it newest first with recipients masked', async () => {
    const sms = { messageId: uuidv7(), recipient: '+84912345678', subject: null, body: 'Hồ sơ đã tiếp nhận' };
    const mail = {
      messageId: uuidv7(),
      recipient: 'an@example.vn',
      subject: 'Đã tiếp nhận',
      body: 'Kính gửi',
    };

    const accepted = await sut.store(MessageChannel.Sms, sms);
    await sut.store(MessageChannel.Sms, sms);
    await sut.store(MessageChannel.Email, mail);
    const stored = await sut.listStored(10);

    expect(accepted).toEqual({ provider: 'sink', providerMessageId: null, isDelivered: true });
    expect(stored.items).toEqual([
      expect.objectContaining({
        messageId: mail.messageId,
        recipient: 'a***@example.vn',
        subject: 'Đã tiếp nhận',
      }),
      expect.objectContaining({
        messageId: sms.messageId,
        recipient: '+8491****678',
        body: 'Hồ sơ đã tiếp nhận',
      }),
    ]);
  });
});
