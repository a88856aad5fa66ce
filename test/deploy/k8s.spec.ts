import type { IDeployment, IStatefulSet } from 'kubernetes-models/apps/v1';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import type { IJob } from 'kubernetes-models/batch/v1';
import type { IIngress, INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type { IConfigMap, IContainer, IEnvVar, IService } from 'kubernetes-models/v1';
import { IsOptional, IsString } from 'class-validator';
import { Env as RoutingEnv } from '../../apps/routing/src/config';
import { ENV_CLASSES, readRepoFile } from './deploy-rules';
import {
  allProblems,
  CnpgCluster,
  fileProblems,
  K8S_RULES,
  K8sObject,
  kubectlAvailable,
  loadKustomizationResources,
  operationsGuideProblems,
  namespaceProblems,
  Profile,
  RabbitmqCluster,
  readK8sTree,
  readmeProblems,
  renderKustomization,
  settingsProblems,
} from './k8s-rules';

// Each rule is shown twice, as for docker-compose.yml: the real manifests pass it, and a copy broken in memory
// fails it, naming the problem. The base is checked as written; with kubectl, every overlay is rendered by
// `kubectl kustomize` (offline) and checked again.

const tree = readK8sTree();
const base = loadKustomizationResources(tree, 'k8s/base');

function brokenCopy(change: (copy: K8sObject[]) => void): K8sObject[] {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

function find<T>(objects: K8sObject[], kind: string, name: string): T {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`${kind} ${name} is not in the base`);
  return found as unknown as T;
}

const remove = (objects: K8sObject[], kind: string, name: string) =>
  objects.splice(
    objects.findIndex((o) => o.kind === kind && o.metadata.name === name),
    1,
  );
const deployment = (c: K8sObject[], name: string) => find<IDeployment>(c, 'Deployment', name);
const podSpec = (c: K8sObject[], name: string) => deployment(c, name).spec!.template.spec!;
const container = (c: K8sObject[], name: string): IContainer => podSpec(c, name).containers[0];
const envVar = (c: K8sObject[], name: string, variable: string): IEnvVar =>
  container(c, name).env!.find((e) => e.name === variable)!;
const configMap = (c: K8sObject[], name: string) => find<IConfigMap>(c, 'ConfigMap', name).data!;
const platform = (c: K8sObject[]) => configMap(c, 'motcua-platform');
const center = (c: K8sObject[]) => configMap(c, 'motcua-center');
const withoutEnv = (c: K8sObject[], name: string, variable: string) =>
  (container(c, name).env = container(c, name).env!.filter((e) => e.name !== variable));
const redis = (c: K8sObject[]) => find<IStatefulSet>(c, 'StatefulSet', 'motcua-redis');
const job = (c: K8sObject[]) => find<IJob>(c, 'Job', 'motcua-migrate');
const jobContainer = (c: K8sObject[]) => job(c).spec!.template.spec!.containers[0];
const hpa = (c: K8sObject[], name: string) =>
  find<IHorizontalPodAutoscaler>(c, 'HorizontalPodAutoscaler', name);
const pdb = (c: K8sObject[], name: string) => find<IPodDisruptionBudget>(c, 'PodDisruptionBudget', name);
const ingress = (c: K8sObject[]) => find<IIngress>(c, 'Ingress', 'gateway');
const policy = (c: K8sObject[], name: string) => find<INetworkPolicy>(c, 'NetworkPolicy', name);
const postgres = (c: K8sObject[]) => find<CnpgCluster>(c, 'Cluster', 'motcua-postgres');
const rabbitmq = (c: K8sObject[]) => find<RabbitmqCluster>(c, 'RabbitmqCluster', 'motcua-rabbitmq');
const initdb = (c: K8sObject[]) => postgres(c).spec!.bootstrap!.initdb!;
const roles = (c: K8sObject[]) => postgres(c).spec!.managed!.roles!;

describe('k8s/ files', () => {
  it('should parse every YAML file and list each one in a kustomization when read', () => {
    const problems = fileProblems(tree);

    expect(problems).toEqual([]);
  });

  it.each<[string, (t: Map<string, string>) => void, string]>([
    [
      'a manifest is left out of every kustomization',
      (t) => t.set('k8s/base/extra.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n'),
      'k8s/base/extra.yaml is not listed in any kustomization',
    ],
    [
      'a listed file is missing',
      (t) => t.delete('k8s/base/redis.yaml'),
      'k8s/base/kustomization.yaml lists redis.yaml, which does not exist',
    ],
    [
      'a kustomization generates a Secret',
      (t) =>
        t.set(
          'k8s/overlays/dev/kustomization.yaml',
          `${t.get('k8s/overlays/dev/kustomization.yaml')}secretGenerator:\n  - name: motcua-secrets\n    literals: [db-password=x]\n`,
        ),
      'k8s/overlays/dev/kustomization.yaml must not generate Secrets (secretGenerator)',
    ],
  ])('should report a problem when %s', (_, change, problem) => {
    const broken = new Map(tree);
    change(broken);

    const problems = fileProblems(broken);

    expect(problems).toContain(problem);
  });

  it('should report the file when a YAML file does not parse', () => {
    const broken = new Map(tree).set('k8s/base/redis.yaml', 'kind: [unclosed\n');

    const problems = fileProblems(broken);

    expect(problems).toContainEqual(expect.stringMatching(/^k8s\/base\/redis\.yaml: /));
  });
});

describe('k8s/base', () => {
  it('should declare the motcua namespace when read', () => {
    const problems = namespaceProblems(base, false);

    expect(problems).toEqual([]);
  });

  it.each(Object.keys(K8S_RULES))('should pass the %s rules when read as written', (rule) => {
    const problems = K8S_RULES[rule](base, 'base');

    expect(problems).toEqual([]);
  });

  describe('schemas', () => {
    it.each<[string, (c: K8sObject[]) => void, string]>([
      [
        'a container port is not a number',
        (c) => (container(c, 'intake').ports![0].containerPort = 'http' as never),
        'Deployment intake: data/spec/template/spec/containers/0/ports/0/containerPort must be integer',
      ],
      [
        'a Deployment has no selector',
        (c) => delete (deployment(c, 'fees').spec as Partial<NonNullable<IDeployment['spec']>>).selector,
        'Deployment fees: data/spec must have required property selector',
      ],
      [
        'a kind has neither a schema nor rules',
        (c) => c.push({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }),
        'Widget w: no schema or rules for example.com/v1',
      ],
    ])('should report a problem when %s', (_, change, problem) => {
      const problems = K8S_RULES.schemas(brokenCopy(change), 'base');

      expect(problems).toContainEqual(expect.stringContaining(problem));
    });
  });

  describe.each<[string, [string, (c: K8sObject[]) => void, string, Profile?][]]>([
    [
      'workloads',
      [
        [
          'a selector misses the template labels',
          (c) => (deployment(c, 'routing').spec!.template.metadata!.labels!['app.kubernetes.io/name'] = 'x'),
          'Deployment routing selector does not match its pod template labels',
        ],
        [
          'an image uses latest',
          (c) => (container(c, 'fees').image = 'ghcr.io/motcua/motcua:latest'),
          'Deployment fees container fees image ghcr.io/motcua/motcua:latest must not use the latest tag',
        ],
        [
          'an image is untagged',
          (c) => (redis(c).spec!.template.spec!.containers[0].image = 'redis'),
          'StatefulSet motcua-redis container redis image redis must be pinned to a tag',
        ],
        [
          'a readiness probe is missing',
          (c) => delete container(c, 'courier').readinessProbe,
          'Deployment courier container courier must have a readiness probe',
        ],
        [
          'a liveness probe is missing',
          (c) => delete redis(c).spec!.template.spec!.containers[0].livenessProbe,
          'StatefulSet motcua-redis container redis must have a liveness probe',
        ],
        [
          'limits are missing',
          (c) => delete container(c, 'notifications').resources!.limits,
          'Deployment notifications container notifications must request and limit cpu',
        ],
        [
          'a request exceeds its limit',
          (c) => (container(c, 'intake').resources!.requests!.memory = '1Gi'),
          'Deployment intake container intake requests more memory than its limit',
        ],
        [
          'the migration Job is not sized',
          (c) => delete jobContainer(c).resources,
          'Job motcua-migrate container migrate must request and limit memory',
        ],
        [
          'a StatefulSet names no headless Service',
          (c) => (redis(c).spec!.serviceName = 'motcua-redis'),
          'StatefulSet motcua-redis must name a headless Service of these manifests as its serviceName',
        ],
        [
          'a volume claim is never mounted',
          (c) => (redis(c).spec!.template.spec!.containers[0].volumeMounts![0].name = 'other'),
          'StatefulSet motcua-redis never mounts its volume claim data',
        ],
      ],
    ],
    [
      'security',
      [
        [
          'a pod may run as root',
          (c) => {
            podSpec(c, 'intake').securityContext!.runAsNonRoot = false;
            delete container(c, 'intake').securityContext!.runAsNonRoot;
          },
          'Deployment intake container intake must run as non-root (runAsNonRoot)',
        ],
        [
          'a container runs as uid 0',
          (c) => (redis(c).spec!.template.spec!.containers[0].securityContext!.runAsUser = 0),
          'StatefulSet motcua-redis container redis must run as non-root (runAsNonRoot)',
        ],
        [
          'the root filesystem is writable',
          (c) => (container(c, 'fees').securityContext!.readOnlyRootFilesystem = false),
          'Deployment fees container fees must have a read-only root filesystem',
        ],
        [
          'privilege escalation is allowed',
          (c) => (jobContainer(c).securityContext!.allowPrivilegeEscalation = true),
          'Job motcua-migrate container migrate must not allow privilege escalation',
        ],
        [
          'capabilities are kept',
          (c) => delete container(c, 'courier').securityContext!.capabilities,
          'Deployment courier container courier must drop ALL capabilities',
        ],
        [
          'no seccomp profile is set',
          (c) => delete podSpec(c, 'routing').securityContext!.seccompProfile,
          'Deployment routing container routing must use the RuntimeDefault seccomp profile',
        ],
        [
          "an app runs as another uid than the image's",
          (c) => (podSpec(c, 'gateway').securityContext!.runAsUser = 1000),
          "Deployment gateway container gateway must run as uid 10001, the image's user",
        ],
        [
          '/tmp is not a volume',
          (c) => (container(c, 'notifications').volumeMounts = []),
          'Deployment notifications container notifications must mount an emptyDir at /tmp',
        ],
      ],
    ],
    [
      'apps',
      [
        ['an app has no Deployment', (c) => remove(c, 'Deployment', 'fees'), 'Deployment fees is missing'],
        [
          'the image is told to start another app',
          (c) => (envVar(c, 'intake', 'MOTCUA_SERVICE').value = 'gateway'),
          'intake must set MOTCUA_SERVICE to intake',
        ],
        [
          'PORT is another app port',
          (c) => (envVar(c, 'routing', 'PORT').value = '3000'),
          'routing must set PORT to 3002',
        ],
        [
          'the container port is wrong',
          (c) => (container(c, 'courier').ports![0].containerPort = 8080),
          'courier must expose containerPort 3004 named http',
        ],
        [
          'readiness checks liveness',
          (c) => (container(c, 'routing').readinessProbe!.httpGet!.path = '/health/live'),
          'routing readinessProbe must GET /health/ready on port 3002',
        ],
        [
          'liveness checks the dependencies',
          (c) => (container(c, 'fees').livenessProbe!.httpGet!.path = '/health/ready'),
          'fees livenessProbe must GET /health/live on port 3003',
        ],
        [
          'the command is overridden',
          (c) => (container(c, 'notifications').command = ['node', 'dist/apps/gateway/src/main.js']),
          "notifications must run the image's default command",
        ],
        [
          'an app runs a foreign image',
          (c) => (container(c, 'gateway').image = 'docker.io/library/node:20.20-bookworm-slim'),
          'gateway must run the image ghcr.io/motcua/motcua',
        ],
        [
          'an app runs another release',
          (c) => (container(c, 'intake').image = 'ghcr.io/motcua/motcua:0.1.1'),
          'every app must run the same image (found ghcr.io/motcua/motcua:0.1.0, ghcr.io/motcua/motcua:0.1.1)',
        ],
      ],
    ],
    [
      'environment',
      [
        [
          'a required secret is not provided',
          (c) =>
            (container(c, 'intake').env = container(c, 'intake').env!.filter(
              (e) => e.name !== 'MOTCUA_DB_PASSWORD',
            )),
          'intake: MOTCUA_DB_PASSWORD is required (isString)',
        ],
        [
          "the gateway's signing secret is not provided",
          (c) =>
            (container(c, 'gateway').env = container(c, 'gateway').env!.filter(
              (e) => e.name !== 'MOTCUA_JWT_SECRET',
            )),
          'gateway: MOTCUA_JWT_SECRET is required (minLength, isString)',
        ],
        [
          'a ConfigMap value is invalid',
          (c) => (find<IConfigMap>(c, 'ConfigMap', 'motcua-gateway').data!.MOTCUA_JWT_TTL_SECONDS = '10'),
          'gateway: MOTCUA_JWT_TTL_SECONDS is invalid (min)',
        ],
        [
          'a log level is unknown',
          (c) => (platform(c).MOTCUA_LOG_LEVEL = 'verbose'),
          'courier: MOTCUA_LOG_LEVEL is invalid (isIn)',
        ],
        [
          'a ConfigMap is missing',
          (c) => remove(c, 'ConfigMap', 'motcua-platform'),
          'intake reads ConfigMap motcua-platform, which does not exist',
        ],
        [
          'a ConfigMap key is missing',
          (c) =>
            container(c, 'fees').env!.push({
              name: 'MOTCUA_LOG_LEVEL',
              valueFrom: { configMapKeyRef: { name: 'motcua-platform', key: 'LOG_LEVEL' } },
            }),
          'fees reads MOTCUA_LOG_LEVEL from ConfigMap motcua-platform key LOG_LEVEL, which does not exist',
        ],
        [
          'a Secret key is misspelt',
          (c) => (envVar(c, 'fees', 'MOTCUA_DB_PASSWORD').valueFrom!.secretKeyRef!.key = 'db-pasword'),
          'fees reads MOTCUA_DB_PASSWORD from Secret motcua-secrets key db-pasword, which is not declared',
        ],
        [
          'a whole Secret that is not declared is read',
          (c) => container(c, 'intake').envFrom!.push({ secretRef: { name: 'intake-extras' } }),
          'intake reads Secret intake-extras, which is not declared',
        ],
        [
          'an app gets a variable its Env drops',
          (c) => (platform(c).MOTCUA_PUBLIC_BASE_URL = 'https://motcua.invalid'),
          'gateway gets MOTCUA_PUBLIC_BASE_URL, which its Env class does not declare',
        ],
        [
          'a password is written in the manifest',
          (c) => {
            const password = envVar(c, 'courier', 'MOTCUA_DB_PASSWORD');
            delete password.valueFrom;
            password.value = 'hunter2';
          },
          'courier must take MOTCUA_DB_PASSWORD from a Secret',
        ],
        [
          'the database host is not the primary',
          (c) => (platform(c).MOTCUA_DB_HOST = 'postgres'),
          'routing must reach the database at motcua-postgres-rw',
        ],
        [
          'Redis is left at its default',
          (c) => delete platform(c).MOTCUA_REDIS_URL,
          'fees must reach Redis at a Service of these manifests, not 127.0.0.1',
        ],
        [
          'the apps run in development mode',
          (c) => (platform(c).NODE_ENV = 'development'),
          'intake must run with NODE_ENV=production',
        ],
      ],
    ],
    [
      'settings',
      [
        [
          'an optional secret is not wired',
          (c) => withoutEnv(c, 'notifications', 'MOTCUA_SMTP_URL'),
          'notifications declares MOTCUA_SMTP_URL (apps/notifications/src/config.ts) but Deployment ' +
            'notifications does not provide it: add it to a secretKeyRef in k8s/base/notifications.yaml (its ' +
            'Secret and key in DECLARED_SECRETS, test/deploy/k8s-rules.ts, and in k8s/README.md, "Secrets"), ' +
            'or to K8S_KEPT_DEFAULTS in test/deploy/k8s-rules.ts with the reason it keeps its default',
        ],
        [
          'a platform setting is left out',
          (c) => delete platform(c).MOTCUA_REDIS_PREFIX,
          'gateway declares MOTCUA_REDIS_PREFIX (libs/config/src/platform-env.ts) but Deployment gateway does not ' +
            'provide it: add it to ConfigMap motcua-platform in k8s/base/config.yaml, or to K8S_KEPT_DEFAULTS ' +
            'in test/deploy/k8s-rules.ts with the reason it keeps its default',
        ],
        [
          "an app's own setting is left out",
          (c) => delete configMap(c, 'motcua-gateway').MOTCUA_WEBHOOK_TIMEOUT_MS,
          'gateway declares MOTCUA_WEBHOOK_TIMEOUT_MS (apps/gateway/src/config.ts) but Deployment gateway does ' +
            'not provide it: add it to ConfigMap motcua-gateway in k8s/base/config.yaml, or to ' +
            'K8S_KEPT_DEFAULTS in test/deploy/k8s-rules.ts with the reason it keeps its default',
        ],
        [
          'a setting of an app without its own ConfigMap is left out',
          (c) => withoutEnv(c, 'fees', 'MOTCUA_CENTER_PLACE'),
          'fees declares MOTCUA_CENTER_PLACE (apps/fees/src/config.ts) but Deployment fees does not provide ' +
            'it: add it to the env of Deployment fees in k8s/base/fees.yaml, or to K8S_KEPT_DEFAULTS in ' +
            'test/deploy/k8s-rules.ts with the reason it keeps its default',
        ],
        [
          'the base both keeps a default and sets it',
          (c) => (configMap(c, 'motcua-courier').MOTCUA_COURIER_TRACKING_POLL_URL = 'https://post.invalid'),
          'K8S_KEPT_DEFAULTS lists MOTCUA_COURIER_TRACKING_POLL_URL for courier, which is given it: remove it',
        ],
        [
          'prod leaves the SMS providers optional, so messages could stay in the development sink',
          (c) => {
            envVar(c, 'notifications', 'MOTCUA_SMS_PROVIDERS').valueFrom!.secretKeyRef!.optional = true;
          },
          'notifications must require MOTCUA_SMS_PROVIDERS in prod (secretKeyRef optional: false)',
          'prod',
        ],
      ],
    ],
    [
      'shutdown',
      [
        [
          'the grace period is shorter than the drain',
          (c) => (podSpec(c, 'intake').terminationGracePeriodSeconds = 10),
          'intake terminationGracePeriodSeconds must exceed preStop (5000 ms) + MOTCUA_SHUTDOWN_DRAIN_MS (10000 ms)',
        ],
        [
          'the drain grows past the default grace period',
          (c) => {
            platform(c).MOTCUA_SHUTDOWN_DRAIN_MS = '25000';
            delete podSpec(c, 'fees').terminationGracePeriodSeconds;
          },
          'fees terminationGracePeriodSeconds must exceed preStop (5000 ms) + MOTCUA_SHUTDOWN_DRAIN_MS (25000 ms)',
        ],
      ],
    ],
    [
      'monitoring',
      [
        [
          'the scrape port is wrong',
          (c) => (deployment(c, 'fees').spec!.template.metadata!.annotations!['prometheus.io/port'] = '9090'),
          'fees pods must carry Prometheus scrape annotations for /metrics on 3003',
        ],
        [
          'scraping is off',
          (c) => delete deployment(c, 'gateway').spec!.template.metadata!.annotations,
          'gateway pods must carry Prometheus scrape annotations for /metrics on 3000',
        ],
      ],
    ],
    [
      'secrets',
      [
        [
          'a Secret with values is committed',
          (c) =>
            c.push({
              apiVersion: 'v1',
              kind: 'Secret',
              metadata: { name: 'motcua-secrets' },
              stringData: { 'db-password': 'hunter2' },
            }),
          'Secret motcua-secrets commits values: create it in the cluster instead',
        ],
        [
          'a ConfigMap holds a password',
          (c) => (platform(c).MOTCUA_DB_PASSWORD = 'hunter2'),
          'ConfigMap motcua-platform must not hold MOTCUA_DB_PASSWORD',
        ],
        [
          'a ConfigMap URL carries credentials',
          (c) => (platform(c).MOTCUA_REDIS_URL = 'redis://user:hunter2@motcua-redis:6379'),
          'ConfigMap motcua-platform MOTCUA_REDIS_URL holds credentials',
        ],
        [
          'the TLS Secret is not declared',
          (c) => (ingress(c).spec!.tls![0].secretName = 'other-tls'),
          'Ingress gateway references Secret other-tls, which is not declared',
        ],
        [
          'the TLS Secret is not a TLS Secret',
          (c) => (ingress(c).spec!.tls![0].secretName = 'motcua-secrets'),
          'Ingress gateway needs Secret motcua-secrets of type kubernetes.io/tls',
        ],
        [
          'a key of a Secret is not declared',
          (c) => (envVar(c, 'gateway', 'MOTCUA_JWT_SECRET').valueFrom!.secretKeyRef!.key = 'jwt'),
          'Deployment gateway MOTCUA_JWT_SECRET references key jwt of Secret motcua-secrets, which is not declared',
        ],
      ],
    ],
    [
      'services',
      [
        [
          'a Service selects nothing',
          (c) =>
            (find<IService>(c, 'Service', 'courier').spec!.selector!['app.kubernetes.io/name'] = 'couriers'),
          'Service courier selects no pod of these manifests',
        ],
        [
          'a Service targets a port nobody exposes',
          (c) => (find<IService>(c, 'Service', 'fees').spec!.ports![0].targetPort = 'metrics'),
          'Service fees targets port metrics, which its pods do not expose',
        ],
        [
          'an app has no Service',
          (c) => remove(c, 'Service', 'routing'),
          'Service routing on port 3002 is missing',
        ],
      ],
    ],
    [
      'autoscaling',
      [
        [
          'an app has no HPA',
          (c) => remove(c, 'HorizontalPodAutoscaler', 'notifications'),
          'notifications must have one HorizontalPodAutoscaler (has 0)',
        ],
        [
          'an HPA targets a Deployment that does not exist',
          (c) => (hpa(c, 'fees').spec!.scaleTargetRef.name = 'feez'),
          'HorizontalPodAutoscaler fees targets Deployment feez, which does not exist',
        ],
        [
          'minReplicas exceeds maxReplicas',
          (c) => (hpa(c, 'intake').spec!.minReplicas = 5),
          'intake HorizontalPodAutoscaler needs 1 <= minReplicas <= maxReplicas',
        ],
        [
          'the base allows a single replica',
          (c) => (hpa(c, 'routing').spec!.minReplicas = 1),
          'routing must keep at least 2 replicas outside dev (minReplicas 1)',
        ],
        [
          'the Deployment fixes replicas outside the HPA bounds',
          (c) => (deployment(c, 'courier').spec!.replicas = 10),
          'courier Deployment replicas fight its HorizontalPodAutoscaler bounds',
        ],
        [
          'an HPA is the old API',
          (c) => (hpa(c, 'gateway').apiVersion = 'autoscaling/v1' as never),
          'gateway HorizontalPodAutoscaler must be autoscaling/v2',
        ],
        [
          'an app has no PodDisruptionBudget',
          (c) => remove(c, 'PodDisruptionBudget', 'gateway'),
          'gateway must have one PodDisruptionBudget (has 0)',
        ],
        [
          'a budget allows no eviction',
          (c) => (pdb(c, 'fees').spec!.maxUnavailable = 0),
          'fees PodDisruptionBudget blocks every voluntary eviction at 2 replica(s)',
        ],
        [
          'a budget keeps every replica',
          (c) => {
            delete pdb(c, 'intake').spec!.maxUnavailable;
            pdb(c, 'intake').spec!.minAvailable = 2;
          },
          'intake PodDisruptionBudget blocks every voluntary eviction at 2 replica(s)',
        ],
        [
          'a budget covers every app',
          (c) =>
            (pdb(c, 'intake').spec!.selector = { matchLabels: { 'app.kubernetes.io/component': 'app' } }),
          'PodDisruptionBudget intake must cover only intake',
        ],
        [
          'a budget sets no bound',
          (c) => delete pdb(c, 'courier').spec!.maxUnavailable,
          'courier PodDisruptionBudget must set maxUnavailable or minAvailable',
        ],
      ],
    ],
    [
      'ingress',
      [
        [
          'the root path is a Prefix',
          (c) => (ingress(c).spec!.rules![0].http!.paths.find((p) => p.path === '/')!.pathType = 'Prefix'),
          'Ingress gateway path / (Prefix) exposes /metrics, /health/live, /health/ready',
        ],
        [
          'metrics are routed',
          (c) =>
            ingress(c).spec!.rules![0].http!.paths.push({
              path: '/metrics',
              pathType: 'Exact',
              backend: { service: { name: 'gateway', port: { name: 'http' } } },
            }),
          'Ingress gateway path /metrics (Exact) exposes /metrics',
        ],
        [
          'an internal app is routed',
          (c) => (ingress(c).spec!.rules![0].http!.paths[0].backend.service!.name = 'intake'),
          "Ingress gateway must route only to the gateway's http port (/api goes to intake:http)",
        ],
        [
          'TLS is off',
          (c) => delete ingress(c).spec!.tls,
          'Ingress gateway must serve motcua.invalid over TLS with a secretName',
        ],
        [
          'a page of the web UI is missing',
          (c) => {
            const paths = ingress(c).spec!.rules![0].http!.paths;
            paths.splice(
              paths.findIndex((p) => p.path === '/tra-cuu'),
              1,
            );
          },
          'Ingress gateway is missing /tra-cuu Prefix',
        ],
        [
          'there are two Ingresses',
          (c) =>
            c.push({ ...structuredClone(ingress(c)), metadata: { name: 'other' } } as unknown as K8sObject),
          'there must be one Ingress (found 2)',
        ],
        [
          'the host is a placeholder outside the base',
          () => undefined,
          'Ingress gateway host motcua.invalid is a placeholder',
          'prod',
        ],
        [
          "citizens' links point elsewhere",
          (c) => (center(c).MOTCUA_PUBLIC_BASE_URL = 'http://localhost:3000'),
          'notifications MOTCUA_PUBLIC_BASE_URL must be https://motcua.invalid',
        ],
        [
          "the slips' QR code points elsewhere",
          (c) => (envVar(c, 'intake', 'MOTCUA_PUBLIC_BASE_URL').valueFrom!.configMapKeyRef!.key = 'MOTCUA_X'),
          'intake MOTCUA_PUBLIC_BASE_URL must be https://motcua.invalid',
        ],
        [
          'unmatched requests fall through to a backend',
          (c) => (ingress(c).spec!.defaultBackend = { service: { name: 'gateway', port: { name: 'http' } } }),
          'Ingress gateway must not have a default backend',
        ],
        [
          'a rule has no host',
          (c) => delete ingress(c).spec!.rules![0].host,
          'Ingress gateway rules must name a host',
        ],
      ],
    ],
    [
      'network policies',
      [
        [
          'nothing is denied by default',
          (c) => remove(c, 'NetworkPolicy', 'default-deny'),
          'a default-deny NetworkPolicy (all pods, Ingress and Egress, no rules) is missing',
        ],
        [
          'every app takes traffic from the ingress controller',
          (c) =>
            (policy(c, 'gateway-from-ingress-controller').spec!.podSelector = {
              matchLabels: { 'app.kubernetes.io/component': 'app' },
            }),
          'intake accepts traffic from the ingress controller',
        ],
        [
          'the gateway takes traffic from anyone',
          (c) => delete policy(c, 'gateway-from-ingress-controller').spec!.ingress![0].from,
          'gateway accepts traffic from pods of other namespaces',
        ],
        [
          'the gateway takes traffic from an address range',
          (c) =>
            policy(c, 'gateway-from-ingress-controller').spec!.ingress![0].from!.push({
              ipBlock: { cidr: '10.0.0.0/8' },
            }),
          'gateway accepts traffic from an ipBlock',
        ],
        [
          'the ingress controller is shut out',
          (c) => remove(c, 'NetworkPolicy', 'gateway-from-ingress-controller'),
          'the ingress controller cannot reach the gateway on 3000',
        ],
        [
          'Prometheus may call any port',
          (c) => delete policy(c, 'apps-from-prometheus').spec!.ingress![0].ports,
          'notifications accepts Prometheus on ports other than 3005',
        ],
        [
          'Prometheus is shut out',
          (c) => remove(c, 'NetworkPolicy', 'apps-from-prometheus'),
          'Prometheus cannot scrape courier on 3004',
        ],
        [
          'DNS is shut out',
          (c) => remove(c, 'NetworkPolicy', 'allow-dns'),
          'routing cannot reach cluster DNS on 53',
        ],
        [
          'PostgreSQL refuses the apps',
          (c) => policy(c, 'postgres').spec!.ingress!.shift(),
          'intake cannot reach PostgreSQL motcua-postgres pods on 5432',
        ],
        [
          'the apps may reach PostgreSQL on any port',
          (c) => delete policy(c, 'apps-to-infrastructure').spec!.egress![0].ports,
          'fees may reach PostgreSQL motcua-postgres pods on ports other than 5432',
        ],
        [
          'the apps may reach every pod of the namespace',
          (c) => (policy(c, 'apps-to-infrastructure').spec!.egress![2].to = [{ podSelector: {} }]),
          'gateway may reach other pods of this namespace',
        ],
        [
          'the apps may reach the internet',
          (c) =>
            policy(c, 'apps-to-infrastructure').spec!.egress!.push({
              to: [{ ipBlock: { cidr: '0.0.0.0/0' } }],
            }),
          'routing may reach addresses outside the cluster',
        ],
        [
          'an app with providers may reach the internet on every port',
          (c) => delete policy(c, 'notifications-to-providers').spec!.egress![0].ports,
          'notifications may reach addresses outside the cluster on every port',
        ],
        [
          'an app with providers may reach the internet on another port',
          (c) => policy(c, 'fees-to-providers').spec!.egress![0].ports!.push({ protocol: 'TCP', port: 22 }),
          'fees may reach addresses outside the cluster on ports other than 443',
        ],
        [
          'an egress to every address keeps the metadata service open',
          (c) =>
            (policy(c, 'courier-to-providers').spec!.egress![0].to![0].ipBlock!.except = [
              '10.0.0.0/8',
              '172.16.0.0/12',
              '192.168.0.0/16',
            ]),
          'courier may reach closed ranges: an egress to 0.0.0.0/0 must except 10.0.0.0/8, 172.16.0.0/12, ' +
            '192.168.0.0/16, 169.254.0.0/16, 100.64.0.0/10',
        ],
        [
          'the mail server cannot be reached',
          (c) =>
            (policy(c, 'notifications-to-providers').spec!.egress![0].ports = [
              { protocol: 'TCP', port: 443 },
            ]),
          'notifications cannot reach its providers on 587',
        ],
        [
          "the department systems' webhooks cannot leave",
          (c) => remove(c, 'NetworkPolicy', 'gateway-to-department-systems'),
          'gateway cannot reach its providers on 443',
        ],
        [
          'the migration Job may reach anything',
          (c) => policy(c, 'apps-to-infrastructure').spec!.egress!.push({}),
          'the migration Job may reach pods of other namespaces',
        ],
        [
          'a policy selects no pod',
          (c) =>
            (policy(c, 'redis').spec!.podSelector = { matchLabels: { 'app.kubernetes.io/name': 'rediss' } }),
          'NetworkPolicy redis selects no pod',
        ],
      ],
    ],
    [
      'operators',
      [
        [
          'PostgreSQL runs one instance',
          (c) => (postgres(c).spec!.instances = 1),
          'Cluster motcua-postgres must run 3 instances (has 1)',
        ],
        [
          'PostgreSQL has no storage size',
          (c) => delete postgres(c).spec!.storage,
          'Cluster motcua-postgres must set spec.storage.size',
        ],
        [
          'the PostgreSQL image floats',
          (c) => (postgres(c).spec!.imageName = 'ghcr.io/cloudnative-pg/postgresql:latest'),
          'Cluster motcua-postgres imageName ghcr.io/cloudnative-pg/postgresql:latest must not use the latest tag',
        ],
        [
          'the database has another name than the apps use',
          (c) => (initdb(c).database = 'app'),
          'Cluster motcua-postgres must create database motcua (bootstrap.initdb.database)',
        ],
        [
          'a service role is not managed',
          (c) => roles(c).splice(4, 1),
          'Cluster motcua-postgres must manage role motcua_courier with login',
        ],
        [
          "a role takes another role's password",
          (c) => (roles(c)[1].passwordSecret = { name: 'motcua-db-fees' }),
          'Cluster motcua-postgres role motcua_intake must take its password from a basic-auth Secret for motcua_intake',
        ],
        [
          'the owner is not a member of a service role',
          (c) => {
            const sql = initdb(c).postInitApplicationSQL!;
            sql[sql.length - 1] = sql[sql.length - 1].replace(', motcua_notifications', '');
          },
          'Cluster motcua-postgres must create motcua_notifications at bootstrap and grant it to motcua',
        ],
        [
          'PostgreSQL is unsized',
          (c) => delete postgres(c).spec!.resources,
          'Cluster motcua-postgres must request and limit cpu',
        ],
        [
          'there are two PostgreSQL clusters',
          (c) => c.push({ ...structuredClone(postgres(c)), metadata: { name: 'other' } } as K8sObject),
          'there must be one CloudNativePG Cluster (found 2)',
        ],
        [
          'prod keeps no backup',
          () => undefined,
          'Cluster motcua-postgres must archive WAL through a backup plugin in prod',
          'prod',
        ],
        [
          'a backup schedule has five fields',
          (c) =>
            c.push({
              apiVersion: 'postgresql.cnpg.io/v1',
              kind: 'ScheduledBackup',
              metadata: { name: 'nightly' },
              spec: { schedule: '0 2 * * *', cluster: { name: 'motcua-postgres' } },
            }),
          'ScheduledBackup nightly schedule must have six fields (seconds first)',
        ],
        [
          'a backup names another cluster',
          (c) =>
            c.push({
              apiVersion: 'postgresql.cnpg.io/v1',
              kind: 'ScheduledBackup',
              metadata: { name: 'nightly' },
              spec: { schedule: '0 0 2 * * *', cluster: { name: 'postgres' } },
            }),
          'ScheduledBackup nightly backs up postgres, which is not a Cluster here',
        ],
        [
          'a backup uses a plugin the cluster does not enable',
          (c) =>
            c.push({
              apiVersion: 'postgresql.cnpg.io/v1',
              kind: 'ScheduledBackup',
              metadata: { name: 'nightly' },
              spec: {
                schedule: '0 0 2 * * *',
                cluster: { name: 'motcua-postgres' },
                method: 'plugin',
                pluginConfiguration: { name: 'barman-cloud.cloudnative-pg.io' },
              },
            }),
          'ScheduledBackup nightly uses plugin barman-cloud.cloudnative-pg.io, which its Cluster does not enable',
        ],
        [
          'prod archives to an object store that does not exist',
          (c) =>
            (postgres(c).spec!.plugins = [
              {
                name: 'barman-cloud.cloudnative-pg.io',
                isWALArchiver: true,
                parameters: { barmanObjectName: 'store' },
              },
            ]),
          'Cluster motcua-postgres archives to ObjectStore store, which does not exist',
          'prod',
        ],
        [
          'RabbitMQ runs one node',
          (c) => (rabbitmq(c).spec!.replicas = 1),
          'RabbitmqCluster motcua-rabbitmq must run 3 replicas (has 1)',
        ],
        [
          'RabbitMQ has no storage size',
          (c) => delete rabbitmq(c).spec!.persistence,
          'RabbitmqCluster motcua-rabbitmq must set spec.persistence.storage',
        ],
        [
          'the RabbitMQ image is untagged',
          (c) => (rabbitmq(c).spec!.image = 'rabbitmq'),
          'RabbitmqCluster motcua-rabbitmq image rabbitmq must be pinned to a tag',
        ],
        [
          "RabbitMQ is renamed under the apps' URL",
          (c) => (rabbitmq(c).metadata.name = 'broker'),
          "the apps' AMQP URL must point at broker, not motcua-rabbitmq",
        ],
      ],
    ],
    [
      'migration',
      [
        [
          'there is no migration Job',
          (c) => remove(c, 'Job', 'motcua-migrate'),
          'one Job must run node dist/scripts/migrate.js (found 0)',
        ],
        [
          'it runs another release',
          (c) => (jobContainer(c).image = 'ghcr.io/motcua/motcua:0.0.9'),
          "Job motcua-migrate must run the apps' image ghcr.io/motcua/motcua:0.1.0",
        ],
        [
          'it connects as someone else than the database owner',
          (c) =>
            (jobContainer(c).env![0].valueFrom!.secretKeyRef = {
              name: 'motcua-secrets',
              key: 'db-password',
            }),
          'Job motcua-migrate must take MOTCUA_DB_ADMIN_URL from Secret motcua-postgres-app key uri (the database owner)',
        ],
        [
          'it lacks the broker URL',
          (c) => (jobContainer(c).env = jobContainer(c).env!.filter((e) => e.name !== 'MOTCUA_AMQP_URL')),
          'Job motcua-migrate must set MOTCUA_AMQP_URL, which scripts/tools-config.ts reads: add it to ' +
            'k8s/base/migrate.yaml (from a Secret if it is one), or to MIGRATE_KEPT_DEFAULTS in ' +
            'test/deploy/k8s-rules.ts with the reason',
        ],
        [
          'it sets role passwords the apps do not use',
          (c) =>
            (jobContainer(c).env!.find((e) => e.name === 'MOTCUA_DB_PASSWORD')!.valueFrom!.secretKeyRef = {
              name: 'motcua-db-gateway',
              key: 'password',
            }),
          'Job motcua-migrate and the apps must share MOTCUA_DB_PASSWORD',
        ],
        [
          'it restarts forever',
          (c) => (job(c).spec!.template.spec!.restartPolicy = 'Always'),
          'Job motcua-migrate restartPolicy must be Never or OnFailure',
        ],
      ],
    ],
    [
      'redis',
      [
        [
          'it keeps nothing on a volume',
          (c) => delete redis(c).spec!.volumeClaimTemplates,
          'StatefulSet motcua-redis must keep /data on a volumeClaimTemplate',
        ],
        [
          'it does not persist',
          (c) => (redis(c).spec!.template.spec!.containers[0].args![2] = 'no'),
          'StatefulSet motcua-redis must persist with --appendonly yes',
        ],
        [
          'it evicts keys',
          (c) => (redis(c).spec!.template.spec!.containers[0].args![9] = 'allkeys-lru'),
          'StatefulSet motcua-redis must run with --maxmemory-policy noeviction (BullMQ)',
        ],
        [
          'the Redis Service listens on another port',
          (c) => (find<IService>(c, 'Service', 'motcua-redis').spec!.ports![0].port = 6380),
          'Service motcua-redis must serve Redis on 6379',
        ],
        [
          'the apps point at no Redis Service',
          (c) => remove(c, 'Service', 'motcua-redis'),
          'Redis (motcua-redis) must be a Service selecting a StatefulSet of these manifests',
        ],
      ],
    ],
    [
      'connection budget',
      [
        [
          'the gateway may scale past the database',
          (c) => (hpa(c, 'gateway').spec!.maxReplicas = 20),
          'Cluster motcua-postgres max_connections 300 is below the 413 connections the apps may open at their HPA maximum',
        ],
        [
          'the pools grow',
          (c) => (platform(c).MOTCUA_DB_POOL_SIZE = '20'),
          'Cluster motcua-postgres max_connections 300 is below the 493 connections the apps may open at their HPA maximum',
        ],
      ],
    ],
  ])('%s', (rule, cases) => {
    it.each(cases)('should report a problem when %s', (_, change, problem, profile = 'base') => {
      const broken = brokenCopy(change);

      const problems = K8S_RULES[rule](broken, profile);

      expect(problems).toContain(problem);
    });
  });

  it('should accept a department network an overlay opens on its own port when it names the range', () => {
    const broken = brokenCopy((c) =>
      policy(c, 'gateway-to-department-systems').spec!.egress!.push({
        to: [{ ipBlock: { cidr: '10.20.0.0/16' } }],
        ports: [{ protocol: 'TCP', port: 8443 }],
      }),
    );

    const problems = K8S_RULES['network policies'](broken, 'base');

    expect(problems).toEqual([]);
  });

  describe('settings added to an app', () => {
    class RoutingEnvWithNewSetting extends RoutingEnv {
      @IsString()
      MOTCUA_ROUTING_NEW_SETTING = 'x';

      @IsOptional()
      @IsString()
      MOTCUA_ROUTING_API_TOKEN?: string;
    }
    const envClasses = { ...ENV_CLASSES, routing: RoutingEnvWithNewSetting };

    it('should name the variable, the app and where to add it when the Deployment lacks it', () => {
      const problems = settingsProblems(base, 'base', envClasses);

      expect(problems).toContain(
        'routing declares MOTCUA_ROUTING_NEW_SETTING (apps/routing/src/config.ts) but Deployment routing does ' +
          'not provide it: add it to ConfigMap motcua-routing in k8s/base/config.yaml, or to K8S_KEPT_DEFAULTS ' +
          'in test/deploy/k8s-rules.ts with the reason it keeps its default',
      );
    });

    it('should ask for a Secret when the new variable names a credential', () => {
      const problems = settingsProblems(base, 'base', envClasses);

      expect(problems).toContain(
        'routing declares MOTCUA_ROUTING_API_TOKEN, a credential: add it to SECRET_VARIABLES in test/deploy/k8s-rules.ts',
      );
      expect(problems).toContainEqual(
        expect.stringMatching(
          /^routing declares MOTCUA_ROUTING_API_TOKEN \(apps\/routing\/src\/config\.ts\) .* add it to a secretKeyRef in k8s\/base\/routing\.yaml/,
        ),
      );
    });
  });

  describe('namespace', () => {
    it('should report objects outside the namespace when rendered', () => {
      const problems = namespaceProblems(base, true);

      expect(problems).toContain('ConfigMap motcua-platform must be in namespace motcua');
    });

    it('should report a missing namespace when read', () => {
      const problems = namespaceProblems(
        brokenCopy((c) => remove(c, 'Namespace', 'motcua')),
        false,
      );

      expect(problems).toEqual(['Namespace motcua is missing']);
    });
  });
});

describe('k8s/README.md', () => {
  const readme = readRepoFile('k8s/README.md');

  it('should tell how to create every Secret and read every dashboard metric when read', () => {
    const problems = readmeProblems(readme);

    expect(problems).toEqual([]);
  });

  it.each<[string, (text: string) => string, string]>([
    [
      'a metric is no longer described',
      (t) => t.replaceAll('motcua_outbox_lag_seconds', 'outbox lag'),
      'k8s/README.md must describe metric motcua_outbox_lag_seconds',
    ],
    [
      'a Secret key is no longer created',
      (t) => t.replaceAll('--from-literal=jwt-secret=', '--from-literal=jwt='),
      'k8s/README.md must create key jwt-secret of Secret motcua-secrets',
    ],
    [
      'the dead-letter replay is no longer shown',
      (t) => t.replaceAll('dead-letters.js replay', 'dead-letters.js'),
      'k8s/README.md must show node dist/scripts/dead-letters.js replay',
    ],
  ])('should report a problem when %s', (_, change, problem) => {
    const problems = readmeProblems(change(readme));

    expect(problems).toContain(problem);
  });
});

describe('docs/operations.md', () => {
  const guide = readRepoFile('docs/operations.md');
  const readme = readRepoFile('k8s/README.md');

  it('should link to sections k8s/README.md has and name every Secret and how to rotate it when read', () => {
    const problems = operationsGuideProblems(guide, readme);

    expect(problems).toEqual([]);
  });

  it.each<[string, (g: string) => string, (r: string) => string, string]>([
    [
      'a section it links to is renamed',
      (g) => g,
      (r) => r.replace('## Back up and restore (prod)', '## Backups'),
      'docs/operations.md links to #back-up-and-restore-prod, which k8s/README.md lacks',
    ],
    [
      'a Secret is no longer named',
      (g) => g.replace('`motcua-courier-providers`', 'the courier Secret'),
      (r) => r,
      'docs/operations.md must name Secret motcua-courier-providers',
    ],
    [
      'the rotation of a Secret is no longer told',
      (g) => g,
      (r) => r.replace('- Backup storage keys (`motcua-backup-s3`).', '- Backup storage keys.'),
      'k8s/README.md must tell how to rotate Secret motcua-backup-s3',
    ],
    [
      'the rotation of the service roles is no longer told',
      (g) => g,
      (r) => r.replace('the six `motcua-db-<service>`', 'the six role Secrets'),
      'k8s/README.md must tell how to rotate Secret motcua-db-fees',
    ],
  ])('should report a problem when %s', (_, changeGuide, changeReadme, problem) => {
    const problems = operationsGuideProblems(changeGuide(guide), changeReadme(readme));

    expect(problems).toContain(problem);
  });
});

const hasKubectl = kubectlAvailable();
const describeRendered = hasKubectl ? describe : describe.skip;
const renderedTitle = hasKubectl
  ? 'kubectl kustomize'
  : 'kubectl kustomize (SKIPPED: kubectl is not on PATH; the base was still checked as written)';

describeRendered(renderedTitle, () => {
  describe.each<[string, Profile]>([
    ['k8s/base', 'base'],
    ['k8s/overlays/dev', 'dev'],
    ['k8s/overlays/prod', 'prod'],
  ])('%s', (dir, profile) => {
    let rendered: K8sObject[];

    beforeAll(() => {
      rendered = renderKustomization(dir);
    });

    it('should put every object in the motcua namespace when rendered', () => {
      const problems = namespaceProblems(rendered, true);

      expect(problems).toEqual([]);
    });

    it.each(Object.keys(K8S_RULES))('should pass the %s rules when rendered', (rule) => {
      const problems = K8S_RULES[rule](rendered, profile);

      expect(problems).toEqual([]);
    });
  });

  it('should run one replica of everything on the dev overlay when rendered', () => {
    const dev = renderKustomization('k8s/overlays/dev');

    const replicas = dev.flatMap((o) => {
      const spec = (o.spec ?? {}) as {
        minReplicas?: number;
        maxReplicas?: number;
        instances?: number;
        replicas?: number;
      };
      if (o.kind === 'HorizontalPodAutoscaler') return [spec.minReplicas, spec.maxReplicas];
      if (o.kind === 'Cluster') return [spec.instances];
      if (o.kind === 'RabbitmqCluster' || o.kind === 'StatefulSet') return [spec.replicas];
      return [];
    });

    expect(new Set(replicas)).toEqual(new Set([1]));
  });

  it('should scale every app to at least three replicas on the prod overlay when rendered', () => {
    const prod = renderKustomization('k8s/overlays/prod');

    const minimums = prod
      .filter((o) => o.kind === 'HorizontalPodAutoscaler')
      .map((o) => (o as unknown as IHorizontalPodAutoscaler).spec!.minReplicas!);

    expect(minimums).toHaveLength(6);
    expect(Math.min(...minimums)).toBeGreaterThanOrEqual(3);
  });

  it('should fail the rendered overlay when a broken copy of it is checked', () => {
    const prod = renderKustomization('k8s/overlays/prod');
    find<IHorizontalPodAutoscaler>(prod, 'HorizontalPodAutoscaler', 'gateway').spec!.maxReplicas = 40;

    const problems = allProblems(prod, 'prod');

    expect(problems).toContain(
      'Cluster motcua-postgres max_connections 500 is below the 713 connections the apps may open at their HPA maximum',
    );
  });
});
