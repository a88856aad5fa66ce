import { DELIVERY_LIMIT } from '@motcua/messaging';
import { TestSystem, waitFor } from '@motcua/testing';
import {
  deadLetterValidDossierReceived,
  isAssigned,
  publishInvalidDossierReceived,
} from './support/dead-letters';

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; constraint: string; message: string }[];
}

interface UserBody {
  id: string;
  username: string;
  fullName: string;
  roles: string[];
  unitCode: string | null;
  isActive: boolean;
}

interface ClientBody {
  id: string;
  clientId: string;
  name: string;
  unitCode: string;
  roles: string[];
  isActive: boolean;
}

interface DeadLetterBody {
  id: string;
  type: string;
  reason: string;
  detail: string | null;
  deadAt: string | null;
  deliveryCount: number | null;
}

const SO_TU_PHAP = '000.00.20.H41';
const SO_XAY_DUNG = '000.00.12.H41';

describe('Administration through the gateway: users, department clients, dead letters', () => {
  let system: TestSystem;
  let admin: string;
  let reception: string;
  let adminId: string;

  const login = (username: string, password: string) =>
    system.request<{ accessToken: string; actor: { roles: string[]; unitCode?: string } } & ErrorBody>(
      'POST',
      '/api/v1/auth/login',
      { body: { username, password } },
    );
  const clientToken = (clientId: string, clientSecret: string) =>
    system.request<{ accessToken: string; actor: { kind: string; unitCode: string } } & ErrorBody>(
      'POST',
      '/api/v1/auth/token',
      { body: { clientId, clientSecret } },
    );
  const createUser = (body: Record<string, unknown>) =>
    system.request<{ user: UserBody; generatedPassword: string | null } & ErrorBody>(
      'POST',
      '/api/v1/users',
      {
        token: admin,
        body,
      },
    );

  beforeAll(async () => {
    system = await TestSystem.start('admin-users', { services: ['gateway', 'routing'] });
    [admin, reception] = await Promise.all([system.login('admin'), system.login('reception')]);
    const me = await system.request<{ id: string }>('GET', '/api/v1/auth/me', { token: admin });
    adminId = me.body.id;
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  describe('users', () => {
    it('should create an officer of a unit with a generated password shown once, who then logs in', async () => {
      const created = await createUser({
        username: ' ChuyenVien.TP ',
        fullName: 'Ngô Thị Chuyên Viên',
        roles: ['officer'],
        unitCode: SO_TU_PHAP,
      });

      expect(created.status).toBe(201);
      expect(created.body.user).toMatchObject({
        username: 'chuyenvien.tp',
        roles: ['officer'],
        unitCode: SO_TU_PHAP,
        isActive: true,
      });
      expect(created.body.user).not.toHaveProperty('passwordHash');
      expect(created.body.generatedPassword).toHaveLength(16);
      const session = await login('chuyenvien.tp', created.body.generatedPassword ?? '');
      expect(session.status).toBe(200);
      expect(session.body.actor).toMatchObject({ roles: ['officer'], unitCode: SO_TU_PHAP });
    });

    it('should refuse an officer without a unit, a short password and a taken username, naming the field', async () => {
      const noUnit = await createUser({
        username: 'khongdonvi',
        fullName: 'Không Đơn Vị',
        roles: ['officer'],
      });
      const shortPassword = await createUser({
        username: 'matkhaungan',
        fullName: 'Mật Khẩu Ngắn',
        roles: ['cashier'],
        password: 'ngan',
      });
      const taken = await createUser({ username: 'reception', fullName: 'Trùng Tên', roles: ['reception'] });
      const badRole = await createUser({ username: 'vaitrosai', fullName: 'Vai Trò Sai', roles: ['root'] });

      expect(noUnit).toMatchObject({ status: 400, body: { code: 'USER_UNIT_REQUIRED' } });
      expect(noUnit.body.details).toContainEqual(
        expect.objectContaining({
          field: 'unitCode',
          message: 'Chuyên viên và lãnh đạo đơn vị phải thuộc một đơn vị',
        }),
      );
      expect(shortPassword.status).toBe(400);
      expect(shortPassword.body.details).toContainEqual(
        expect.objectContaining({ field: 'password', message: 'Mật khẩu quá ngắn' }),
      );
      expect(taken).toMatchObject({ status: 409, body: { code: 'USER_USERNAME_TAKEN' } });
      expect(taken.body.details).toContainEqual(expect.objectContaining({ field: 'username' }));
      expect(badRole.status).toBe(400);
      expect(badRole.body.details).toContainEqual(expect.objectContaining({ field: 'roles' }));
    });

    it('should list users a page at a time, searching name and username with or without diacritics and filtering by role', async () => {
      for (let i = 1; i <= 3; i++) {
        const created = await createUser({
          username: `thuphi.${i}`,
          fullName: `Đỗ Văn Thu Phí ${i}`,
          roles: ['cashier'],
          password: 'mat-khau-du-dai',
        });
        expect(created.status).toBe(201);
      }

      const page = await system.request<{ items: UserBody[]; total: number }>(
        'GET',
        '/api/v1/users?q=THU%20PHI&pageSize=2&page=2',
        { token: admin },
      );
      const cashiers = await system.request<{ items: UserBody[]; total: number }>(
        'GET',
        '/api/v1/users?role=cashier&pageSize=100',
        { token: admin },
      );
      const officers = await system.request<{ items: UserBody[]; total: number }>(
        'GET',
        '/api/v1/users?role=officer&q=chuyenvien.tp',
        { token: admin },
      );

      expect(page.status).toBe(200);
      expect(page.body.total).toBe(4);
      expect(page.body.items.map((user) => user.username)).toEqual(['thuphi.2', 'thuphi.3']);
      expect(cashiers.body.items.every((user) => user.roles.includes('cashier'))).toBe(true);
      expect(cashiers.body.total).toBe(4);
      expect(officers.body.items.map((user) => user.username)).toEqual(['chuyenvien.tp']);
    });

    it('should change roles and unit, which the next login carries', async () => {
      const { body } = await createUser({
        username: 'lanhdao.xd',
        fullName: 'Phan Văn Lãnh Đạo',
        roles: ['officer'],
        unitCode: SO_TU_PHAP,
        password: 'mat-khau-du-dai',
      });

      const updated = await system.request<UserBody>('PUT', `/api/v1/users/${body.user.id}`, {
        token: admin,
        body: { fullName: 'Phan Văn Lãnh Đạo', roles: ['unit_lead', 'officer'], unitCode: SO_XAY_DUNG },
      });
      const toCashier = await system.request<UserBody>('PUT', `/api/v1/users/${body.user.id}`, {
        token: admin,
        body: { fullName: 'Phan Văn Lãnh Đạo', roles: ['cashier'], unitCode: SO_XAY_DUNG },
      });

      expect(updated).toMatchObject({
        status: 200,
        body: { roles: ['unit_lead', 'officer'], unitCode: SO_XAY_DUNG },
      });
      expect(toCashier).toMatchObject({ status: 200, body: { roles: ['cashier'], unitCode: null } });
      const session = await login('lanhdao.xd', 'mat-khau-du-dai');
      expect(session.body.actor.roles).toEqual(['cashier']);
      expect(session.body.actor).not.toHaveProperty('unitCode');
    });

    it('should refuse login to a disabled user, keep their issued token until it expires, and let them in again once enabled', async () => {
      const { body } = await createUser({
        username: 'tamkhoa',
        fullName: 'Tạm Khóa',
        roles: ['reception'],
        password: 'mat-khau-du-dai',
      });
      const issued = (await login('tamkhoa', 'mat-khau-du-dai')).body.accessToken;

      const disabled = await system.request<UserBody>('POST', `/api/v1/users/${body.user.id}/disable`, {
        token: admin,
      });
      const refused = await login('tamkhoa', 'mat-khau-du-dai');
      const stillValid = await system.request('GET', '/api/v1/auth/me', { token: issued });
      const enabled = await system.request<UserBody>('POST', `/api/v1/users/${body.user.id}/enable`, {
        token: admin,
      });
      const again = await login('tamkhoa', 'mat-khau-du-dai');

      expect(disabled).toMatchObject({ status: 200, body: { isActive: false } });
      expect(refused).toMatchObject({ status: 401, body: { code: 'AUTH_INVALID_CREDENTIALS' } });
      expect(stillValid.status).toBe(200);
      expect(enabled).toMatchObject({ status: 200, body: { isActive: true } });
      expect(again.status).toBe(200);
    });

    it('should reset a password to one the admin sets or to a generated one, and the old one stops working', async () => {
      const { body } = await createUser({
        username: 'quenmatkhau',
        fullName: 'Quên Mật Khẩu',
        roles: ['postal'],
        password: 'mat-khau-cu-1',
      });

      const set = await system.request<{ generatedPassword: string | null }>(
        'POST',
        `/api/v1/users/${body.user.id}/password`,
        { token: admin, body: { password: 'mat-khau-moi-2' } },
      );
      const oldRefused = await login('quenmatkhau', 'mat-khau-cu-1');
      const newAccepted = await login('quenmatkhau', 'mat-khau-moi-2');
      const generated = await system.request<{ generatedPassword: string | null }>(
        'POST',
        `/api/v1/users/${body.user.id}/password`,
        { token: admin, body: {} },
      );

      expect(set).toMatchObject({ status: 200, body: { generatedPassword: null } });
      expect(oldRefused.status).toBe(401);
      expect(newAccepted.status).toBe(200);
      expect(generated.status).toBe(200);
      expect((await login('quenmatkhau', generated.body.generatedPassword ?? '')).status).toBe(200);
      expect((await login('quenmatkhau', 'mat-khau-moi-2')).status).toBe(401);
    });

    it('should not let an admin disable themselves or leave the Center without an active admin', async () => {
      const selfDisable = await system.request<ErrorBody>('POST', `/api/v1/users/${adminId}/disable`, {
        token: admin,
      });
      const lastAdmin = await system.request<ErrorBody>('PUT', `/api/v1/users/${adminId}`, {
        token: admin,
        body: { fullName: 'Quản Trị Hệ Thống', roles: ['manager'] },
      });
      const second = await createUser({
        username: 'quantri2',
        fullName: 'Quản Trị Thứ Hai',
        roles: ['admin'],
        password: 'mat-khau-du-dai',
      });
      const secondAdmin = (await login('quantri2', 'mat-khau-du-dai')).body.accessToken;
      const demotedBySecond = await system.request<UserBody>('PUT', `/api/v1/users/${second.body.user.id}`, {
        token: secondAdmin,
        body: { fullName: 'Quản Trị Thứ Hai', roles: ['manager'] },
      });

      expect(selfDisable).toMatchObject({ status: 409, body: { code: 'USER_SELF_DISABLE' } });
      expect(lastAdmin).toMatchObject({ status: 409, body: { code: 'USER_LAST_ADMIN' } });
      expect(lastAdmin.body.details).toContainEqual(expect.objectContaining({ field: 'roles' }));
      expect(demotedBySecond).toMatchObject({ status: 200, body: { roles: ['manager'] } });
    });

    it('should answer only admins, and name a bad id or an unknown user', async () => {
      const forbidden = await system.request<ErrorBody>('GET', '/api/v1/users', { token: reception });
      const badId = await system.request<ErrorBody>('POST', '/api/v1/users/not-an-id/enable', {
        token: admin,
      });
      const unknown = await system.request<ErrorBody>(
        'POST',
        '/api/v1/users/0199f0c2-7a1b-7c3d-8e4f-0123456789ab/enable',
        { token: admin },
      );

      expect(forbidden).toMatchObject({ status: 403, body: { code: 'AUTH_ROLE_FORBIDDEN' } });
      expect(badId.status).toBe(400);
      expect(badId.body.details).toEqual([
        { field: 'id', constraint: 'isUuid', message: 'Mã người dùng không hợp lệ' },
      ]);
      expect(unknown).toMatchObject({ status: 404, body: { code: 'USER_NOT_FOUND' } });
    });
  });

  describe('department clients', () => {
    it('should register a client for a unit with a secret shown once, which gets a token scoped to that unit', async () => {
      const created = await system.request<{ client: ClientBody; clientSecret: string }>(
        'POST',
        '/api/v1/api-clients',
        {
          token: admin,
          body: { clientId: 'so-xd-hscv', unitCode: SO_XAY_DUNG, name: 'Phần mềm HSCV Sở Xây dựng' },
        },
      );
      const listed = await system.request<{ items: ClientBody[] }>('GET', '/api/v1/api-clients', {
        token: admin,
      });
      const token = await clientToken('so-xd-hscv', created.body.clientSecret);

      expect(created.status).toBe(201);
      expect(created.body.client).toMatchObject({
        clientId: 'so-xd-hscv',
        unitCode: SO_XAY_DUNG,
        isActive: true,
      });
      expect(created.body.clientSecret.length).toBeGreaterThanOrEqual(40);
      const entry = listed.body.items.find((client) => client.clientId === 'so-xd-hscv');
      expect(entry).toMatchObject({ roles: ['officer'], isActive: true });
      expect(JSON.stringify(listed.body)).not.toContain(created.body.clientSecret);
      expect(JSON.stringify(listed.body)).not.toMatch(/secret/i);
      expect(token.status).toBe(200);
      expect(token.body.actor).toMatchObject({ kind: 'client', unitCode: SO_XAY_DUNG });
    });

    it('should refuse a taken client id and a malformed unit code, naming the field', async () => {
      const taken = await system.request<ErrorBody>('POST', '/api/v1/api-clients', {
        token: admin,
        body: { clientId: 'demo-so-tu-phap', unitCode: SO_TU_PHAP, name: 'Trùng mã' },
      });
      const badUnit = await system.request<ErrorBody>('POST', '/api/v1/api-clients', {
        token: admin,
        body: { clientId: 'so-moi', unitCode: 'SXD', name: 'Sai mã đơn vị' },
      });

      expect(taken).toMatchObject({ status: 409, body: { code: 'API_CLIENT_ID_TAKEN' } });
      expect(taken.body.details).toContainEqual(expect.objectContaining({ field: 'clientId' }));
      expect(badUnit.status).toBe(400);
      expect(badUnit.body.details).toContainEqual(
        expect.objectContaining({ field: 'unitCode', constraint: 'isUnitCode' }),
      );
    });

    it('should rotate a secret so only the new one works, and revoke a client for good with its webhooks', async () => {
      const created = await system.request<{ client: ClientBody; clientSecret: string }>(
        'POST',
        '/api/v1/api-clients',
        { token: admin, body: { clientId: 'so-tp-xoay', unitCode: SO_TU_PHAP, name: 'Xoay khóa' } },
      );
      const id = created.body.client.id;
      const departmentToken = (await clientToken('so-tp-xoay', created.body.clientSecret)).body.accessToken;
      const webhook = await system.request<{ id: string }>('POST', '/api/v1/departments/webhooks', {
        token: departmentToken,
        body: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['routing.dossier.resolved.v1'] },
      });

      const rotated = await system.request<{ client: ClientBody; clientSecret: string }>(
        'POST',
        `/api/v1/api-clients/${id}/rotate-secret`,
        { token: admin },
      );
      const oldSecret = await clientToken('so-tp-xoay', created.body.clientSecret);
      const newSecret = await clientToken('so-tp-xoay', rotated.body.clientSecret);
      const revoked = await system.request<ClientBody>('POST', `/api/v1/api-clients/${id}/revoke`, {
        token: admin,
      });
      const afterRevoke = await clientToken('so-tp-xoay', rotated.body.clientSecret);
      const rotateRevoked = await system.request<ErrorBody>(
        'POST',
        `/api/v1/api-clients/${id}/rotate-secret`,
        {
          token: admin,
        },
      );

      expect(webhook.status).toBe(201);
      expect(rotated.status).toBe(200);
      expect(rotated.body.clientSecret).not.toBe(created.body.clientSecret);
      expect(oldSecret.status).toBe(401);
      expect(newSecret.status).toBe(200);
      expect(revoked).toMatchObject({ status: 200, body: { isActive: false } });
      expect(afterRevoke.status).toBe(401);
      expect(rotateRevoked).toMatchObject({ status: 409, body: { code: 'API_CLIENT_REVOKED' } });
      const db = await system.db();
      try {
        const { rows } = await db.query('SELECT is_active FROM gateway.webhook_subscriptions WHERE id = $1', [
          webhook.body.id,
        ]);
        expect(rows).toEqual([{ is_active: false }]);
      } finally {
        await db.end();
      }
    });

    it('should answer only admins', async () => {
      const forbidden = await system.request<ErrorBody>('GET', '/api/v1/api-clients', { token: reception });

      expect(forbidden).toMatchObject({ status: 403, body: { code: 'AUTH_ROLE_FORBIDDEN' } });
    });
  });

  describe('dead letters', () => {
    it('should list an invalid event routing refused with its type, reason, time and deliveries, and count it', async () => {
      const envelope = await publishInvalidDossierReceived(system);

      const listed = await waitFor(
        async () => {
          const { body } = await system.request<{ items: DeadLetterBody[] }>(
            'GET',
            '/api/v1/dead-letters/routing',
            {
              token: admin,
            },
          );
          return body.items.find((letter) => letter.id === envelope.id) ?? null;
        },
        { description: 'the dead letter in the list', intervalMs: 300 },
      );
      const counts = await system.request<{ items: { service: string; count: number }[] }>(
        'GET',
        '/api/v1/dead-letters',
        { token: admin },
      );

      expect(listed).toMatchObject({
        type: 'intake.dossier.received.v1',
        reason: 'invalid',
        deliveryCount: 1,
      });
      expect(listed.detail).toContain('"field":"code"');
      expect(Date.parse(listed.deadAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
      expect(counts.body.items.map((item) => item.service)).toEqual([
        'intake',
        'routing',
        'fees',
        'courier',
        'notifications',
      ]);
      expect(counts.body.items.find((item) => item.service === 'routing')?.count).toBeGreaterThanOrEqual(1);
    });

    it('should replay one dead letter by id, which routing then applies, and leave the others', async () => {
      const invalid = await publishInvalidDossierReceived(system);
      const envelope = await deadLetterValidDossierReceived(system, '000.00.20.H41-261128-9101');
      await waitFor(async () => {
        const { body } = await system.request<{ items: DeadLetterBody[] }>(
          'GET',
          '/api/v1/dead-letters/routing',
          {
            token: admin,
          },
        );
        return body.items.some((letter) => letter.id === invalid.id);
      });
      const before = await system.request<{ items: DeadLetterBody[] }>(
        'GET',
        '/api/v1/dead-letters/routing',
        {
          token: admin,
        },
      );

      const replayed = await system.request<{ replayed: DeadLetterBody[] }>(
        'POST',
        '/api/v1/dead-letters/routing/replay',
        { token: admin, body: { id: envelope.id } },
      );

      expect(before.body.items.find((letter) => letter.id === envelope.id)).toMatchObject({
        reason: 'delivery_limit',
        deliveryCount: DELIVERY_LIMIT + 1,
      });
      expect(replayed.status).toBe(200);
      expect(replayed.body.replayed.map((letter) => letter.id)).toEqual([envelope.id]);
      await waitFor(() => isAssigned(system, envelope.payload.dossierId), {
        description: 'routing assigned the replayed dossier',
      });
      const after = await system.request<{ items: DeadLetterBody[] }>('GET', '/api/v1/dead-letters/routing', {
        token: admin,
      });
      expect(after.body.items.map((letter) => letter.id)).toContain(invalid.id);
      expect(after.body.items.map((letter) => letter.id)).not.toContain(envelope.id);
    });

    it('should replay all of a service, name an unknown service and a message no longer there, and answer only admins', async () => {
      const all = await system.request<{ replayed: DeadLetterBody[] }>(
        'POST',
        '/api/v1/dead-letters/routing/replay',
        {
          token: admin,
          body: {},
        },
      );
      const gone = await system.request<ErrorBody>('POST', '/api/v1/dead-letters/routing/replay', {
        token: admin,
        body: { id: '0199f0c2-7a1b-7c3d-8e4f-0123456789ab' },
      });
      const unknownService = await system.request<ErrorBody>('GET', '/api/v1/dead-letters/gateway', {
        token: admin,
      });
      const forbidden = await system.request<ErrorBody>('GET', '/api/v1/dead-letters/routing', {
        token: reception,
      });

      expect(all.status).toBe(200);
      expect(all.body.replayed.length).toBeGreaterThanOrEqual(2);
      expect(all.body.replayed.every((letter) => letter.reason === 'invalid')).toBe(true);
      expect(gone).toMatchObject({ status: 404, body: { code: 'DEAD_LETTER_NOT_FOUND' } });
      expect(unknownService.status).toBe(400);
      expect(unknownService.body.details).toContainEqual(expect.objectContaining({ field: 'service' }));
      expect(forbidden.status).toBe(403);
    });
  });

  describe('documentation', () => {
    it('should describe the admin endpoints and their bodies in OpenAPI', async () => {
      const document = (await (await fetch(`${system.gatewayUrl}/api/docs-json`)).json()) as {
        paths: Record<
          string,
          Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>
        >;
        components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
      };

      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/users',
          '/api/v1/users/{id}',
          '/api/v1/users/{id}/disable',
          '/api/v1/users/{id}/enable',
          '/api/v1/users/{id}/password',
          '/api/v1/api-clients',
          '/api/v1/api-clients/{id}/rotate-secret',
          '/api/v1/api-clients/{id}/revoke',
          '/api/v1/dead-letters',
          '/api/v1/dead-letters/{service}',
          '/api/v1/dead-letters/{service}/replay',
        ]),
      );
      expect(document.paths['/api/v1/users'].post.requestBody?.content['application/json'].schema.$ref).toBe(
        '#/components/schemas/CreateUserBody',
      );
      expect(Object.keys(document.components.schemas.CreateUserBody.properties ?? {}).sort()).toEqual(
        ['fullName', 'password', 'roles', 'unitCode', 'username'].sort(),
      );
      expect(Object.keys(document.components.schemas.DeadLetterDto.properties ?? {})).toEqual(
        expect.arrayContaining(['id', 'type', 'reason', 'deadAt', 'deliveryCount']),
      );
    });
  });
});
