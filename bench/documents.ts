import { Channel, DocumentForm, TimeUnit } from '@motcua/contracts';
import { PageFormat, ReceptionSlipInput, ResultReturnMethod, renderReceptionSlip } from '@motcua/documents';
import { performance } from 'node:perf_hooks';
import { percentile } from './percentiles';

// How long a reception slip takes to render, after a warm-up: `npm run bench:documents -- [renders]`.
// Prints one JSON line. Not part of `npm test`.

const DEFAULT_RENDERS = 50;

function slip(format: PageFormat): ReceptionSlipInput {
  return {
    issuer: {
      parentBody: 'UBND TỈNH NGHỆ AN',
      issuingBody: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      place: 'Nghệ An',
    },
    dossierCode: '000.00.20.H41-261128-0361',
    receivingUnit: 'Trung tâm Phục vụ hành chính công tỉnh Nghệ An',
    applicant: {
      fullName: 'Nguyễn Văn Ánh',
      phone: '+84912345678',
      address: 'Số 5 đường Lê Hồng Phong, Vinh',
    },
    procedureName:
      'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    channel: Channel.Direct,
    documents: [
      { name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', form: DocumentForm.Original, count: 1 },
      { name: 'Bản sao Căn cước công dân', form: DocumentForm.Copy, count: 1 },
    ],
    processingTime: { amount: 10, unit: TimeUnit.CalendarDays },
    receivedAt: new Date('2026-11-28T02:40:00Z'),
    dueAt: new Date('2026-12-08T02:40:00Z'),
    resultReturn: { method: ResultReturnMethod.Counter, place: 'Quầy trả kết quả' },
    publicBaseUrl: 'https://dichvucong.nghean.gov.vn',
    receiverName: 'Nguyễn Thị Tiếp Nhận',
    format,
  };
}

async function timeRenders(
  format: PageFormat,
  renders: number,
): Promise<{ p50: number; p95: number; bytes: number }> {
  const input = slip(format);
  let bytes = (await renderReceptionSlip(input)).length;
  const durationsMs: number[] = [];
  for (let i = 0; i < renders; i++) {
    const started = performance.now();
    bytes = (await renderReceptionSlip(input)).length;
    durationsMs.push(performance.now() - started);
  }
  const sorted = [...durationsMs].sort((a, b) => a - b);
  return {
    p50: Math.round(percentile(sorted, 50) ?? 0),
    p95: Math.round(percentile(sorted, 95) ?? 0),
    bytes,
  };
}

async function main(): Promise<void> {
  const renders = Number(process.argv[2] ?? DEFAULT_RENDERS);
  const a4 = await timeRenders(PageFormat.A4, renders);
  const roll = await timeRenders(PageFormat.Roll80, renders);
  process.stdout.write(
    `${JSON.stringify({ bench: 'documents', renders, receptionSlipMs: { a4, roll80: roll } })}\n`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
