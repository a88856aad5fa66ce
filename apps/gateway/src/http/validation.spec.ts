import { AppError } from '@motcua/contracts';
import { dossierIdPipe, idPipe } from './validation';

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
