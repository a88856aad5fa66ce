import 'reflect-metadata';
import { InvalidEnvironmentError, PlatformEnv, validateEnv } from '@motcua/config';
import type { ServiceName } from '@motcua/contracts';
import { serviceRole } from '@motcua/persistence';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { DaemonSet, Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { CronJob, Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import {
  ConfigMap,
  Namespace,
  PersistentVolumeClaim,
  Secret,
  Service,
  ServiceAccount,
} from 'kubernetes-models/v1';
import type { IDeployment, IStatefulSet } from 'kubernetes-models/apps/v1';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import type { IJob } from 'kubernetes-models/batch/v1';
import type {
  IIngress,
  INetworkPolicy,
  INetworkPolicyPeer,
  INetworkPolicyPort,
} from 'kubernetes-models/networking.k8s.io/v1';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type {
  IConfigMap,
  IContainer,
  IPodTemplateSpec,
  IResourceRequirements,
  ISecret,
  IService,
} from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import {
  APP_PORTS,
  APP_SERVICES,
  CREDENTIAL_NAME,
  declaredVariables,
  ENV_CLASSES,
  envClassFile,
  imageTagProblems,
  keptDefaultProblems,
  MIGRATE_COMMAND,
  MIGRATE_VARIABLES,
  ROOT,
} from './deploy-rules';

// Rules for the Kubernetes manifests under k8s/. Like deploy-rules.ts, each returns a list of problems (empty
// when the manifests are right), so k8s.spec.ts shows both that the real manifests pass and that a copy broken
// in memory fails. They run on the base files as written and, where kubectl exists, on every overlay rendered
// by `kubectl kustomize`.

export type Profile = 'base' | 'dev' | 'prod';

export const K8S_DIR = 'k8s';
export const NAMESPACE = 'motcua';
/** The one image every app and the migration Job run (Dockerfile), selected by MOTCUA_SERVICE. */
export const APP_IMAGE_REPOSITORY = 'ghcr.io/motcua/motcua';
export const APP_UID = 10001;
/** Read by the image's command, not by the app: the only variable an app gets that its Env does not declare. */
export const IMAGE_VARIABLES = new Set(['MOTCUA_SERVICE']);
/**
 * Variables holding credentials: only ever from a Secret, never a literal or a ConfigMap. The SMS providers'
 * list and the mail server URL carry API keys and passwords inside their URLs.
 */
export const SECRET_VARIABLES = [
  'MOTCUA_DB_PASSWORD',
  'MOTCUA_AMQP_URL',
  'MOTCUA_JWT_SECRET',
  'MOTCUA_DB_ADMIN_URL',
  'MOTCUA_PAYMENT_HMAC_SECRET',
  'MOTCUA_ERECEIPT_PROVIDER_TOKEN',
  'MOTCUA_COURIER_WEBHOOK_SECRET',
  'MOTCUA_COURIER_PROVIDER_API_KEY',
  'MOTCUA_SMS_PROVIDERS',
  'MOTCUA_SMS_REPORT_SECRETS',
  'MOTCUA_SMTP_URL',
];

/**
 * Variables the Deployments deliberately leave to their `Env` default, per app, each with its reason. Every
 * other variable an app's `Env` class declares must reach its container (a ConfigMap, a Secret, a value).
 */
export const K8S_KEPT_DEFAULTS: Readonly<Record<ServiceName, readonly string[]>> = {
  gateway: [
    // One database role per service, motcua_<service>: the managed roles of postgres.yaml.
    'MOTCUA_DB_USER',
  ],
  intake: ['MOTCUA_DB_USER'],
  routing: ['MOTCUA_DB_USER'],
  fees: [
    'MOTCUA_DB_USER',
    // Unset until the Center contracts an e-receipt provider (an empty URL is invalid): receipts come from
    // internal series. k8s/README.md, "Settings", shows the overlay patch that turns it on.
    'MOTCUA_ERECEIPT_PROVIDER_URL',
  ],
  courier: [
    'MOTCUA_DB_USER',
    // Unset while the postal provider calls back; set in ConfigMap motcua-courier for one that must be polled.
    'MOTCUA_COURIER_TRACKING_POLL_URL',
    // Unset until the Center contracts the post's order API (an empty URL is invalid): courier numbers shipments.
    'MOTCUA_COURIER_PROVIDER_URL',
  ],
  notifications: ['MOTCUA_DB_USER'],
};

/** Optional to the app, required in prod: without them citizens' messages would stay in the development sink. */
export const PROD_REQUIRED_SECRETS: Readonly<Partial<Record<ServiceName, readonly string[]>>> = {
  notifications: ['MOTCUA_SMS_PROVIDERS', 'MOTCUA_SMTP_URL'],
};

/** Variables the tools read (scripts/tools-config.ts) that the migration Job deliberately leaves unset. */
export const MIGRATE_KEPT_DEFAULTS = [
  // The migration tool never seeds demo data in Kubernetes, so it needs no demo password there.
  'MOTCUA_DEMO_PASSWORD',
];
/**
 * First path segments of the web UI's client routes (`/tra-cuu` from the slip's QR code, `/reception`, …), read
 * from its table of pages (the router's and the build's) so that a new page without its Ingress path fails the
 * manifest tests.
 */
export function webRoutePrefixes(routes = readFileSync('apps/web/src/route-modules.ts', 'utf8')): string[] {
  const segments = [...routes.matchAll(/^\s*'\/([a-z0-9-]+)[^']*': '/gm)].map((match) => `/${match[1]}`);
  return [...new Set(segments)].sort();
}

/**
 * The gateway's public paths: the API, the public pages' API, the UI's files and client routes, each named; `/`
 * is Exact, so /metrics and /health never leave the cluster.
 */
export const INGRESS_PATHS = [
  { path: '/api', pathType: 'Prefix' },
  { path: '/public', pathType: 'Prefix' },
  { path: '/assets', pathType: 'Prefix' },
  ...webRoutePrefixes().map((path) => ({ path, pathType: 'Prefix' })),
  { path: '/', pathType: 'Exact' },
];
export const PRIVATE_PATHS = ['/metrics', '/health/live', '/health/ready'];
export const INGRESS_CONTROLLER_NAMESPACE = 'ingress-nginx';
export const MONITORING_NAMESPACE = 'monitoring';
export const DNS = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, port: 53 };
export const INFRASTRUCTURE_PORTS = { postgres: 5432, rabbitmq: 5672, redis: 6379 } as const;
/**
 * Apps that call providers outside the cluster, and the providers' ports: department systems' webhooks
 * (gateway, https and http), SMS APIs and mail servers (notifications), the e-receipt API (fees), the post's
 * tracking API (courier).
 */
export const PROVIDER_PORTS: Readonly<Partial<Record<ServiceName, readonly number[]>>> = {
  gateway: [443, 80],
  notifications: [443, 465, 587],
  fees: [443],
  courier: [443],
};
/** Left out of an egress to every address: private (pods, nodes), shared (CGNAT) and link-local (metadata). */
export const CLOSED_RANGES = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '169.254.0.0/16',
  '100.64.0.0/10',
];
/** Connections outside the apps' pools: the migration Job (one pool of 2 plus its admin client) and reserves. */
export const MIGRATE_CONNECTIONS = 3;
export const RESERVED_CONNECTIONS = 10;
const POSTGRES_DEFAULT_MAX_CONNECTIONS = 100;
const DEFAULT_GRACE_SECONDS = 30;
const DEFAULT_DRAIN_MS = 10_000;

/** Metrics the dashboards read (k8s/README.md names each one). */
export const DASHBOARD_METRICS = [
  'motcua_messages_handled_total',
  'motcua_messages_failed_total',
  'motcua_messages_dead_lettered_total',
  'motcua_outbox_pending',
  'motcua_outbox_lag_seconds',
  'motcua_notifications_events_awaiting_contact_oldest_seconds',
  'motcua_http_request_duration_seconds',
  'motcua_rpc_requests_total',
];

export interface DeclaredSecret {
  /** Who creates it in the cluster; `operator` means a person, following k8s/README.md. */
  readonly createdBy: 'operator' | 'CloudNativePG' | 'cert-manager or operator';
  readonly type: 'Opaque' | 'kubernetes.io/basic-auth' | 'kubernetes.io/tls';
  /** Each key and a placeholder of the shape its real value has (used to validate the apps' environments). */
  readonly keys: Readonly<Record<string, string>>;
}

const DB_PASSWORD_PLACEHOLDER = 'placeholder-db-password';
const tls = (createdBy: DeclaredSecret['createdBy']): DeclaredSecret => ({
  createdBy,
  type: 'kubernetes.io/tls',
  keys: { 'tls.crt': 'placeholder-certificate', 'tls.key': 'placeholder-key' },
});

/**
 * Every Secret the manifests may reference. None is committed: each is created in the cluster, by the
 * operator (k8s/README.md, "Secrets") or by the software named. References to anything else are problems.
 */
export const DECLARED_SECRETS: Readonly<Record<string, DeclaredSecret>> = {
  'motcua-secrets': {
    createdBy: 'operator',
    type: 'Opaque',
    keys: {
      'db-password': DB_PASSWORD_PLACEHOLDER,
      'amqp-url': 'amqp://motcua:placeholder@motcua-rabbitmq:5672',
      'jwt-secret': 'placeholder-jwt-secret-at-least-32-characters',
    },
  },
  // CloudNativePG sets each service role's password from its Secret (username must be the role).
  ...Object.fromEntries(
    APP_SERVICES.map((service): [string, DeclaredSecret] => [
      `motcua-db-${service}`,
      {
        createdBy: 'operator',
        type: 'kubernetes.io/basic-auth',
        keys: { username: serviceRole(service), password: DB_PASSWORD_PLACEHOLDER },
      },
    ]),
  ),
  // Generated by CloudNativePG for the database owner (initdb).
  'motcua-postgres-app': {
    createdBy: 'CloudNativePG',
    type: 'kubernetes.io/basic-auth',
    keys: {
      username: 'motcua',
      password: 'placeholder',
      uri: 'postgresql://motcua:placeholder@motcua-postgres-rw.motcua:5432/motcua',
    },
  },
  // Each app's provider credentials, all optional (read with `optional: true`, except where prod requires them).
  'motcua-fees-providers': {
    createdBy: 'operator',
    type: 'Opaque',
    keys: {
      'payment-hmac-secret': 'placeholder-payment-hmac-secret-of-32-characters',
      'ereceipt-token': 'placeholder-ereceipt-token',
    },
  },
  'motcua-courier-providers': {
    createdBy: 'operator',
    type: 'Opaque',
    keys: {
      'webhook-secret': 'placeholder-postal-webhook-secret',
      'provider-api-key': 'placeholder-postal-order-key',
    },
  },
  'motcua-notifications-providers': {
    createdBy: 'operator',
    type: 'Opaque',
    keys: {
      'sms-providers': 'first=https://sms-1.invalid/api?key=placeholder,second=https://sms-2.invalid/api',
      'sms-report-secrets': 'first=placeholder-report-secret-1,second=placeholder-report-secret-2',
      'smtp-url': 'smtps://motcua:placeholder@smtp.invalid:465',
    },
  },
  'motcua-tls': tls('cert-manager or operator'),
  'motcua-dev-tls': tls('operator'),
  'motcua-backup-s3': {
    createdBy: 'operator',
    type: 'Opaque',
    keys: { ACCESS_KEY_ID: 'placeholder', ACCESS_SECRET_KEY: 'placeholder' },
  },
};

// ---------------------------------------------------------------------------------------------- objects

type ObjectMeta = NonNullable<IDeployment['metadata']>;
type LabelSelector = NonNullable<NonNullable<IDeployment['spec']>['selector']>;
type Labels = Record<string, string>;

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

interface CnpgRole {
  name: string;
  ensure?: string;
  login?: boolean;
  passwordSecret?: { name?: string };
}

export interface CnpgCluster extends K8sObject {
  spec?: {
    instances?: number;
    imageName?: string;
    storage?: { size?: string };
    postgresql?: { parameters?: Record<string, string> };
    bootstrap?: { initdb?: { database?: string; owner?: string; postInitApplicationSQL?: string[] } };
    managed?: { roles?: CnpgRole[] };
    resources?: IResourceRequirements;
    plugins?: { name?: string; isWALArchiver?: boolean; parameters?: Record<string, string> }[];
  };
}

export interface RabbitmqCluster extends K8sObject {
  spec?: {
    replicas?: number;
    image?: string;
    persistence?: { storage?: string };
    resources?: IResourceRequirements;
  };
}

interface ScheduledBackup extends K8sObject {
  spec?: {
    schedule?: string;
    cluster?: { name?: string };
    method?: string;
    pluginConfiguration?: { name?: string };
  };
}

interface SecretKeyRef {
  name?: string;
  key?: string;
}

interface ObjectStore extends K8sObject {
  spec?: {
    retentionPolicy?: string;
    configuration?: {
      destinationPath?: string;
      s3Credentials?: { accessKeyId?: SecretKeyRef; secretAccessKey?: SecretKeyRef };
    };
  };
}

type ModelClass = new (data: never) => { validate(): void };

/** Built-in kinds and their kubernetes-models class (types and required fields of the Kubernetes schema). */
const BUILT_IN_MODELS: Record<string, ModelClass> = Object.fromEntries(
  [
    Namespace,
    ConfigMap,
    Secret,
    Service,
    ServiceAccount,
    PersistentVolumeClaim,
    Deployment,
    StatefulSet,
    DaemonSet,
    Job,
    CronJob,
    HorizontalPodAutoscaler,
    PodDisruptionBudget,
    Ingress,
    NetworkPolicy,
  ].map((model) => [`${model.apiVersion}/${model.kind}`, model as unknown as ModelClass]),
);

/** Operators' custom resources: no schema here, so their rules below check the shape motcua relies on. */
export const CUSTOM_KINDS = new Set([
  'postgresql.cnpg.io/v1/Cluster',
  'postgresql.cnpg.io/v1/ScheduledBackup',
  'barmancloud.cnpg.io/v1/ObjectStore',
  'rabbitmq.com/v1beta1/RabbitmqCluster',
]);

const typeKey = (o: K8sObject) => `${o.apiVersion}/${o.kind}`;
const display = (o: K8sObject) => `${o.kind} ${o.metadata?.name ?? '(unnamed)'}`;

function ofKind<T extends object>(objects: K8sObject[], kind: string): T[] {
  return objects.filter((o) => o.kind === kind) as unknown as T[];
}

function named<T extends object>(objects: K8sObject[], kind: string, name: string): T | undefined {
  return objects.find((o) => o.kind === kind && o.metadata?.name === name) as unknown as T | undefined;
}

function cnpgClusters(objects: K8sObject[]): CnpgCluster[] {
  return objects.filter((o) => typeKey(o) === 'postgresql.cnpg.io/v1/Cluster') as CnpgCluster[];
}

function rabbitmqClusters(objects: K8sObject[]): RabbitmqCluster[] {
  return objects.filter((o) => typeKey(o) === 'rabbitmq.com/v1beta1/RabbitmqCluster') as RabbitmqCluster[];
}

// ---------------------------------------------------------------------------------------------- loading

/** Every file under k8s/ by its path from the repository root, with its text. */
export function readK8sTree(dir = join(ROOT, K8S_DIR)): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      for (const [child, text] of readK8sTree(path)) files.set(child, text);
    } else {
      files.set(relative(ROOT, path), readFileSync(path, 'utf8'));
    }
  }
  return files;
}

const isYaml = (path: string) => /\.ya?ml$/.test(path);
const isKustomization = (path: string) => /(^|\/)kustomization\.ya?ml$/.test(path);

/** Every non-empty document of a multi-document YAML text; a syntax error throws. */
export function parseManifests(text: string, where = 'manifest'): K8sObject[] {
  return parseAllDocuments(text).flatMap((document) => {
    if (document.errors.length > 0) {
      throw new Error(`${where}: ${document.errors.map((e) => e.message).join('; ')}`);
    }
    const value = document.toJS() as K8sObject | null;
    return value === null ? [] : [value];
  });
}

interface Kustomization {
  resources?: string[];
  patches?: ({ path?: string; patch?: string } | string)[];
  patchesStrategicMerge?: string[];
  secretGenerator?: unknown[];
  [field: string]: unknown;
}

function kustomizationOf(tree: Map<string, string>, dir: string): Kustomization | undefined {
  const text = tree.get(join(dir, 'kustomization.yaml')) ?? tree.get(join(dir, 'kustomization.yml'));
  return text === undefined ? undefined : (parseManifests(text)[0] as unknown as Kustomization);
}

function referencedFiles(kustomization: Kustomization): string[] {
  const patches = (kustomization.patches ?? []).map((p) => (typeof p === 'string' ? p : p.path));
  return [
    ...(kustomization.resources ?? []),
    ...patches,
    ...(kustomization.patchesStrategicMerge ?? []),
  ].filter((p): p is string => typeof p === 'string');
}

/** The objects of a kustomization's own resource files, as written (not rendered). */
export function loadKustomizationResources(tree: Map<string, string>, dir: string): K8sObject[] {
  const kustomization = kustomizationOf(tree, dir);
  if (!kustomization) throw new Error(`${dir} has no kustomization.yaml`);
  return (kustomization.resources ?? []).flatMap((resource) => {
    const path = normalize(join(dir, resource));
    const text = tree.get(path);
    return text === undefined ? [] : parseManifests(text, path);
  });
}

/**
 * Files under k8s/: every YAML parses, every kustomization lists files that exist, every manifest file is listed
 * by a kustomization (nothing silently left out of a deploy) and no kustomization generates a Secret.
 */
export function fileProblems(tree: Map<string, string>): string[] {
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const [path, text] of tree) {
    if (!isYaml(path)) continue;
    try {
      parseManifests(text, path);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    if (!isKustomization(path)) continue;
    const kustomization = parseManifests(text, path)[0] as unknown as Kustomization;
    if (kustomization.secretGenerator) problems.push(`${path} must not generate Secrets (secretGenerator)`);
    for (const reference of referencedFiles(kustomization)) {
      const target = normalize(join(dirname(path), reference));
      const isDirectory = [...tree.keys()].some((p) => p.startsWith(`${target}/`));
      if (isDirectory) continue;
      if (!tree.has(target)) problems.push(`${path} lists ${reference}, which does not exist`);
      listed.add(target);
    }
  }
  for (const path of tree.keys()) {
    if (isYaml(path) && !isKustomization(path) && !listed.has(path)) {
      problems.push(`${path} is not listed in any kustomization`);
    }
  }
  return problems;
}

export function kubectlAvailable(): boolean {
  return spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0;
}

/** `kubectl kustomize <dir>`: offline, no cluster needed. */
export function renderKustomization(dir: string): K8sObject[] {
  const text = execFileSync('kubectl', ['kustomize', join(ROOT, dir)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return parseManifests(text, `kubectl kustomize ${dir}`);
}

// ---------------------------------------------------------------------------------------------- helpers

/** Label selector semantics: matchLabels and matchExpressions all hold. */
export function selects(selector: LabelSelector | undefined, labels: Labels | undefined): boolean {
  if (!selector) return false;
  const actual = labels ?? {};
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => actual[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every((e) => {
    const has = e.key in actual;
    switch (e.operator) {
      case 'In':
        return has && (e.values ?? []).includes(actual[e.key]);
      case 'NotIn':
        return !has || !(e.values ?? []).includes(actual[e.key]);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        return false;
    }
  });
  return byLabels && byExpressions;
}

const isEmptySelector = (selector: LabelSelector | undefined) =>
  !!selector &&
  Object.keys(selector.matchLabels ?? {}).length === 0 &&
  (selector.matchExpressions ?? []).length === 0;

/** A Service's selector (a plain map): every pair holds, and it is not empty. */
function serviceSelects(selector: Labels | undefined, labels: Labels | undefined): boolean {
  const pairs = Object.entries(selector ?? {});
  return pairs.length > 0 && pairs.every(([k, v]) => labels?.[k] === v);
}

/** Kubernetes quantities: cpu in cores, memory in bytes. */
export function quantity(value: string | number | undefined): number {
  if (value === undefined) return Number.NaN;
  if (typeof value === 'number') return value;
  const match = /^(\d+(?:\.\d+)?)(m|k|Ki|M|Mi|G|Gi|T|Ti)?$/.exec(value.trim());
  if (!match) return Number.NaN;
  const units: Record<string, number> = {
    m: 0.001,
    k: 1e3,
    Ki: 1024,
    M: 1e6,
    Mi: 1024 ** 2,
    G: 1e9,
    Gi: 1024 ** 3,
    T: 1e12,
    Ti: 1024 ** 4,
  };
  return Number(match[1]) * (match[2] ? units[match[2]] : 1);
}

interface PodWorkload {
  readonly object: K8sObject;
  readonly what: string;
  readonly selector?: LabelSelector;
  readonly template: IPodTemplateSpec;
  /** Long-running (Deployment, StatefulSet, DaemonSet): probes required. */
  readonly isService: boolean;
}

function podWorkloads(objects: K8sObject[]): PodWorkload[] {
  return objects.flatMap((o): PodWorkload[] => {
    const spec = (o as { spec?: Record<string, unknown> }).spec ?? {};
    if (['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind)) {
      return [
        {
          object: o,
          what: display(o),
          selector: spec.selector as LabelSelector | undefined,
          template: (spec.template ?? {}) as IPodTemplateSpec,
          isService: true,
        },
      ];
    }
    if (o.kind === 'Job') {
      return [
        {
          object: o,
          what: display(o),
          template: (spec.template ?? {}) as IPodTemplateSpec,
          isService: false,
        },
      ];
    }
    return [];
  });
}

function containersOf(template: IPodTemplateSpec): IContainer[] {
  return [...(template.spec?.initContainers ?? []), ...(template.spec?.containers ?? [])];
}

function appDeployment(objects: K8sObject[], service: ServiceName): IDeployment | undefined {
  return named<IDeployment>(objects, 'Deployment', service);
}

function appContainer(deployment: IDeployment | undefined, service: ServiceName): IContainer | undefined {
  const containers = deployment?.spec?.template.spec?.containers ?? [];
  return containers.find((c) => c.name === service) ?? containers[0];
}

function imageRepository(image: string | undefined): string {
  if (!image) return '';
  const digest = image.split('@')[0];
  const lastSlash = digest.lastIndexOf('/');
  const colon = digest.indexOf(':', lastSlash + 1);
  return colon < 0 ? digest : digest.slice(0, colon);
}

// ---------------------------------------------------------------------------------------------- environment

export interface ResolvedEnvironment {
  readonly values: Record<string, string | undefined>;
  /** Where each value comes from: `configmap:<name>/<key>`, `secret:<name>/<key>` or `value`. */
  readonly sources: Record<string, string>;
  readonly problems: string[];
}

/**
 * The environment a container gets: ConfigMaps resolved against the manifests, Secrets against
 * DECLARED_SECRETS (their placeholder values), `env` over `envFrom` as Kubernetes does.
 */
export function resolveEnvironment(
  objects: K8sObject[],
  container: IContainer,
  what: string,
): ResolvedEnvironment {
  const values: Record<string, string | undefined> = {};
  const sources: Record<string, string> = {};
  const problems: string[] = [];
  const configMap = (name: string | undefined) => named<IConfigMap>(objects, 'ConfigMap', name ?? '');

  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef) {
      const map = configMap(from.configMapRef.name);
      if (!map && !from.configMapRef.optional) {
        problems.push(`${what} reads ConfigMap ${from.configMapRef.name}, which does not exist`);
      }
      for (const [key, value] of Object.entries(map?.data ?? {})) {
        values[prefix + key] = value;
        sources[prefix + key] = `configmap:${from.configMapRef.name}/${key}`;
      }
    }
    if (from.secretRef) {
      const secret = DECLARED_SECRETS[from.secretRef.name ?? ''];
      if (!secret) problems.push(`${what} reads Secret ${from.secretRef.name}, which is not declared`);
      for (const [key, value] of Object.entries(secret?.keys ?? {})) {
        values[prefix + key] = value;
        sources[prefix + key] = `secret:${from.secretRef.name}/${key}`;
      }
    }
  }
  for (const variable of container.env ?? []) {
    const ref = variable.valueFrom;
    if (ref?.configMapKeyRef) {
      const { name, key, optional } = ref.configMapKeyRef;
      const value = configMap(name)?.data?.[key];
      if (value === undefined && !optional) {
        problems.push(
          `${what} reads ${variable.name} from ConfigMap ${name} key ${key}, which does not exist`,
        );
      }
      values[variable.name] = value;
      sources[variable.name] = `configmap:${name}/${key}`;
    } else if (ref?.secretKeyRef) {
      const { name, key, optional } = ref.secretKeyRef;
      const value = DECLARED_SECRETS[name ?? '']?.keys[key];
      if (value === undefined && !optional) {
        problems.push(`${what} reads ${variable.name} from Secret ${name} key ${key}, which is not declared`);
      }
      values[variable.name] = value;
      sources[variable.name] = `secret:${name}/${key}`;
    } else if (ref) {
      values[variable.name] = 'placeholder-from-the-pod';
      sources[variable.name] = 'field';
    } else {
      values[variable.name] = variable.value ?? '';
      sources[variable.name] = 'value';
    }
  }
  return { values, sources, problems };
}

function validationProblems<T extends object>(
  what: string,
  type: new () => T,
  values: Record<string, unknown>,
): string[] {
  try {
    validateEnv(type, values);
    return [];
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems.map((p) => `${what}: ${p}`);
    throw error;
  }
}

function validatedAppEnv(objects: K8sObject[], service: ServiceName): PlatformEnv | undefined {
  const container = appContainer(appDeployment(objects, service), service);
  if (!container) return undefined;
  const { values } = resolveEnvironment(objects, container, service);
  try {
    return validateEnv(ENV_CLASSES[service], values);
  } catch {
    return undefined;
  }
}

/**
 * Each app's container environment satisfies its own `Env` class (every variable required at boot is there),
 * declares nothing the class would silently drop, takes credentials only from Secrets, and points at the
 * cluster's PostgreSQL and Redis.
 */
export function environmentProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const postgres = cnpgClusters(objects)[0];
  for (const service of APP_SERVICES) {
    const container = appContainer(appDeployment(objects, service), service);
    if (!container) continue; // appProblems reports the missing Deployment
    const env = resolveEnvironment(objects, container, service);
    problems.push(...env.problems, ...validationProblems(service, ENV_CLASSES[service], env.values));

    const declared = declaredVariables(ENV_CLASSES[service]);
    for (const key of Object.keys(env.values)) {
      if (!declared.has(key) && !IMAGE_VARIABLES.has(key)) {
        problems.push(`${service} gets ${key}, which its Env class does not declare`);
      }
    }
    problems.push(...secretSourceProblems(service, env));

    const validated = validatedAppEnv(objects, service);
    if (!validated) continue;
    if (validated.NODE_ENV !== 'production') problems.push(`${service} must run with NODE_ENV=production`);
    if (postgres && validated.MOTCUA_DB_HOST !== `${postgres.metadata.name}-rw`) {
      problems.push(`${service} must reach the database at ${postgres.metadata.name}-rw`);
    }
    const redisHost = new URL(validated.MOTCUA_REDIS_URL).hostname;
    if (!named(objects, 'Service', redisHost)) {
      problems.push(`${service} must reach Redis at a Service of these manifests, not ${redisHost}`);
    }
  }
  return problems;
}

function secretSourceProblems(what: string, env: ResolvedEnvironment): string[] {
  return SECRET_VARIABLES.filter((key) => key in env.sources && !env.sources[key].startsWith('secret:')).map(
    (key) => `${what} must take ${key} from a Secret`,
  );
}

/**
 * Every variable an app's `Env` class declares reaches its container (required or optional: a ConfigMap key, a
 * Secret reference, optional ones included, or a value), unless K8S_KEPT_DEFAULTS says why it keeps its default.
 * Each problem names the variable, the app and where to add it; variables that name a credential must be
 * SECRET_VARIABLES (taken from a Secret only).
 */
export function settingsProblems(
  objects: K8sObject[],
  profile: Profile,
  envClasses: Record<ServiceName, new () => object> = ENV_CLASSES,
): string[] {
  const problems: string[] = [];
  const platform = declaredVariables(PlatformEnv);
  const provided = new Map<ServiceName, Set<string>>();
  for (const service of APP_SERVICES) {
    const container = appContainer(appDeployment(objects, service), service);
    if (!container) continue; // appProblems reports the missing Deployment
    const sources = resolveEnvironment(objects, container, service).sources;
    provided.set(service, new Set(Object.keys(sources)));
    const ownConfigMap = (container.envFrom ?? [])
      .map((from) => from.configMapRef?.name)
      .find((name) => name && name !== 'motcua-platform');
    const kept = new Set(K8S_KEPT_DEFAULTS[service]);
    for (const key of profile === 'prod' ? (PROD_REQUIRED_SECRETS[service] ?? []) : []) {
      const ref = (container.env ?? []).find((e) => e.name === key)?.valueFrom?.secretKeyRef;
      if (!ref || ref.optional !== false) {
        problems.push(`${service} must require ${key} in prod (secretKeyRef optional: false)`);
      }
    }
    for (const key of declaredVariables(envClasses[service])) {
      const isSecret = SECRET_VARIABLES.includes(key) || CREDENTIAL_NAME.test(key);
      if (isSecret && !SECRET_VARIABLES.includes(key)) {
        problems.push(
          `${service} declares ${key}, a credential: add it to SECRET_VARIABLES in test/deploy/k8s-rules.ts`,
        );
      }
      if (key in sources || kept.has(key)) continue;
      const where = isSecret
        ? `a secretKeyRef in k8s/base/${service}.yaml (its Secret and key in DECLARED_SECRETS, ` +
          'test/deploy/k8s-rules.ts, and in k8s/README.md, "Secrets")'
        : platform.has(key)
          ? 'ConfigMap motcua-platform in k8s/base/config.yaml'
          : ownConfigMap
            ? `ConfigMap ${ownConfigMap} in k8s/base/config.yaml`
            : `the env of Deployment ${service} in k8s/base/${service}.yaml`;
      problems.push(
        `${service} declares ${key} (${envClassFile(service, key)}) but Deployment ${service} does not provide it: ` +
          `add it to ${where}, or to K8S_KEPT_DEFAULTS in test/deploy/k8s-rules.ts with the reason it keeps ` +
          'its default',
      );
    }
  }
  // An overlay may turn a kept default on; the base must not both keep it and set it.
  const isProvided = (service: ServiceName, key: string) =>
    profile === 'base' && !!provided.get(service)?.has(key);
  problems.push(...keptDefaultProblems('K8S_KEPT_DEFAULTS', K8S_KEPT_DEFAULTS, isProvided));
  return problems;
}

// ---------------------------------------------------------------------------------------------- rules

/** Built-in objects against the Kubernetes schemas (kubernetes-models); unknown kinds are problems too. */
export function schemaProblems(objects: K8sObject[]): string[] {
  return objects.flatMap((o) => {
    if (!o?.metadata?.name) return [`${o?.kind ?? 'an object'} has no metadata.name`];
    const Model = BUILT_IN_MODELS[typeKey(o)];
    if (!Model) {
      return CUSTOM_KINDS.has(typeKey(o)) ? [] : [`${display(o)}: no schema or rules for ${o.apiVersion}`];
    }
    try {
      new Model(o as never).validate();
      return [];
    } catch (error) {
      return [`${display(o)}: ${(error as Error).message}`];
    }
  });
}

/** Selectors match their templates; every container is pinned and sized; long-running ones are probed. */
export function workloadProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const { object, what, selector, template, isService } of podWorkloads(objects)) {
    if (
      isService &&
      (!selector || isEmptySelector(selector) || !selects(selector, template.metadata?.labels))
    ) {
      problems.push(`${what} selector does not match its pod template labels`);
    }
    for (const container of containersOf(template)) {
      const where = `${what} container ${container.name}`;
      problems.push(...imageTagProblems(`${where} image`, container.image));
      problems.push(...resourceProblems(where, container.resources));
      const isInit = (template.spec?.initContainers ?? []).includes(container);
      if (isService && !isInit) {
        if (!container.readinessProbe) problems.push(`${where} must have a readiness probe`);
        if (!container.livenessProbe) problems.push(`${where} must have a liveness probe`);
      }
    }
    if (object.kind === 'StatefulSet') {
      problems.push(...statefulSetProblems(objects, object as unknown as IStatefulSet));
    }
  }
  return problems;
}

function resourceProblems(where: string, resources: IResourceRequirements | undefined): string[] {
  const problems: string[] = [];
  for (const resource of ['cpu', 'memory']) {
    const request = resources?.requests?.[resource];
    const limit = resources?.limits?.[resource];
    if (request === undefined || limit === undefined) {
      problems.push(`${where} must request and limit ${resource}`);
    } else if (!(quantity(request) <= quantity(limit))) {
      problems.push(`${where} requests more ${resource} than its limit`);
    }
  }
  return problems;
}

function statefulSetProblems(objects: K8sObject[], set: IStatefulSet): string[] {
  const what = `StatefulSet ${set.metadata?.name}`;
  const problems: string[] = [];
  const governing = named<IService>(objects, 'Service', set.spec?.serviceName ?? '');
  if (!governing || governing.spec?.clusterIP !== 'None') {
    problems.push(`${what} must name a headless Service of these manifests as its serviceName`);
  } else if (!serviceSelects(governing.spec?.selector, set.spec?.template.metadata?.labels)) {
    problems.push(`${what} governing Service ${governing.metadata?.name} must select its pods`);
  }
  const mounted = new Set(
    (set.spec?.template.spec?.containers ?? []).flatMap((c) => (c.volumeMounts ?? []).map((m) => m.name)),
  );
  for (const claim of set.spec?.volumeClaimTemplates ?? []) {
    if (!mounted.has(claim.metadata?.name ?? '')) {
      problems.push(`${what} never mounts its volume claim ${claim.metadata?.name}`);
    }
  }
  return problems;
}

/** Non-root, read-only, no privilege escalation, no capabilities, RuntimeDefault seccomp; apps as uid 10001. */
export function securityProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const { what, template } of podWorkloads(objects)) {
    const pod = template.spec?.securityContext ?? {};
    const volumes = template.spec?.volumes ?? [];
    for (const container of containersOf(template)) {
      const where = `${what} container ${container.name}`;
      const own = container.securityContext ?? {};
      const runAsUser = own.runAsUser ?? pod.runAsUser;
      if ((own.runAsNonRoot ?? pod.runAsNonRoot) !== true || runAsUser === 0) {
        problems.push(`${where} must run as non-root (runAsNonRoot)`);
      }
      if (own.readOnlyRootFilesystem !== true) {
        problems.push(`${where} must have a read-only root filesystem`);
      }
      if (own.allowPrivilegeEscalation !== false || own.privileged) {
        problems.push(`${where} must not allow privilege escalation`);
      }
      if (!(own.capabilities?.drop ?? []).includes('ALL')) {
        problems.push(`${where} must drop ALL capabilities`);
      }
      const seccomp = own.seccompProfile?.type ?? pod.seccompProfile?.type;
      if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') {
        problems.push(`${where} must use the RuntimeDefault seccomp profile`);
      }

      if (imageRepository(container.image) !== APP_IMAGE_REPOSITORY) continue;
      if (runAsUser !== APP_UID) problems.push(`${where} must run as uid ${APP_UID}, the image's user`);
      // The image writes nothing outside /tmp; with a read-only root, /tmp must be a volume.
      const tmp = (container.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
      if (!tmp || !volumes.some((v) => v.name === tmp.name && v.emptyDir)) {
        problems.push(`${where} must mount an emptyDir at /tmp`);
      }
    }
  }
  return problems;
}

/** One Deployment per app: the shared image told which app to start, its port, its health probes. */
export function appProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const images = new Set<string>();
  for (const service of APP_SERVICES) {
    const deployment = appDeployment(objects, service);
    const container = appContainer(deployment, service);
    if (!deployment || !container) {
      problems.push(`Deployment ${service} is missing`);
      continue;
    }
    const port = APP_PORTS[service];
    images.add(container.image ?? '');
    if (imageRepository(container.image) !== APP_IMAGE_REPOSITORY) {
      problems.push(`${service} must run the image ${APP_IMAGE_REPOSITORY}`);
    }
    if (container.command || container.args) problems.push(`${service} must run the image's default command`);
    const env = resolveEnvironment(objects, container, service).values;
    if (env.MOTCUA_SERVICE !== service) problems.push(`${service} must set MOTCUA_SERVICE to ${service}`);
    if (env.PORT !== String(port)) problems.push(`${service} must set PORT to ${port}`);
    const http = (container.ports ?? []).find((p) => p.name === 'http');
    if (http?.containerPort !== port) {
      problems.push(`${service} must expose containerPort ${port} named http`);
    }

    for (const [probe, path] of [
      ['readinessProbe', '/health/ready'],
      ['livenessProbe', '/health/live'],
    ] as const) {
      const get = container[probe]?.httpGet;
      if (get?.path !== path || (get.port !== 'http' && get.port !== port)) {
        problems.push(`${service} ${probe} must GET ${path} on port ${port}`);
      }
    }
  }
  if (images.size > 1) problems.push(`every app must run the same image (found ${[...images].join(', ')})`);
  return problems;
}

/** SIGTERM: the pod's grace period outlasts the preStop pause plus the app's drain. */
export function shutdownProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const service of APP_SERVICES) {
    const deployment = appDeployment(objects, service);
    const container = appContainer(deployment, service);
    if (!container) continue;
    const { values } = resolveEnvironment(objects, container, service);
    const drainMs = Number(values.MOTCUA_SHUTDOWN_DRAIN_MS ?? DEFAULT_DRAIN_MS);
    const preStop = container.lifecycle?.preStop;
    const sleepMatch = /\bsleep\s+(\d+)/.exec((preStop?.exec?.command ?? []).join(' '));
    const preStopMs = 1000 * Number(preStop?.sleep?.seconds ?? sleepMatch?.[1] ?? 0);
    const graceMs =
      1000 * (deployment?.spec?.template.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS);
    if (!(graceMs > drainMs + preStopMs)) {
      problems.push(
        `${service} terminationGracePeriodSeconds must exceed preStop (${preStopMs} ms) + MOTCUA_SHUTDOWN_DRAIN_MS (${drainMs} ms)`,
      );
    }
  }
  return problems;
}

/** Prometheus scrapes every app's /metrics on its own port (pod annotations). */
export function monitoringProblems(objects: K8sObject[]): string[] {
  return APP_SERVICES.flatMap((service) => {
    const annotations = appDeployment(objects, service)?.spec?.template.metadata?.annotations ?? {};
    const ok =
      annotations['prometheus.io/scrape'] === 'true' &&
      annotations['prometheus.io/port'] === String(APP_PORTS[service]) &&
      (annotations['prometheus.io/path'] ?? '/metrics') === '/metrics';
    return ok
      ? []
      : [`${service} pods must carry Prometheus scrape annotations for /metrics on ${APP_PORTS[service]}`];
  });
}

/** No secret value committed: no Secret with data, no credentials in ConfigMaps, references only to declared keys. */
export function secretProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const secret of ofKind<ISecret>(objects, 'Secret')) {
    const count = Object.keys(secret.data ?? {}).length + Object.keys(secret.stringData ?? {}).length;
    if (count > 0) {
      problems.push(`Secret ${secret.metadata?.name} commits values: create it in the cluster instead`);
    }
  }
  for (const map of ofKind<IConfigMap>(objects, 'ConfigMap')) {
    for (const [key, value] of Object.entries(map.data ?? {})) {
      if (SECRET_VARIABLES.includes(key)) {
        problems.push(`ConfigMap ${map.metadata?.name} must not hold ${key}`);
      } else if (/:\/\/[^/@\s]*:[^/@\s]*@/.test(value)) {
        problems.push(`ConfigMap ${map.metadata?.name} ${key} holds credentials`);
      }
    }
  }
  for (const ref of secretReferences(objects)) {
    const declared = DECLARED_SECRETS[ref.name];
    if (!declared) {
      problems.push(`${ref.where} references Secret ${ref.name}, which is not declared`);
    } else if (ref.key !== undefined && !(ref.key in declared.keys)) {
      problems.push(`${ref.where} references key ${ref.key} of Secret ${ref.name}, which is not declared`);
    } else if (ref.type && declared.type !== ref.type) {
      problems.push(`${ref.where} needs Secret ${ref.name} of type ${ref.type}`);
    }
  }
  return problems;
}

interface SecretReference {
  readonly where: string;
  readonly name: string;
  readonly key?: string;
  readonly type?: DeclaredSecret['type'];
}

function secretReferences(objects: K8sObject[]): SecretReference[] {
  const refs: SecretReference[] = [];
  for (const { what, template } of podWorkloads(objects)) {
    for (const container of containersOf(template)) {
      for (const from of container.envFrom ?? []) {
        if (from.secretRef) refs.push({ where: what, name: from.secretRef.name ?? '' });
      }
      for (const variable of container.env ?? []) {
        const ref = variable.valueFrom?.secretKeyRef;
        if (ref) refs.push({ where: `${what} ${variable.name}`, name: ref.name ?? '', key: ref.key });
      }
    }
    for (const volume of template.spec?.volumes ?? []) {
      if (volume.secret) refs.push({ where: what, name: volume.secret.secretName ?? '' });
    }
  }
  for (const ingress of ofKind<IIngress>(objects, 'Ingress')) {
    for (const entry of ingress.spec?.tls ?? []) {
      refs.push({
        where: `Ingress ${ingress.metadata?.name}`,
        name: entry.secretName ?? '',
        type: 'kubernetes.io/tls',
      });
    }
  }
  for (const cluster of cnpgClusters(objects)) {
    for (const role of cluster.spec?.managed?.roles ?? []) {
      if (role.passwordSecret) {
        refs.push({
          where: `${display(cluster)} role ${role.name}`,
          name: role.passwordSecret.name ?? '',
          type: 'kubernetes.io/basic-auth',
        });
      }
    }
  }
  for (const store of objects.filter(
    (o) => typeKey(o) === 'barmancloud.cnpg.io/v1/ObjectStore',
  ) as ObjectStore[]) {
    const credentials = store.spec?.configuration?.s3Credentials ?? {};
    for (const ref of [credentials.accessKeyId, credentials.secretAccessKey]) {
      if (ref) refs.push({ where: display(store), name: ref.name ?? '', key: ref.key });
    }
  }
  return refs;
}

/** Every Service selects pods of these manifests and targets a port they expose; every app has its Service. */
export function serviceProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const templates = podWorkloads(objects).map((w) => w.template);
  for (const service of ofKind<IService>(objects, 'Service')) {
    const what = `Service ${service.metadata?.name}`;
    const pods = templates.filter((t) => serviceSelects(service.spec?.selector, t.metadata?.labels));
    if (pods.length === 0) {
      problems.push(`${what} selects no pod of these manifests`);
      continue;
    }
    for (const port of service.spec?.ports ?? []) {
      const target = port.targetPort ?? port.port;
      const exposed = pods.every((t) =>
        (t.spec?.containers ?? []).some((c) =>
          (c.ports ?? []).some((p) => p.name === target || p.containerPort === target),
        ),
      );
      if (!exposed) problems.push(`${what} targets port ${target}, which its pods do not expose`);
    }
  }
  for (const app of APP_SERVICES) {
    const service = named<IService>(objects, 'Service', app);
    if (!service?.spec?.ports?.some((p) => p.port === APP_PORTS[app])) {
      problems.push(`Service ${app} on port ${APP_PORTS[app]} is missing`);
    }
  }
  return problems;
}

/** Each app: one autoscaling/v2 HPA on its Deployment and one PodDisruptionBudget that lets a node drain. */
export function autoscalingProblems(objects: K8sObject[], profile: Profile): string[] {
  const problems: string[] = [];
  const hpas = ofKind<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler');
  const pdbs = ofKind<IPodDisruptionBudget>(objects, 'PodDisruptionBudget');
  for (const hpa of hpas) {
    const target = hpa.spec?.scaleTargetRef;
    if (!target || !named(objects, target.kind, target.name)) {
      problems.push(
        `HorizontalPodAutoscaler ${hpa.metadata?.name} targets ${target?.kind} ${target?.name}, which does not exist`,
      );
    }
  }
  for (const service of APP_SERVICES) {
    const deployment = appDeployment(objects, service);
    if (!deployment) continue;
    const mine = hpas.filter(
      (h) => h.spec?.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === service,
    );
    if (mine.length !== 1) {
      problems.push(`${service} must have one HorizontalPodAutoscaler (has ${mine.length})`);
      continue;
    }
    const hpa = mine[0];
    const min = hpa.spec?.minReplicas ?? 1;
    const max = hpa.spec?.maxReplicas ?? 0;
    if (hpa.apiVersion !== 'autoscaling/v2') {
      problems.push(`${service} HorizontalPodAutoscaler must be autoscaling/v2`);
    }
    if (!(min >= 1 && min <= max)) {
      problems.push(`${service} HorizontalPodAutoscaler needs 1 <= minReplicas <= maxReplicas`);
    }
    if (profile !== 'dev' && min < 2) {
      problems.push(`${service} must keep at least 2 replicas outside dev (minReplicas ${min})`);
    }
    if (
      deployment.spec?.replicas !== undefined &&
      (deployment.spec.replicas < min || deployment.spec.replicas > max)
    ) {
      problems.push(`${service} Deployment replicas fight its HorizontalPodAutoscaler bounds`);
    }

    const labels = deployment.spec?.template.metadata?.labels;
    const budgets = pdbs.filter((p) => selects(p.spec?.selector, labels));
    if (budgets.length !== 1) {
      problems.push(`${service} must have one PodDisruptionBudget (has ${budgets.length})`);
      continue;
    }
    const budget = budgets[0];
    const others = APP_SERVICES.filter((s) => s !== service).filter((s) =>
      selects(budget.spec?.selector, appDeployment(objects, s)?.spec?.template.metadata?.labels),
    );
    if (others.length > 0) {
      problems.push(`PodDisruptionBudget ${budget.metadata?.name} must cover only ${service}`);
    }
    const minAvailable = budget.spec?.minAvailable;
    const maxUnavailable = budget.spec?.maxUnavailable;
    if (minAvailable === undefined && maxUnavailable === undefined) {
      problems.push(`${service} PodDisruptionBudget must set maxUnavailable or minAvailable`);
    } else if (
      maxUnavailable === 0 ||
      maxUnavailable === '0%' ||
      (typeof minAvailable === 'number' && minAvailable >= min)
    ) {
      problems.push(`${service} PodDisruptionBudget blocks every voluntary eviction at ${min} replica(s)`);
    }
  }
  return problems;
}

/** One TLS Ingress, to the gateway only, for /api, /public and / (Exact); overlays name a real host. */
export function ingressProblems(objects: K8sObject[], profile: Profile): string[] {
  const problems: string[] = [];
  const ingresses = ofKind<IIngress>(objects, 'Ingress');
  if (ingresses.length !== 1) return [`there must be one Ingress (found ${ingresses.length})`];
  const ingress = ingresses[0];
  const what = `Ingress ${ingress.metadata?.name}`;
  const tlsHosts = new Set(
    (ingress.spec?.tls ?? []).filter((t) => t.secretName).flatMap((t) => t.hosts ?? []),
  );
  const rules = ingress.spec?.rules ?? [];
  if (ingress.spec?.defaultBackend) problems.push(`${what} must not have a default backend`);
  if (rules.length === 0) problems.push(`${what} has no rules`);

  for (const rule of rules) {
    if (!rule.host) {
      problems.push(`${what} rules must name a host`);
    } else if (!tlsHosts.has(rule.host)) {
      problems.push(`${what} must serve ${rule.host} over TLS with a secretName`);
    }
    if (rule.host && profile !== 'base' && rule.host.endsWith('.invalid')) {
      problems.push(`${what} host ${rule.host} is a placeholder`);
    }
    const paths = rule.http?.paths ?? [];
    for (const path of paths) {
      const backend = path.backend.service;
      const port = backend?.port?.name ?? backend?.port?.number;
      if (backend?.name !== 'gateway' || (port !== 'http' && port !== APP_PORTS.gateway)) {
        problems.push(
          `${what} must route only to the gateway's http port (${path.path} goes to ${backend?.name}:${port})`,
        );
      }
      const exposed = PRIVATE_PATHS.filter((p) => pathMatches(path.path ?? '/', path.pathType, p));
      if (exposed.length > 0) {
        problems.push(`${what} path ${path.path} (${path.pathType}) exposes ${exposed.join(', ')}`);
      }
    }
    const actual = paths.map((p) => `${p.path} ${p.pathType}`);
    const expected = INGRESS_PATHS.map((p) => `${p.path} ${p.pathType}`);
    const missing = expected.filter((p) => !actual.includes(p));
    const extra = actual.filter((p) => !expected.includes(p));
    if (missing.length > 0) problems.push(`${what} is missing ${missing.join(', ')}`);
    if (extra.length > 0) problems.push(`${what} routes ${extra.join(', ')}, which are not public paths`);
  }

  // Links in citizens' messages and the QR code on slips must lead to the public host.
  const host = rules[0]?.host;
  for (const service of ['intake', 'notifications'] as const) {
    const env = validatedAppEnv(objects, service) as
      (PlatformEnv & { MOTCUA_PUBLIC_BASE_URL?: string }) | undefined;
    if (env && host && env.MOTCUA_PUBLIC_BASE_URL?.replace(/\/$/, '') !== `https://${host}`) {
      problems.push(`${service} MOTCUA_PUBLIC_BASE_URL must be https://${host}`);
    }
  }
  return problems;
}

function pathMatches(rulePath: string, pathType: string | undefined, requestPath: string): boolean {
  if (pathType === 'Exact') return rulePath === requestPath;
  // Prefix and ImplementationSpecific (treated as the wider Prefix): element-wise prefix of the path.
  const prefix = rulePath.replace(/\/+$/, '');
  return prefix === '' || requestPath === prefix || requestPath.startsWith(`${prefix}/`);
}

// ---------------------------------------------------------------------------------------------- network

interface Endpoint {
  readonly what: string;
  readonly namespace: string;
  readonly labels: Labels;
  readonly ports: Record<string, number>;
}

const OTHER_LABELS: Labels = { 'app.kubernetes.io/name': 'something-else' };

/** Pods of this namespace (ours and the operators') and stand-ins for every kind of outside caller. */
function endpoints(objects: K8sObject[]): { inside: Endpoint[]; outside: Endpoint[] } {
  const inside: Endpoint[] = podWorkloads(objects).map(({ what, template }) => ({
    what: `${what} pods`,
    namespace: NAMESPACE,
    labels: template.metadata?.labels ?? {},
    ports: Object.fromEntries(
      (template.spec?.containers ?? []).flatMap((c) =>
        (c.ports ?? []).map((p) => [p.name ?? String(p.containerPort), p.containerPort]),
      ),
    ),
  }));
  // Labels the operators put on the pods they create (CloudNativePG: cnpg.io/cluster; RabbitMQ Cluster
  // Operator: internal/metadata/label.go).
  for (const cluster of cnpgClusters(objects)) {
    inside.push({
      what: `PostgreSQL ${cluster.metadata.name} pods`,
      namespace: NAMESPACE,
      labels: { 'cnpg.io/cluster': cluster.metadata.name ?? '', 'cnpg.io/podRole': 'instance' },
      ports: { postgresql: INFRASTRUCTURE_PORTS.postgres, status: 8000, metrics: 9187 },
    });
  }
  for (const cluster of rabbitmqClusters(objects)) {
    inside.push({
      what: `RabbitMQ ${cluster.metadata.name} pods`,
      namespace: NAMESPACE,
      labels: {
        'app.kubernetes.io/name': cluster.metadata.name ?? '',
        'app.kubernetes.io/component': 'rabbitmq',
        'app.kubernetes.io/part-of': 'pivotal-rabbitmq',
      },
      ports: {
        amqp: INFRASTRUCTURE_PORTS.rabbitmq,
        management: 15672,
        prometheus: 15692,
        epmd: 4369,
        clustering: 25672,
      },
    });
  }
  const outside: Endpoint[] = [
    { what: 'other pods of this namespace', namespace: NAMESPACE, labels: OTHER_LABELS, ports: {} },
    {
      what: 'the ingress controller',
      namespace: INGRESS_CONTROLLER_NAMESPACE,
      labels: { 'app.kubernetes.io/name': 'ingress-nginx' },
      ports: {},
    },
    {
      what: 'Prometheus',
      namespace: MONITORING_NAMESPACE,
      labels: { 'app.kubernetes.io/name': 'prometheus' },
      ports: {},
    },
    { what: 'cluster DNS', namespace: DNS.namespace, labels: DNS.labels, ports: { dns: DNS.port } },
    { what: `other pods of ${DNS.namespace}`, namespace: DNS.namespace, labels: OTHER_LABELS, ports: {} },
    { what: 'pods of other namespaces', namespace: 'somewhere-else', labels: OTHER_LABELS, ports: {} },
  ];
  return { inside, outside };
}

function peerMatches(peer: INetworkPolicyPeer, endpoint: Endpoint): boolean {
  if (peer.ipBlock) return false;
  const namespaceLabels = { 'kubernetes.io/metadata.name': endpoint.namespace };
  const inNamespace = peer.namespaceSelector
    ? selects(peer.namespaceSelector, namespaceLabels)
    : endpoint.namespace === NAMESPACE;
  return inNamespace && (peer.podSelector ? selects(peer.podSelector, endpoint.labels) : true);
}

function portAllowed(ports: INetworkPolicyPort[] | undefined, target: Endpoint, port: number): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if (p.port === undefined) return true;
    const number = typeof p.port === 'number' ? p.port : target.ports[p.port];
    return number === port || (p.endPort !== undefined && number <= port && port <= p.endPort);
  });
}

function policiesFor(objects: K8sObject[], endpoint: Endpoint, type: 'Ingress' | 'Egress'): INetworkPolicy[] {
  return ofKind<INetworkPolicy>(objects, 'NetworkPolicy').filter((policy) => {
    const types = policy.spec?.policyTypes ?? (type === 'Ingress' || policy.spec?.egress ? [type] : []);
    return (
      endpoint.namespace === NAMESPACE &&
      types.includes(type) &&
      selects(policy.spec?.podSelector ?? {}, endpoint.labels)
    );
  });
}

/** Whether the policies selecting `from` let it open a connection to `to` on `port`. */
function egressAllowed(objects: K8sObject[], from: Endpoint, to: Endpoint, port: number): boolean {
  const policies = policiesFor(objects, from, 'Egress');
  return (
    policies.length === 0 ||
    policies.some((p) =>
      (p.spec?.egress ?? []).some(
        (rule) =>
          (!rule.to || rule.to.length === 0 || rule.to.some((peer) => peerMatches(peer, to))) &&
          portAllowed(rule.ports, to, port),
      ),
    )
  );
}

/** Whether the policies selecting `to` accept a connection from `from` on `port`. */
function ingressAllowed(objects: K8sObject[], from: Endpoint, to: Endpoint, port: number): boolean {
  const policies = policiesFor(objects, to, 'Ingress');
  return (
    policies.length === 0 ||
    policies.some((p) =>
      (p.spec?.ingress ?? []).some(
        (rule) =>
          (!rule.from || rule.from.length === 0 || rule.from.some((peer) => peerMatches(peer, from))) &&
          portAllowed(rule.ports, to, port),
      ),
    )
  );
}

function connectionAllowed(objects: K8sObject[], from: Endpoint, to: Endpoint, port: number): boolean {
  return egressAllowed(objects, from, to, port) && ingressAllowed(objects, from, to, port);
}

/**
 * Default deny; the gateway alone takes traffic from the ingress controller; Prometheus scrapes every app's
 * port; apps and the migration Job reach PostgreSQL, RabbitMQ, Redis and DNS, and nothing else.
 */
export function networkPolicyProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const policies = ofKind<INetworkPolicy>(objects, 'NetworkPolicy');
  const defaultDeny = policies.some(
    (p) =>
      isEmptySelector(p.spec?.podSelector) &&
      (['Ingress', 'Egress'] as const).every((t) => p.spec?.policyTypes?.includes(t)) &&
      (p.spec?.ingress ?? []).length === 0 &&
      (p.spec?.egress ?? []).length === 0,
  );
  if (!defaultDeny) {
    problems.push('a default-deny NetworkPolicy (all pods, Ingress and Egress, no rules) is missing');
  }

  const { inside, outside } = endpoints(objects);
  // Ports worth trying against any endpoint: every number a policy names, the infrastructure's, and one more.
  const probePorts = [
    ...new Set([
      ...policies.flatMap((p) =>
        [...(p.spec?.ingress ?? []), ...(p.spec?.egress ?? [])].flatMap((r) =>
          (r.ports ?? []).map((port) => port.port).filter((port): port is number => typeof port === 'number'),
        ),
      ),
      ...Object.values(INFRASTRUCTURE_PORTS),
      DNS.port,
      1,
    ]),
  ];
  const portsOf = (e: Endpoint) => [...new Set([...Object.values(e.ports), ...probePorts])];

  const everyone = [...inside, ...outside];
  for (const policy of policies) {
    if (
      !isEmptySelector(policy.spec?.podSelector) &&
      !inside.some((e) => selects(policy.spec?.podSelector, e.labels))
    ) {
      problems.push(`NetworkPolicy ${policy.metadata?.name} selects no pod`);
    }
  }

  const find = (labels: Labels) =>
    inside.find((e) => Object.entries(labels).every(([k, v]) => e.labels[k] === v));
  const postgres = cnpgClusters(objects).map((c) => find({ 'cnpg.io/cluster': c.metadata.name ?? '' }))[0];
  const rabbitmq = rabbitmqClusters(objects).map((c) =>
    find({ 'app.kubernetes.io/name': c.metadata.name ?? '' }),
  )[0];
  const redisHost = (() => {
    const env = validatedAppEnv(objects, 'intake');
    return env ? new URL(env.MOTCUA_REDIS_URL).hostname : '';
  })();
  const redisService = named<IService>(objects, 'Service', redisHost);
  const redis = inside.find((e) => serviceSelects(redisService?.spec?.selector, e.labels));
  const dns = outside.find((e) => e.what === 'cluster DNS') as Endpoint;
  const ingressController = outside.find((e) => e.namespace === INGRESS_CONTROLLER_NAMESPACE) as Endpoint;
  const prometheus = outside.find((e) => e.namespace === MONITORING_NAMESPACE) as Endpoint;
  const infrastructure: [Endpoint | undefined, number][] = [
    [postgres, INFRASTRUCTURE_PORTS.postgres],
    [rabbitmq, INFRASTRUCTURE_PORTS.rabbitmq],
    [redis, INFRASTRUCTURE_PORTS.redis],
    [dns, DNS.port],
  ];

  const appEndpoint = (service: ServiceName) => inside.find((e) => e.what === `Deployment ${service} pods`);
  for (const service of APP_SERVICES) {
    const app = appEndpoint(service);
    if (!app) continue;
    const port = APP_PORTS[service];
    // Who may connect to the app, on any port.
    for (const source of everyone.filter((e) => e !== app)) {
      const allowed = portsOf(app).filter((p) => ingressAllowed(objects, source, app, p));
      const expected = source === prometheus || (source === ingressController && service === 'gateway');
      if (allowed.length > 0 && !expected) problems.push(`${service} accepts traffic from ${source.what}`);
      if (expected && allowed.some((p) => p !== port)) {
        problems.push(`${service} accepts ${source.what} on ports other than ${port}`);
      }
    }
    if (!connectionAllowed(objects, prometheus, app, port)) {
      problems.push(`Prometheus cannot scrape ${service} on ${port}`);
    }
    if (service === 'gateway' && !connectionAllowed(objects, ingressController, app, port)) {
      problems.push(`the ingress controller cannot reach the gateway on ${port}`);
    }
    for (const rule of policiesFor(objects, app, 'Ingress').flatMap((p) => p.spec?.ingress ?? [])) {
      if ((rule.from ?? []).some((peer) => peer.ipBlock)) {
        problems.push(`${service} accepts traffic from an ipBlock`);
      }
    }
  }

  const migrate = inside.find(
    (e) => e.what.startsWith('Job ') && e.labels['app.kubernetes.io/component'] === 'migrate',
  );
  const clients: [string, Endpoint | undefined, (Endpoint | undefined)[]][] = [
    ...APP_SERVICES.map((s): [string, Endpoint | undefined, (Endpoint | undefined)[]] => [
      s,
      appEndpoint(s),
      [postgres, rabbitmq, redis, dns],
    ]),
    ['the migration Job', migrate, [postgres, rabbitmq, dns]],
  ];
  for (const [what, client, needs] of clients) {
    if (!client) continue;
    for (const [target, port] of infrastructure) {
      if (!target) continue;
      const needed = needs.includes(target);
      if (needed && !connectionAllowed(objects, client, target, port)) {
        problems.push(`${what} cannot reach ${target.what} on ${port}`);
      }
    }
    // Anything else it may reach: every other endpoint, on any port it has, and the outside world.
    const allowedTargets = new Set(infrastructure.map(([target]) => target));
    for (const target of everyone.filter((e) => e !== client && !allowedTargets.has(e))) {
      const ports = portsOf(target);
      if (ports.some((p) => egressAllowed(objects, client, target, p))) {
        problems.push(`${what} may reach ${target.what}`);
      }
    }
    for (const [target, port] of infrastructure) {
      if (!target) continue;
      const other = portsOf(target).filter((p) => p !== port);
      if (other.some((p) => egressAllowed(objects, client, target, p))) {
        problems.push(`${what} may reach ${target.what} on ports other than ${port}`);
      }
    }
    problems.push(...outsideEgressProblems(objects, what, client));
  }
  return problems;
}

/**
 * Only apps with providers reach outside the cluster, only on their providers' ports, and an egress to every
 * address leaves out the private, shared and link-local ranges (other namespaces, nodes, cloud metadata).
 */
function outsideEgressProblems(objects: K8sObject[], what: string, client: Endpoint): string[] {
  const allowedPorts = PROVIDER_PORTS[what as ServiceName] ?? [];
  const rules = policiesFor(objects, client, 'Egress').flatMap((p) => p.spec?.egress ?? []);
  const problems: string[] = [];
  for (const rule of rules) {
    const isAnywhere = !rule.to || rule.to.length === 0;
    const blocks = (rule.to ?? []).flatMap((peer) => (peer.ipBlock ? [peer.ipBlock] : []));
    if (!isAnywhere && blocks.length === 0) continue;
    if (allowedPorts.length === 0) {
      problems.push(`${what} may reach addresses outside the cluster`);
      continue;
    }
    const ports = rule.ports ?? [];
    if (ports.length === 0) {
      problems.push(`${what} may reach addresses outside the cluster on every port`);
      continue;
    }
    // Everywhere: providers' ports only, closed ranges left out. A range an overlay names (a department
    // network) is the operator's own choice, port included.
    const everywhere = isAnywhere || blocks.some((b) => b.cidr === '0.0.0.0/0');
    if (!everywhere) continue;
    const isOnProviderPorts = ports.every(
      (p) => typeof p.port === 'number' && allowedPorts.includes(p.port) && p.endPort === undefined,
    );
    if (!isOnProviderPorts) {
      problems.push(
        `${what} may reach addresses outside the cluster on ports other than ${allowedPorts.join(', ')}`,
      );
    }
    const isClosedOff =
      !isAnywhere &&
      blocks.every((b) => b.cidr !== '0.0.0.0/0' || CLOSED_RANGES.every((r) => b.except?.includes(r)));
    if (!isClosedOff) {
      problems.push(
        `${what} may reach closed ranges: an egress to 0.0.0.0/0 must except ${CLOSED_RANGES.join(', ')}`,
      );
    }
  }
  for (const port of allowedPorts) {
    const isReachable = rules.some(
      (rule) =>
        (rule.to ?? []).some((peer) => peer.ipBlock?.cidr === '0.0.0.0/0') &&
        (rule.ports ?? []).some((p) => p.port === port),
    );
    if (!isReachable) problems.push(`${what} cannot reach its providers on ${port}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------- operators

/**
 * The operators' resources, in the shape motcua relies on: a 3-instance CloudNativePG Cluster with the database,
 * the service roles and their passwords; a 3-node RabbitmqCluster; both pinned, sized and with storage.
 * Dev may run one of each. Prod archives PostgreSQL to object storage on a schedule.
 */
export function operatorProblems(objects: K8sObject[], profile: Profile): string[] {
  const problems: string[] = [];
  const expected = (actual: number | undefined) =>
    profile === 'dev' ? (actual ?? 0) >= 1 : profile === 'prod' ? (actual ?? 0) >= 3 : actual === 3;
  const wanted = profile === 'dev' ? 'at least 1' : profile === 'prod' ? 'at least 3' : '3';

  const clusters = cnpgClusters(objects);
  if (clusters.length !== 1) {
    problems.push(`there must be one CloudNativePG Cluster (found ${clusters.length})`);
  }
  for (const cluster of clusters) {
    const what = display(cluster);
    const spec = cluster.spec ?? {};
    if (!expected(spec.instances)) {
      problems.push(`${what} must run ${wanted} instances (has ${spec.instances})`);
    }
    if (Number.isNaN(quantity(spec.storage?.size))) problems.push(`${what} must set spec.storage.size`);
    problems.push(...imageTagProblems(`${what} imageName`, spec.imageName));
    problems.push(...resourceProblems(what, spec.resources));
    problems.push(...databaseProblems(objects, cluster));
    if (profile === 'prod') problems.push(...backupProblems(objects, cluster));
  }
  for (const backup of objects.filter(
    (o) => typeKey(o) === 'postgresql.cnpg.io/v1/ScheduledBackup',
  ) as ScheduledBackup[]) {
    const what = display(backup);
    const cluster = clusters.find((c) => c.metadata.name === backup.spec?.cluster?.name);
    if (!cluster) {
      problems.push(`${what} backs up ${backup.spec?.cluster?.name}, which is not a Cluster here`);
    }
    if ((backup.spec?.schedule ?? '').trim().split(/\s+/).length !== 6) {
      problems.push(`${what} schedule must have six fields (seconds first)`);
    }
    if (backup.spec?.method === 'plugin') {
      const plugin = backup.spec.pluginConfiguration?.name;
      if (!cluster?.spec?.plugins?.some((p) => p.name === plugin)) {
        problems.push(`${what} uses plugin ${plugin}, which its Cluster does not enable`);
      }
    }
  }

  const brokers = rabbitmqClusters(objects);
  if (brokers.length !== 1) problems.push(`there must be one RabbitmqCluster (found ${brokers.length})`);
  for (const broker of brokers) {
    const what = display(broker);
    const spec = broker.spec ?? {};
    if (!expected(spec.replicas)) problems.push(`${what} must run ${wanted} replicas (has ${spec.replicas})`);
    if (Number.isNaN(quantity(spec.persistence?.storage))) {
      problems.push(`${what} must set spec.persistence.storage`);
    }
    problems.push(...imageTagProblems(`${what} image`, spec.image));
    problems.push(...resourceProblems(what, spec.resources));
    // The client Service is named after the cluster; the apps' URL (documented shape) must point at it.
    const amqpHost = new URL(DECLARED_SECRETS['motcua-secrets'].keys['amqp-url']).hostname;
    if (amqpHost !== broker.metadata.name) {
      problems.push(`the apps' AMQP URL must point at ${broker.metadata.name}, not ${amqpHost}`);
    }
  }
  return problems;
}

function databaseProblems(objects: K8sObject[], cluster: CnpgCluster): string[] {
  const problems: string[] = [];
  const what = display(cluster);
  const initdb = cluster.spec?.bootstrap?.initdb;
  const platform = named<IConfigMap>(objects, 'ConfigMap', 'motcua-platform');
  const database = platform?.data?.MOTCUA_DB_NAME ?? 'motcua';
  if (initdb?.database !== database) {
    problems.push(`${what} must create database ${database} (bootstrap.initdb.database)`);
  }
  const owner = initdb?.owner;
  if (!owner) problems.push(`${what} must name the database owner (bootstrap.initdb.owner)`);

  const sql = (initdb?.postInitApplicationSQL ?? []).map((s) => s.replace(/\s+/g, ' ').trim());
  const grantedToOwner = new Set(
    sql.flatMap((s) => {
      const grant = /^GRANT (.+) TO (\w+)$/i.exec(s);
      return grant && grant[2] === owner ? grant[1].split(',').map((r) => r.trim()) : [];
    }),
  );
  const roles = cluster.spec?.managed?.roles ?? [];
  for (const service of APP_SERVICES) {
    const name = serviceRole(service);
    const role = roles.find((r) => r.name === name);
    if (!role || role.ensure === 'absent' || role.login !== true) {
      problems.push(`${what} must manage role ${name} with login`);
    } else {
      const secret = DECLARED_SECRETS[role.passwordSecret?.name ?? ''];
      if (!secret || secret.type !== 'kubernetes.io/basic-auth' || secret.keys.username !== name) {
        problems.push(`${what} role ${name} must take its password from a basic-auth Secret for ${name}`);
      }
    }
    // The migration Job connects as the owner and creates each schema for its role: it must be a member.
    if (!sql.some((s) => new RegExp(`^CREATE ROLE ${name}\\b`, 'i').test(s)) || !grantedToOwner.has(name)) {
      problems.push(`${what} must create ${name} at bootstrap and grant it to ${owner}`);
    }
  }
  return problems;
}

function backupProblems(objects: K8sObject[], cluster: CnpgCluster): string[] {
  const problems: string[] = [];
  const what = display(cluster);
  const archiver = cluster.spec?.plugins?.find((p) => p.isWALArchiver);
  const storeName = archiver?.parameters?.barmanObjectName;
  const store = objects.find(
    (o) => typeKey(o) === 'barmancloud.cnpg.io/v1/ObjectStore' && o.metadata.name === storeName,
  ) as ObjectStore | undefined;
  if (!archiver) {
    problems.push(`${what} must archive WAL through a backup plugin in prod`);
  } else if (!store) {
    problems.push(`${what} archives to ObjectStore ${storeName}, which does not exist`);
  } else {
    if (!store.spec?.configuration?.destinationPath) {
      problems.push(`${display(store)} must set configuration.destinationPath`);
    }
    if (!/^[1-9][0-9]*[dwm]$/.test(store.spec?.retentionPolicy ?? '')) {
      problems.push(`${display(store)} must set a retentionPolicy such as 30d`);
    }
  }
  const scheduled = (
    objects.filter((o) => typeKey(o) === 'postgresql.cnpg.io/v1/ScheduledBackup') as ScheduledBackup[]
  ).some((b) => b.spec?.cluster?.name === cluster.metadata.name);
  if (!scheduled) problems.push(`${what} must have a ScheduledBackup in prod`);
  return problems;
}

/** The migration Job: the apps' image, the migrate tool, what it reads, from the same sources as the apps. */
const runsMigrate = (c: IContainer) =>
  [...(c.command ?? []), ...(c.args ?? [])].join(' ') === MIGRATE_COMMAND;

export function migrationProblems(objects: K8sObject[]): string[] {
  const jobs = ofKind<IJob>(objects, 'Job').filter((job) =>
    (job.spec?.template.spec?.containers ?? []).some(runsMigrate),
  );
  if (jobs.length !== 1) return [`one Job must run ${MIGRATE_COMMAND} (found ${jobs.length})`];
  const job = jobs[0];
  const what = `Job ${job.metadata?.name}`;
  const problems: string[] = [];
  const container = (job.spec?.template.spec?.containers ?? []).find(runsMigrate) as IContainer;
  const env = resolveEnvironment(objects, container, what);
  problems.push(...env.problems, ...secretSourceProblems(what, env));

  const appImage = appContainer(appDeployment(objects, 'gateway'), 'gateway')?.image;
  if (container.image !== appImage) problems.push(`${what} must run the apps' image ${appImage}`);
  if (!['Never', 'OnFailure'].includes(job.spec?.template.spec?.restartPolicy ?? '')) {
    problems.push(`${what} restartPolicy must be Never or OnFailure`);
  }
  for (const key of MIGRATE_VARIABLES.filter((v) => !MIGRATE_KEPT_DEFAULTS.includes(v))) {
    if (!env.values[key]) {
      problems.push(
        `${what} must set ${key}, which scripts/tools-config.ts reads: add it to k8s/base/migrate.yaml (from a ` +
          'Secret if it is one), or to MIGRATE_KEPT_DEFAULTS in test/deploy/k8s-rules.ts with the reason',
      );
    }
  }
  const postgres = cnpgClusters(objects)[0];
  if (postgres && env.sources.MOTCUA_DB_ADMIN_URL !== `secret:${postgres.metadata.name}-app/uri`) {
    problems.push(
      `${what} must take MOTCUA_DB_ADMIN_URL from Secret ${postgres.metadata.name}-app key uri (the database owner)`,
    );
  }
  for (const key of [
    'MOTCUA_DB_HOST',
    'MOTCUA_DB_PORT',
    'MOTCUA_DB_NAME',
    'MOTCUA_DB_PASSWORD',
    'MOTCUA_AMQP_URL',
  ]) {
    const appSources = new Set(
      APP_SERVICES.map((service) => {
        const app = appContainer(appDeployment(objects, service), service);
        return app ? resolveEnvironment(objects, app, service).sources[key] : undefined;
      }),
    );
    if (appSources.size !== 1 || !appSources.has(env.sources[key])) {
      problems.push(`${what} and the apps must share ${key}`);
    }
  }
  return problems;
}

/** Redis: the Service the apps use selects a StatefulSet that persists to a claim, and evicts nothing. */
export function redisProblems(objects: K8sObject[]): string[] {
  const env = validatedAppEnv(objects, 'intake');
  if (!env) return [];
  const url = new URL(env.MOTCUA_REDIS_URL);
  const service = named<IService>(objects, 'Service', url.hostname);
  const set = ofKind<IStatefulSet>(objects, 'StatefulSet').find((s) =>
    serviceSelects(service?.spec?.selector, s.spec?.template.metadata?.labels),
  );
  if (!set) return [`Redis (${url.hostname}) must be a Service selecting a StatefulSet of these manifests`];
  const what = `StatefulSet ${set.metadata?.name}`;
  const problems: string[] = [];
  const port = Number(url.port || INFRASTRUCTURE_PORTS.redis);
  if (!service?.spec?.ports?.some((p) => p.port === port)) {
    problems.push(`Service ${url.hostname} must serve Redis on ${port}`);
  }
  const claims = new Set((set.spec?.volumeClaimTemplates ?? []).map((c) => c.metadata?.name));
  const container = set.spec?.template.spec?.containers?.[0];
  const data = (container?.volumeMounts ?? []).find((m) => m.mountPath === '/data');
  if (!data || !claims.has(data.name)) problems.push(`${what} must keep /data on a volumeClaimTemplate`);
  const args = [...(container?.command ?? []), ...(container?.args ?? [])].join(' ');
  if (!/--appendonly yes\b/.test(args)) problems.push(`${what} must persist with --appendonly yes`);
  if (!/--maxmemory-policy noeviction\b/.test(args)) {
    problems.push(`${what} must run with --maxmemory-policy noeviction (BullMQ)`);
  }
  return problems;
}

/** Every app at its HPA maximum, each with a full pool, plus the migration Job must fit max_connections. */
export function connectionBudgetProblems(objects: K8sObject[]): string[] {
  const cluster = cnpgClusters(objects)[0];
  if (!cluster) return [];
  const maxConnections = Number(
    cluster.spec?.postgresql?.parameters?.max_connections ?? POSTGRES_DEFAULT_MAX_CONNECTIONS,
  );
  const hpas = ofKind<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler');
  const pools = APP_SERVICES.map((service) => {
    const replicas =
      hpas.find((h) => h.spec?.scaleTargetRef.name === service)?.spec?.maxReplicas ??
      appDeployment(objects, service)?.spec?.replicas ??
      1;
    return replicas * (validatedAppEnv(objects, service)?.MOTCUA_DB_POOL_SIZE ?? 0);
  });
  const needed = pools.reduce((a, b) => a + b, 0) + MIGRATE_CONNECTIONS + RESERVED_CONNECTIONS;
  return needed > maxConnections
    ? [
        `${display(cluster)} max_connections ${maxConnections} is below the ${needed} connections the apps may open at their HPA maximum`,
      ]
    : [];
}

/** The namespace exists; rendered, every object lives in it. */
export function namespaceProblems(objects: K8sObject[], rendered: boolean): string[] {
  const problems: string[] = [];
  if (!named(objects, 'Namespace', NAMESPACE)) problems.push(`Namespace ${NAMESPACE} is missing`);
  if (rendered) {
    for (const o of objects.filter((x) => x.kind !== 'Namespace' && x.metadata?.namespace !== NAMESPACE)) {
      problems.push(`${display(o)} must be in namespace ${NAMESPACE}`);
    }
  }
  return problems;
}

export type Rule = (objects: K8sObject[], profile: Profile) => string[];

/** Every rule by name; the spec runs each on the base as written and on every rendered overlay. */
export const K8S_RULES: Record<string, Rule> = {
  schemas: schemaProblems,
  workloads: workloadProblems,
  security: securityProblems,
  apps: appProblems,
  environment: environmentProblems,
  settings: settingsProblems,
  shutdown: shutdownProblems,
  monitoring: monitoringProblems,
  secrets: secretProblems,
  services: serviceProblems,
  autoscaling: autoscalingProblems,
  ingress: ingressProblems,
  'network policies': networkPolicyProblems,
  operators: operatorProblems,
  migration: migrationProblems,
  redis: redisProblems,
  'connection budget': connectionBudgetProblems,
};

export function allProblems(objects: K8sObject[], profile: Profile): string[] {
  return Object.values(K8S_RULES).flatMap((rule) => rule(objects, profile));
}

/**
 * k8s/README.md stays true: it tells how to create every Secret a person creates (each key of motcua-secrets
 * in the command), names every dashboard metric, and shows the migration and dead-letter commands.
 */
export function readmeProblems(readme: string): string[] {
  const problems: string[] = [];
  for (const [name, secret] of Object.entries(DECLARED_SECRETS)) {
    if (!readme.includes(`\`${name}\``)) problems.push(`k8s/README.md must list Secret ${name}`);
    if (secret.createdBy === 'operator' && secret.type === 'Opaque') {
      if (!readme.includes(`create secret generic ${name}`)) {
        problems.push(`k8s/README.md must show how to create Secret ${name}`);
      }
      for (const key of Object.keys(secret.keys)) {
        if (!readme.includes(`--from-literal=${key}=`)) {
          problems.push(`k8s/README.md must create key ${key} of Secret ${name}`);
        }
      }
    }
  }
  for (const metric of DASHBOARD_METRICS) {
    if (!readme.includes(metric)) problems.push(`k8s/README.md must describe metric ${metric}`);
  }
  for (const command of [
    'node dist/scripts/dead-letters.js list',
    'node dist/scripts/dead-letters.js replay',
    MIGRATE_COMMAND,
  ]) {
    if (!readme.includes(command)) problems.push(`k8s/README.md must show ${command}`);
  }
  return problems;
}

/** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

const secretNamePattern = (name: string) =>
  APP_SERVICES.reduce((pattern, service) => pattern.replace(`-${service}`, '-<service>'), name);

/**
 * docs/operations.md stays true: each link into k8s/README.md lands on a heading there, and it names every
 * Secret; k8s/README.md tells how to rotate each one.
 */
export function operationsGuideProblems(guide: string, readme: string): string[] {
  const problems: string[] = [];
  const prose = readme.replace(/^```[\s\S]*?^```/gm, '');
  const anchors = new Set([...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) => headingAnchor(m[1])));
  for (const [, anchor] of guide.matchAll(/\(\.\.\/k8s\/README\.md#([^)]+)\)/g)) {
    if (!anchors.has(anchor))
      problems.push(`docs/operations.md links to #${anchor}, which k8s/README.md lacks`);
  }
  const rotation = /^## Rotate secrets\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  for (const name of Object.keys(DECLARED_SECRETS)) {
    if (!guide.includes(`\`${name}\``)) problems.push(`docs/operations.md must name Secret ${name}`);
    if (!rotation.includes(name) && !rotation.includes(secretNamePattern(name))) {
      problems.push(`k8s/README.md must tell how to rotate Secret ${name}`);
    }
  }
  return problems;
}
