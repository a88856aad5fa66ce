import { CheckCircleOutlined, PrinterOutlined } from '@ant-design/icons';
import type { DossierV1, ProcedureV1, ReceptionRecordV1 } from '@motcua/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Result, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, receptionSlipPath, slipPath, type ReceptionBody } from '../../api/endpoints';
import { ApiError, fieldErrorsByPath } from '../../api/errors';
import { openPdf } from '../../api/http';
import { newIdempotencyKey } from '../../api/idempotency';
import {
  COUNTER_KEY,
  SERVING_TICKET_KEY,
  useLocalState,
  type ServingTicket,
} from '../../components/use-local-state';
import { showFieldErrors } from '../../components/form-errors';
import { useI18n } from '../../i18n/i18n';
import { ApplicantFields } from './applicant-fields';
import { Checklist } from './checklist';
import { ProcedurePicker } from './procedure-picker';
import { ProcedureSummary } from './procedure-summary';
import type { VisitOutcome } from './visit-modal';
import { toReceptionBody, type ReceptionForm } from './reception-form';
import { useMessage } from '../../components/message';

// The guidance (02) and refusal (03) forms load when a clerk opens them.
const VisitModal = lazy(async () => ({ default: (await import('./visit-modal')).VisitModal }));

// Refused fields the form shows beside their input; others (the checklist) go in the alert under it.
const FIELDS_ON_FORM = ['applicant', 'resultDelivery', 'channel'];

type Done = { kind: 'received'; dossier: DossierV1 } | { kind: VisitOutcome; record: ReceptionRecordV1 };

/** Tiếp nhận hồ sơ: the procedure, its checklist, the applicant, then receive — or guide (02) or refuse (03). */
export default function ReceptionPage() {
  const { t } = useI18n();
  const message = useMessage();
  const [form] = Form.useForm<ReceptionForm>();
  const [procedureCode, setProcedureCode] = useState<string>();
  const [counter] = useLocalState<number | null>(COUNTER_KEY, null);
  const [ticket, setTicket] = useLocalState<ServingTicket | null>(SERVING_TICKET_KEY, null);
  const [formError, setFormError] = useState<string | null>(null);
  const [visit, setVisit] = useState<VisitOutcome | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  // One key per content: a double click or a retry after a timeout gets the first answer, never a second dossier.
  const idempotencyKey = useRef(newIdempotencyKey());

  const procedure = useQuery({
    queryKey: ['procedure', procedureCode],
    queryFn: () => api.procedure(procedureCode as string),
    enabled: procedureCode !== undefined,
  });

  const showErrors = (error: unknown) => {
    if (!(error instanceof ApiError)) {
      setFormError(t('error.network'));
      return;
    }
    const fields = fieldErrorsByPath(error.fieldErrors);
    const onForm = fields.filter((field) => FIELDS_ON_FORM.includes(String(field.name[0])));
    showFieldErrors(form, onForm);
    const elsewhere = fields.filter((field) => !onForm.includes(field)).flatMap((field) => field.errors);
    setFormError(elsewhere.length > 0 ? elsewhere.join(' · ') : onForm.length > 0 ? null : error.message);
  };

  const receive = useMutation({
    mutationFn: (body: ReceptionBody) => api.receiveDossier(body, idempotencyKey.current),
    onSuccess: (dossier) => {
      setDone({ kind: 'received', dossier });
      if (ticket) setTicket(null);
    },
    onError: showErrors,
  });

  const reset = () => {
    form.resetFields();
    setProcedureCode(undefined);
    setDone(null);
    setFormError(null);
    idempotencyKey.current = newIdempotencyKey();
  };

  const chooseProcedure = (code: string | undefined) => {
    setProcedureCode(code);
    form.setFieldsValue({ checklist: [] });
    setFormError(null);
    idempotencyKey.current = newIdempotencyKey();
  };

  const submit = (values: ReceptionForm) => {
    if (!procedure.data) return;
    setFormError(null);
    receive.mutate(toReceptionBody(procedure.data, values, counter ?? undefined, ticket?.id));
  };

  if (done) return <ReceptionDone done={done} onNext={reset} />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reception.title')}
        </Typography.Title>
        <Space>
          {counter ? (
            <Tag color="blue">{t('queue.counterN', { n: counter })}</Tag>
          ) : (
            <Link to="/queue">{t('reception.chooseCounter')}</Link>
          )}
          {ticket && (
            <Tag color="green" data-testid="serving-ticket">
              {t('reception.servingTicket', { number: ticket.number, service: ticket.serviceName })}
            </Tag>
          )}
        </Space>
      </div>
      <Form<ReceptionForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => {
          idempotencyKey.current = newIdempotencyKey();
        }}
        initialValues={{ channel: 'direct', resultDelivery: { method: 'counter' } }}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} xl={13}>
            <Card title={t('reception.step1')} size="small" style={{ marginBottom: 16 }}>
              <ProcedurePicker value={procedureCode} onChange={chooseProcedure} />
              {procedure.data && <ProcedureSummary procedure={procedure.data} />}
              {procedure.error && (
                <Alert
                  type="error"
                  showIcon
                  message={(procedure.error as Error).message}
                  style={{ marginTop: 12 }}
                />
              )}
            </Card>
            {procedure.data && (
              <Card title={t('reception.step2')} size="small">
                <Checklist procedure={procedure.data} />
              </Card>
            )}
          </Col>
          <Col xs={24} xl={11}>
            <Card title={t('reception.step3')} size="small">
              <ApplicantFields procedure={procedure.data} />
              {formError && (
                <Alert
                  type="error"
                  showIcon
                  message={formError}
                  style={{ marginBottom: 12 }}
                  data-testid="form-error"
                />
              )}
              <Space wrap>
                <Button
                  type="primary"
                  htmlType="submit"
                  size="large"
                  loading={receive.isPending}
                  disabled={!procedure.data}
                >
                  {t('reception.receive')}
                </Button>
                <Button disabled={!procedure.data} onClick={() => setVisit('incomplete')}>
                  {t('reception.incomplete')}
                </Button>
                <Button danger disabled={!procedure.data} onClick={() => setVisit('refused')}>
                  {t('reception.refuse')}
                </Button>
              </Space>
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 13 }}>
                {t('reception.keyboardHint')}
              </Typography.Paragraph>
            </Card>
          </Col>
        </Row>
      </Form>
      <Suspense fallback={null}>
        {visit && procedure.data && (
          <VisitModal
            outcome={visit}
            procedure={procedure.data as ProcedureV1}
            form={form}
            counterNumber={counter ?? undefined}
            onClose={() => setVisit(null)}
            onDone={(record) => {
              setVisit(null);
              setDone({ kind: visit, record });
              void message.success(t('reception.recorded'));
            }}
          />
        )}
      </Suspense>
    </Space>
  );
}

function ReceptionDone({ done, onNext }: { done: Done; onNext(): void }) {
  const { t } = useI18n();
  const message = useMessage();
  const print = (path: string) => openPdf(path).catch((error: Error) => message.error(error.message));
  if (done.kind === 'received') {
    const { dossier } = done;
    return (
      <Card>
        <Result
          status="success"
          icon={<CheckCircleOutlined />}
          title={
            <span>
              {t('reception.received')} <span data-testid="dossier-code">{dossier.code}</span>
            </span>
          }
          subTitle={
            <Space direction="vertical" size={2}>
              <span>{dossier.procedureName}</span>
              <span>
                {t('dossier.applicant')}: <b>{dossier.applicant.fullName}</b>
              </span>
              {dossier.dueAt && (
                <span>
                  {t('dossier.dueAt')}:{' '}
                  <b data-testid="due-at">{dayjs(dossier.dueAt).format('HH:mm DD/MM/YYYY')}</b>
                </span>
              )}
            </Space>
          }
          extra={
            <Space wrap>
              <Button
                type="primary"
                icon={<PrinterOutlined />}
                onClick={() => print(slipPath(dossier.id, '01'))}
                autoFocus
              >
                {t('reception.printSlip01')}
              </Button>
              <Button icon={<PrinterOutlined />} onClick={() => print(slipPath(dossier.id, '01', 'roll80'))}>
                {t('reception.printSlip01Roll')}
              </Button>
              <Link to={`/dossiers/${dossier.id}`}>
                <Button>{t('reception.openDossier')}</Button>
              </Link>
              <Button onClick={onNext}>{t('reception.next')}</Button>
            </Space>
          }
        />
      </Card>
    );
  }
  const { record } = done;
  return (
    <Card>
      <Result
        status={done.kind === 'refused' ? 'warning' : 'info'}
        title={done.kind === 'refused' ? t('reception.refusedTitle') : t('reception.incompleteTitle')}
        subTitle={`${record.procedureName} — ${record.applicant.fullName}`}
        extra={
          <Space wrap>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              onClick={() => print(receptionSlipPath(record.id))}
              autoFocus
            >
              {done.kind === 'refused' ? t('reception.printSlip03') : t('reception.printSlip02')}
            </Button>
            <Button onClick={onNext}>{t('reception.next')}</Button>
          </Space>
        }
      />
    </Card>
  );
}
