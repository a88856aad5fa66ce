import { performance } from 'node:perf_hooks';
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
  /** Wall clock (ms since epoch) just before the request was written: the same clock as the services' rows. */
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

async function postDossier(
  post: JsonPoster,
  token: string,
  templates: readonly ReceptionTemplate[],
  runId: string,
  index: number,
): Promise<PostOutcome> {
  const headers = { authorization: `Bearer ${token}`, 'idempotency-key': idempotencyKey(runId, index) };
  const sentAtMs = Date.now();
  const startedAt = performance.now();
  try {
    const response = await post(DOSSIERS_PATH, headers, receiveDossierBody(index, templates));
    const latencyMs = performance.now() - startedAt;
    if (response.status < 200 || response.status > 299) return { errorKey: String(response.status) };
    const dossierId = stringField(parseJson(response), 'id');
    return dossierId ? { accepted: { dossierId, sentAtMs, latencyMs } } : { errorKey: 'no_id' };
  } catch (error) {
    return { errorKey: errorKey(error) };
  }
}

function reportProgress(plan: LoadPlan, accepted: number, failed: number): void {
  process.stderr.write(
    `posted ${accepted + failed}/${plan.dossiers} (accepted ${accepted}, failed ${failed})\n`,
  );
}

/** Logs in once, then `concurrency` workers POST dossiers back to back until `dossiers` have been sent. */
export async function runIntakeLoad(plan: LoadPlan): Promise<LoadResult> {
  const client = createJsonClient(plan.gatewayUrl, plan.concurrency);
  const accepted: AcceptedPost[] = [];
  const errors: Record<string, number> = {};
  const countFailed = (): number => Object.values(errors).reduce((sum, n) => sum + n, 0);
  let nextIndex = 0;
  const worker = async (token: string, templates: readonly ReceptionTemplate[]): Promise<void> => {
    for (let index = nextIndex++; index < plan.dossiers; index = nextIndex++) {
      const outcome = await postDossier(client.post, token, templates, plan.runId, index);
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
    const startedAtMs = Date.now();
    const startedAt = performance.now();
    await Promise.all(Array.from({ length: plan.concurrency }, () => worker(token, templates))).finally(() =>
      clearInterval(progress),
    );
    const durationMs = performance.now() - startedAt;
    reportProgress(plan, accepted.length, countFailed());
    return { accepted, errors, startedAtMs, durationMs };
  } finally {
    client.close();
  }
}
