import { createMock } from '@golevelup/ts-jest';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DOSSIER_EXTENDED_V1, MessageAudience, MessageChannel } from '@motcua/contracts';
import { IdempotencyService } from '@motcua/messaging';
import { DataSource } from 'typeorm';
import { TemplateErrorCode } from './templates.errors';
import { TemplatesService } from './templates.service';

const EXTENSION_SMS = {
  eventType: DOSSIER_EXTENDED_V1,
  channel: MessageChannel.Sms,
  audience: MessageAudience.Citizen,
};

describe(TemplatesService.name, () => {
  let sut: TemplatesService;

  beforeEach(async () => {
    const module = await Test.createTestingModule({
      providers: [
        TemplatesService,
        { provide: getDataSourceToken(), useValue: createMock<DataSource>() },
        { provide: IdempotencyService, useValue: createMock<IdempotencyService>() },
      ],
    }).compile();
    sut = module.get(TemplatesService);
  });

  describe('previewTemplate', () => {
    it('should render the draft for the sample dossier with its SMS length', () => {
      const preview = sut.previewTemplate({
        ...EXTENSION_SMS,
        body: 'Xin lỗi: hồ sơ {{code}} hẹn lại {{newDueDate}}.',
      });

      expect(preview.text).toBe('Xin lỗi: hồ sơ 000.00.20.H41-261128-0001 hẹn lại 10:00 ngày 10/12/2026.');
      expect(preview.sms).toEqual({ encoding: 'ucs2', characters: preview.text.length, segments: 2 });
    });

    it('should render the subject of an e-mail and give no SMS length', () => {
      const preview = sut.previewTemplate({
        ...EXTENSION_SMS,
        channel: MessageChannel.Email,
        subject: 'Hẹn lại hồ sơ {{code}}',
        body: '{{reason}}',
      });

      expect(preview).toEqual({
        subject: 'Hẹn lại hồ sơ 000.00.20.H41-261128-0001',
        text: 'Cần xác minh thêm tại cơ quan công an',
      });
    });

    it('should refuse a template nobody can send', () => {
      expect(() =>
        sut.previewTemplate({ ...EXTENSION_SMS, audience: MessageAudience.Officer, body: '{{code}}' }),
      ).toThrow(expect.objectContaining({ code: TemplateErrorCode.UnknownTemplate }));
      expect(() =>
        sut.previewTemplate({ ...EXTENSION_SMS, eventType: 'no.such.event.v1', body: 'x' }),
      ).toThrow(expect.objectContaining({ code: TemplateErrorCode.UnknownTemplate }));
    });

    it('should refuse an unknown placeholder in the subject, naming the field', () => {
      const preview = () =>
        sut.previewTemplate({ ...EXTENSION_SMS, subject: 'Hồ sơ {{maHoSo}}', body: 'Hồ sơ {{code}}' });

      expect(preview).toThrow(
        expect.objectContaining({
          code: TemplateErrorCode.UnknownPlaceholder,
          details: [expect.objectContaining({ field: 'subject', constraint: 'isKnownPlaceholder' })],
        }),
      );
    });

    it('should refuse a malformed condition', () => {
      expect(() => sut.previewTemplate({ ...EXTENSION_SMS, body: '{{#if code}}x' })).toThrow(
        expect.objectContaining({ code: TemplateErrorCode.Malformed }),
      );
    });
  });
});
