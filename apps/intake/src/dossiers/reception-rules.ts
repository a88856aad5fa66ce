import {
  CHANNEL_LABELS,
  DocumentRequirement,
  FieldError,
  ProcedureDefinitionV1,
  ReceivedDocumentV1,
  ReceiveDossierV2,
  ResultDeliveryMethod,
} from '@motcua/contracts';

/**
 * What a complete reception must satisfy against the procedure version in force, beyond the shape of the
 * request: the channel is allowed, every ticked document exists once, every mandatory one is ticked, and a
 * postal return has an address and is offered by the procedure. One entry per problem, naming its field.
 */
export function receptionProblems(procedure: ProcedureDefinitionV1, request: ReceiveDossierV2): FieldError[] {
  const problems: FieldError[] = [];
  if (!procedure.channels.includes(request.channel)) {
    problems.push({
      field: 'channel',
      constraint: 'channelAllowed',
      message: `Thủ tục này không tiếp nhận hồ sơ qua kênh ${CHANNEL_LABELS[request.channel]}`,
    });
  }
  const seen = new Set<number>();
  request.documents.forEach((document, i) => {
    if (document.index >= procedure.requiredDocuments.length) {
      problems.push({
        field: `documents.${i}.index`,
        constraint: 'documentExists',
        message: 'Thành phần hồ sơ không có trong thủ tục',
      });
    } else if (seen.has(document.index)) {
      problems.push({
        field: `documents.${i}.index`,
        constraint: 'documentUnique',
        message: 'Thành phần hồ sơ bị đánh dấu hai lần',
      });
    }
    seen.add(document.index);
  });
  const missing = procedure.requiredDocuments.filter(
    (document, index) => document.requirement === DocumentRequirement.Mandatory && !seen.has(index),
  );
  if (missing.length > 0) {
    problems.push({
      field: 'documents',
      constraint: 'mandatoryDocuments',
      message: `Thiếu thành phần hồ sơ bắt buộc: ${missing.map((d) => d.name).join('; ')}`,
    });
  }
  if (request.resultDelivery.method === ResultDeliveryMethod.Post) {
    if (!procedure.postalReturn) {
      problems.push({
        field: 'resultDelivery.method',
        constraint: 'postalReturnAllowed',
        message: 'Thủ tục này không trả kết quả qua dịch vụ bưu chính công ích',
      });
    }
    if (!request.resultDelivery.address) {
      problems.push({
        field: 'resultDelivery.address',
        constraint: 'isDefined',
        message: 'Địa chỉ nhận kết quả là bắt buộc khi trả kết quả qua bưu chính',
      });
    }
  }
  return problems;
}

/** The checklist as received: names and forms copied from the version, so the slip never changes. */
export function receivedDocuments(
  procedure: ProcedureDefinitionV1,
  request: ReceiveDossierV2,
): ReceivedDocumentV1[] {
  return [...request.documents]
    .sort((a, b) => a.index - b.index)
    .map(({ index, count }) => ({
      name: procedure.requiredDocuments[index].name,
      form: procedure.requiredDocuments[index].form,
      count,
    }));
}
