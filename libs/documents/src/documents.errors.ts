import { AppError, ErrorKind } from '@motcua/contracts';

export enum DocumentErrorCode {
  InvalidDate = 'DOCUMENT_INVALID_DATE',
  InvalidPublicBaseUrl = 'DOCUMENT_INVALID_PUBLIC_BASE_URL',
  InvalidDossierCode = 'DOCUMENT_INVALID_DOSSIER_CODE',
  NothingToSupplement = 'DOCUMENT_NOTHING_TO_SUPPLEMENT',
  TableShapeMismatch = 'DOCUMENT_TABLE_SHAPE_MISMATCH',
  InvalidAmount = 'DOCUMENT_INVALID_AMOUNT',
}

const MESSAGES: Record<DocumentErrorCode, string> = {
  [DocumentErrorCode.InvalidDate]: 'Ngày giờ trên văn bản không hợp lệ',
  [DocumentErrorCode.InvalidPublicBaseUrl]: 'Địa chỉ trang tra cứu công khai không hợp lệ',
  [DocumentErrorCode.InvalidDossierCode]: 'Mã hồ sơ không đúng định dạng',
  [DocumentErrorCode.NothingToSupplement]: 'Phiếu yêu cầu bổ sung phải nêu ít nhất một nội dung cần bổ sung',
  [DocumentErrorCode.TableShapeMismatch]: 'Số ô của một dòng không khớp số cột của bảng',
  [DocumentErrorCode.InvalidAmount]: 'Số tiền phải là số nguyên đồng không âm',
};

/** Bad input to a renderer: every code is a caller bug or bad data, so all are `invalid`. */
export class DocumentError extends AppError {
  constructor(code: DocumentErrorCode, details?: unknown) {
    super(code, ErrorKind.Invalid, MESSAGES[code], details);
    this.name = 'DocumentError';
  }
}
