import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EVENT_FIXTURES } from '../test/fixtures/events';
import { REQUEST_FIXTURES } from '../test/fixtures/requests';
import { EVENT_PAYLOADS, EventKey } from './event-map';
import { RPC_CONTRACTS, RpcKey } from './rpc-map';
import { checkObject } from './validation-plan';

type Plain = Record<string, unknown>;

const WRONG_VALUES: readonly unknown[] = [
  undefined,
  null,
  12345,
  -1,
  1.5,
  '',
  'x',
  true,
  {},
  [],
  [{}],
  ['x'],
];

// Every field of the payload (and of the objects inside it) removed or replaced by each wrong value in turn,
// and an unknown field added: the payloads a faulty producer or client could send.
function variants(payload: Plain): Plain[] {
  const out: Plain[] = [payload, { ...payload, unknownField: 'x' }];
  for (const [field, value] of Object.entries(payload)) {
    for (const wrong of WRONG_VALUES) out.push({ ...payload, [field]: wrong });
    if (Array.isArray(value) && typeof value[0] === 'object' && value[0] !== null) {
      for (const inner of variants(value[0] as Plain))
        out.push({ ...payload, [field]: [inner, ...value.slice(1)] });
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const inner of variants(value as Plain)) out.push({ ...payload, [field]: inner });
    }
  }
  return out;
}

async function classValidatorVerdict(type: ClassConstructor<object>, plain: Plain) {
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, {
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: true, value: true },
  });
  return { isValid: errors.length === 0, instance };
}

async function expectSameVerdicts(type: ClassConstructor<object>, fixture: Plain): Promise<void> {
  for (const plain of variants(fixture)) {
    const expected = await classValidatorVerdict(type, plain);
    const instance = plainToInstance(type, plain);

    const verdict = checkObject(instance);

    expect({ plain, isValid: verdict === true }).toEqual({ plain, isValid: expected.isValid });
    if (expected.isValid) expect(instance).toEqual(expected.instance);
  }
}

describe('checkObject', () => {
  it.each(Object.keys(EVENT_PAYLOADS) as EventKey[])(
    'should decide as class-validator does for %s payloads, valid or not',
    async (key) => {
      await expectSameVerdicts(
        EVENT_PAYLOADS[key] as ClassConstructor<object>,
        EVENT_FIXTURES[key]() as unknown as Plain,
      );
    },
  );

  it.each(Object.keys(RPC_CONTRACTS) as RpcKey[])(
    'should decide as class-validator does for %s requests, valid or not',
    async (key) => {
      await expectSameVerdicts(
        RPC_CONTRACTS[key].request as ClassConstructor<object>,
        REQUEST_FIXTURES[key]() as unknown as Plain,
      );
    },
  );
});
