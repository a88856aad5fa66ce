import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ReceptionTemplate, idempotencyKey, receiveDossierBody } from './dossier-requests';
import { createJsonClient, JsonPoster, JsonResponse } from './http-client';
import { loadReceptionTemplates } from './reception-templates';

const LOGIN_PATH = '/api/v1/auth/login';
const DOSSIERS_PATH = '/api/v1/dossiers';
const LOGIN_USERNAME = 'reception';
const PROGRESS_INTERVAL_MS = 1000;
const ERROR_BODY_PREVIEW_CHARS = 300;

export interface AcceptedPost {
  readonly dossierId: string;
  /**
   * Wall clock (ms since epoch) when the request was due: its scheduled time with a rate, else just before it
   * was written. The same clock as the services' rows.
   */
  readonly sentAtMs: number;
  readonly latencyMs: number;
}

export interface LoadResult {
  readonly accepted: readonly AcceptedPost[];
  /** Failed POSTs by HTTP status, `network:<code>` or `no_id` (2xx without an id). */
  readonly errors: Readonly<Record<string, number>>;
  readonly startedAtMs: number;
  readonly durationMs: number;
}

export interface LoadPlan {
  readonly gatewayUrl: string;
  readonly password: string;
  readonly dossiers: number;
  readonly concurrency: number;
  readonly ratePerSec: number | null;
  readonly runId: string;
}

function parseJson(response: JsonResponse): unknown {
  try {
    return JSON.parse(response.body);
  } catch {
    return null;
  }
}

function stringField(value: unknown, field: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const found = (value as Record<string, unknown>)[field];
  return typeof found === 'string' && found.length > 0 ? found : null;
}

async function login(post: JsonPoster, password: string): Promise<string> {
  const response = await post(LOGIN_PATH, {}, { username: LOGIN_USERNAME, password });
  const token = response.status === 200 ? stringField(parseJson(response), 'accessToken') : null;
  if (!token) {
    throw new Error(
      `login failed: HTTP ${response.status} ${response.body.slice(0, ERROR_BODY_PREVIEW_CHARS)}`,
    );
  }
  return token;
}

function errorKey(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return `network:${typeof code === 'string' ? code : 'unknown'}`;
}

type PostOutcome = { readonly accepted: AcceptedPost } | { readonly errorKey: string };

/** When a POST is due: `at` on the wall clock (the services' rows) and `mark` on the monotonic clock. */
interface SendTime {
  readonly atMs: number;
  readonly mark: number;
}

const now = (): SendTime => ({ atMs: Date.now(), mark: performance.now() });

async function postDossier(
  post: JsonPoster,
  token: string,
  templates: readonly ReceptionTemplate[],
  runId: string,
  index: number,
  due: SendTime,
): Promise<PostOutcome> {
  const headers = { authorization: `Bearer ${token}`, 'idempotency-key': idempotencyKey(runId, index) };
  try {
    const response = await post(DOSSIERS_PATH, headers, receiveDossierBody(index, templates));
    const latencyMs = performance.now() - due.mark;
    if (response.status < 200 || response.status > 299) return { errorKey: String(response.status) };
    const dossierId = stringField(parseJson(response), 'id');
    return dossierId ? { accepted: { dossierId, sentAtMs: due.atMs, latencyMs } } : { errorKey: 'no_id' };
  } catch (error) {
    return { errorKey: errorKey(error) };
  }
}

function reportProgress(plan: LoadPlan, accepted: number, failed: number): void {
  process.stderr.write(
    `posted ${accepted + failed}/${plan.dossiers} (accepted ${accepted}, failed ${failed})\n`,
  );
}

/**
 * Logs in once, then `concurrency` workers POST dossiers until `dossiers` have been sent: back to back, or with a
 * rate, each dossier at its scheduled time (dossier i at start + i / rate) by the first free worker. A dossier
 * whose workers were all busy at its time is sent late, and its latency still counts from its scheduled time.
 */
export async function runIntakeLoad(plan: LoadPlan): Promise<LoadResult> {
  const client = createJsonClient(plan.gatewayUrl, plan.concurrency);
  const accepted: AcceptedPost[] = [];
  const errors: Record<string, number> = {};
  const countFailed = (): number => Object.values(errors).reduce((sum, n) => sum + n, 0);
  let nextIndex = 0;
  let start: SendTime = now();
  const dueTime = async (index: number): Promise<SendTime> => {
    if (plan.ratePerSec === null) return now();
    const offsetMs = (index * 1000) / plan.ratePerSec;
    const waitMs = start.mark + offsetMs - performance.now();
    if (waitMs > 0) await sleep(waitMs);
    return { atMs: start.atMs + offsetMs, mark: start.mark + offsetMs };
  };
  const worker = async (token: string, templates: readonly ReceptionTemplate[]): Promise<void> => {
    for (let index = nextIndex++; index < plan.dossiers; index = nextIndex++) {
      const due = await dueTime(index);
      const outcome = await postDossier(client.post, token, templates, plan.runId, index, due);
      if ('accepted' in outcome) accepted.push(outcome.accepted);
      else errors[outcome.errorKey] = (errors[outcome.errorKey] ?? 0) + 1;
    }
  };
  try {
    const token = await login(client.post, plan.password);
    const templates = await loadReceptionTemplates(plan.gatewayUrl, token);
    const progress = setInterval(
      () => reportProgress(plan, accepted.length, countFailed()),
      PROGRESS_INTERVAL_MS,
    );
    start = now();
    await Promise.all(Array.from({ length: plan.concurrency }, () => worker(token, templates))).finally(() =>
      clearInterval(progress),
    );
    const durationMs = performance.now() - start.mark;
    reportProgress(plan, accepted.length, countFailed());
    return { accepted, errors, startedAtMs: start.atMs, durationMs };
  } finally {
    client.close();
  }
}
