import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { brokenVariants } from '../test/broken-variants';
import { EVENT_FIXTURES } from '../test/fixtures/events';
import { REQUEST_FIXTURES } from '../test/fixtures/requests';
import { EVENT_PAYLOADS, EventKey } from './event-map';
import { RPC_CONTRACTS, RpcKey } from './rpc-map';
import { UnknownFields, checkObject } from './validation-plan';

type Plain = Record<string, unknown>;

async function classValidatorVerdict(
  type: ClassConstructor<object>,
  plain: Plain,
  unknownFields: UnknownFields,
) {
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: unknownFields === 'refuse',
    forbidUnknownValues: false,
    validationError: { target: true, value: true },
  });
  return { isValid: errors.length === 0, instance };
}

async function expectSameVerdicts(
  type: ClassConstructor<object>,
  fixture: Plain,
  unknownFields: UnknownFields,
): Promise<void> {
  for (const plain of brokenVariants(fixture)) {
    const expected = await classValidatorVerdict(type, plain, unknownFields);
    const instance = plainToInstance(type, plain);

    const verdict = checkObject(instance, unknownFields);

    expect({ plain, isValid: verdict === true }).toEqual({ plain, isValid: expected.isValid });
    if (expected.isValid || unknownFields === 'refuse') expect(instance).toEqual(expected.instance);
  }
}

describe('checkObject', () => {
  describe.each(['strip', 'refuse'] as const)('with unknown fields to %s', (unknownFields) => {
    it.each(Object.keys(EVENT_PAYLOADS) as EventKey[])(
      'should decide as class-validator does for %s payloads, valid or not',
      async (key) => {
        await expectSameVerdicts(
          EVENT_PAYLOADS[key] as ClassConstructor<object>,
          EVENT_FIXTURES[key]() as unknown as Plain,
          unknownFields,
        );
      },
    );

    it.each(Object.keys(RPC_CONTRACTS) as RpcKey[])(
      'should decide as class-validator does for %s requests, valid or not',
      async (key) => {
        await expectSameVerdicts(
          RPC_CONTRACTS[key].request as ClassConstructor<object>,
          REQUEST_FIXTURES[key]() as unknown as Plain,
          unknownFields,
        );
      },
    );
  });
});
