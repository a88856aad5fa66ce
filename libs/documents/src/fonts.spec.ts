import { buildReceptionSlipInput, buildSupplementRequestInput } from '../test/fixtures';
import { readPdfText } from '../test/pdf-text';
import { PageFormat } from './sheet';
import { renderReceptionSlip } from './reception-slip';
import { renderSupplementRequest } from './supplement-request';

describe('fonts', () => {
  it('should keep every document readable when several are rendered one after another in one process', async () => {
    await renderReceptionSlip(buildReceptionSlipInput());
    await renderReceptionSlip(buildReceptionSlipInput({ format: PageFormat.Roll80 }));

    const pdf = await renderSupplementRequest(buildSupplementRequestInput());
    const text = await readPdfText(pdf);

    expect(text.flat).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
  });
});
