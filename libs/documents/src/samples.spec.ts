import { existsSync } from 'node:fs';
import { hasPdftoppm, saveArtifact, savePagePng } from '../test/artifacts';
import {
  buildHandoverRecordInput,
  buildReceptionSlipInput,
  buildRefusalNoticeInput,
  buildRollReceiptInput,
  buildSupplementRequestInput,
} from '../test/fixtures';
import { readPdfText } from '../test/pdf-text';
import { renderReceptionSlip } from './reception-slip';
import { renderRefusalNotice } from './refusal-notice';
import { PageFormat } from './sheet';
import { renderSupplementRequest } from './supplement-request';
import { renderTableDocument } from './table-document';

// One sample of each document goes to test-artifacts/documents for people to open; where poppler is
// installed, the first page also goes to PNG.
const SAMPLES: [name: string, render: () => Promise<Buffer>][] = [
  ['form-01-reception-slip', () => renderReceptionSlip(buildReceptionSlipInput())],
  [
    'form-01-reception-slip-roll80',
    () => renderReceptionSlip(buildReceptionSlipInput({ format: PageFormat.Roll80 })),
  ],
  ['form-02-supplement-request', () => renderSupplementRequest(buildSupplementRequestInput())],
  ['form-03-refusal-notice', () => renderRefusalNotice(buildRefusalNoticeInput())],
  ['handover-record', () => renderTableDocument(buildHandoverRecordInput(40))],
  ['receipt-roll80', () => renderTableDocument(buildRollReceiptInput())],
];

describe('document samples', () => {
  it.each(SAMPLES)('should save a readable %s to test-artifacts', async (name, render) => {
    const pdf = await render();

    const path = saveArtifact(name, pdf);

    const { flat } = await readPdfText(pdf);
    expect(existsSync(path)).toBe(true);
    expect(flat).toMatch(/[ĐđƯưƠơ]/);
    if (hasPdftoppm()) expect(existsSync(savePagePng(path))).toBe(true);
  });
});
