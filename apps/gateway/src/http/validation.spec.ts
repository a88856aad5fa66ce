import { ArgumentMetadata, Type, ValidationPipe } from '@nestjs/common';
import { AppError, toFieldErrors } from '@motcua/contracts';
import { brokenVariants, receiveDossierV2 } from '@motcua/contracts/test';
import { LoginBody } from '../auth/auth.dto';
import { ReceiveDossierBody } from '../dossiers/dossiers.dto';
import { PageQuery } from './page-query';
import { InputValidationPipe, dossierIdPipe, idPipe, validationFailed } from './validation';

const PARAM = { type: 'param', data: 'id' } as const;

describe(idPipe.name, () => {
  it('should pass a UUID through', async () => {
    const id = '01a21ebe-e40e-74bb-acf5-1d22dbfdeb39';

    expect(await dossierIdPipe.transform(id, PARAM)).toBe(id);
  });

  it('should refuse anything else with a 400 naming the id by its label', async () => {
    const refusal = await idPipe('Mã định danh biên lai')
      .transform('42', PARAM)
      .catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).details).toEqual([
      { field: 'id', constraint: 'isUuid', message: 'Mã định danh biên lai không hợp lệ' },
    ]);
  });
});

// Nest's own pipe with the same options: what the gateway answered before the plans.
const classValidatorPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  validationError: { target: true, value: true },
  exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
});

const { actor: _actor, idempotencyKey: _key, ...receiveBody } = receiveDossierV2();

const INPUTS: readonly [Type, ArgumentMetadata['type'], Record<string, unknown>][] = [
  [ReceiveDossierBody, 'body', receiveBody],
  [LoginBody, 'body', { username: 'reception', password: 'motcua-demo' }],
  [PageQuery, 'query', { page: '2', pageSize: '50' }],
];

const outcome = (value: unknown, metatype: Type, type: ArgumentMetadata['type'], pipe: ValidationPipe) =>
  pipe.transform(structuredClone(value), { metatype, type }).then(
    (accepted: unknown) => ({ accepted }),
    (refusal: AppError) => ({ refused: { message: refusal.message, details: refusal.details } }),
  );

describe(InputValidationPipe.name, () => {
  it.each(INPUTS)(
    'should accept and refuse %p input exactly as class-validator does, with the same field errors',
    async (metatype, type, valid) => {
      const sut = new InputValidationPipe();

      for (const input of brokenVariants(valid)) {
        const expected = await outcome(input, metatype, type, classValidatorPipe);

        const actual = await outcome(input, metatype, type, sut);

        expect({ input, actual }).toEqual({ input, actual: expected });
      }
    },
  );

  it('should accept the reception body as the instance the controller expects', async () => {
    const sut = new InputValidationPipe();

    const accepted = await sut.transform(structuredClone(receiveBody), {
      metatype: ReceiveDossierBody,
      type: 'body',
    });

    expect(accepted).toBeInstanceOf(ReceiveDossierBody);
    expect(accepted).toEqual(expect.objectContaining(receiveBody));
  });
});
