import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, loadAll } from "js-yaml";
import { loadConfig } from "../../src/config/app-config";
import { createTestApp, TestApp } from "../support/test-app";

const ROOT = join(__dirname, "../..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** Every variable the typed configuration reads, seen by handing it an environment that notes each read. */
function configNames(): Set<string> {
  const names = new Set<string>();
  const dataDir = mkdtempSync(join(tmpdir(), "storefront-config-"));
  const given: Record<string, string> = { DATA_DIR: dataDir, JWT_SECRET: "x".repeat(48) };
  try {
    loadConfig(
      new Proxy(given, {
        get: (target, name: string) => {
          names.add(name);
          return target[name];
        },
      }),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return names;
}
const CONFIG_NAMES = configNames();

interface Container {
  name: string;
  command?: string[];
  env?: { name: string; value?: string }[];
  ports?: { name: string; containerPort: number }[];
  readinessProbe?: { httpGet: { path: string; port: string } };
  livenessProbe?: { httpGet: { path: string; port: string } };
  startupProbe?: { httpGet: { path: string; port: string } };
  lifecycle?: { preStop?: { exec?: { command: string[] } } };
}
interface K8sObject {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec: {
    selector?: Record<string, unknown>;
    scaleTargetRef?: { kind: string; name: string };
    template?: {
      metadata?: { labels?: Record<string, string> };
      spec: { containers: Container[]; terminationGracePeriodSeconds?: number };
    };
  };
}

const manifests = (
  load(read("deploy/k8s/kustomization.yaml")) as { resources: string[] }
).resources.flatMap((file) => loadAll(read(`deploy/k8s/${file}`)) as K8sObject[]);
const ofKind = (kind: string) => manifests.filter((m) => m.kind === kind);
const containers = manifests.flatMap((m) => m.spec?.template?.spec.containers ?? []);

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  deploy?: { replicas?: number };
}
const compose = load(read("deploy/compose.yaml")) as { services: Record<string, ComposeService> };
const appServices = Object.entries(compose.services).filter(
  ([, service]) => service.image === "storefront:latest",
);

const dockerfile = read("Dockerfile");
const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;

/** A start command must be a built file that a package.json script also runs. */
function expectRealStartCommand(command: string[]): void {
  expect(command[0]).toBe("node");
  const file = command.slice(1).find((arg) => !arg.startsWith("--"));
  expect(existsSync(join(ROOT, file!))).toBe(true);
  expect(Object.values(scripts).some((script) => script.endsWith(command.join(" ")))).toBe(true);
}

/**
 * The server starts the same way everywhere: `npm run start:prod`'s command, with its V8 flags
 * (the young generation's size, which V8 fixes at start-up: src/lifecycle/heap-flags.ts).
 */
function expectServerStartCommand(command: string[]): void {
  expectRealStartCommand(command);
  expect(command).toEqual(scripts["start:prod"].split(" "));
}

describe("Deployment files agree with the code", () => {
  let t: TestApp;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, "dist/src/main.js"))) {
      throw new Error("dist/ is missing: run `npm run build` first");
    }
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("reads the configuration names from the code", () => {
    expect(CONFIG_NAMES.size).toBeGreaterThan(40);
    for (const name of ["PORT", "DATABASE_URL", "ROLE", "WEB_CONCURRENCY", "METRICS_PORT"]) {
      expect(CONFIG_NAMES).toContain(name);
    }
    // .env.example documents exactly what the config reads.
    const documented = [...read(".env.example").matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect(new Set(documented)).toEqual(CONFIG_NAMES);
  });

  it("the Dockerfile: multi-stage, production dependencies only, non-root, node as PID 1, a liveness HEALTHCHECK", async () => {
    const stages = [...dockerfile.matchAll(/^FROM \S+ AS (\S+)$/gm)].map((m) => m[1]);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
    // The runtime copies node_modules only from the production-dependencies stage.
    expect(runtime).toMatch(/COPY --from=deps [^\n]*\/app\/node_modules/);
    expect(runtime).not.toMatch(/COPY --from=build [^\n]*node_modules/);
    const user = /^USER (\S+)$/m.exec(runtime)?.[1];
    expect(user).toBeDefined();
    expect(["root", "0"]).not.toContain(user);
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(runtime)![1]) as string[];
    expectServerStartCommand(cmd);
    // `npm start` (build when stale, then the same server in its own process) too.
    const nodeFlags = (script: string) => script.split(" ").filter((arg) => arg.startsWith("--"));
    expect(nodeFlags(scripts.start)).toEqual(nodeFlags(scripts["start:prod"]));
    expect(nodeFlags(scripts.start).length).toBeGreaterThan(0);
    const healthPath = /HEALTHCHECK[\s\S]*?'(\/api\/v1\/health\/\w+)'/.exec(runtime)?.[1];
    expect(healthPath).toBe("/api/v1/health/live");
    await t.api.get(healthPath!).expect(200);
    const envNames = [...runtime.matchAll(/^\s*(?:ENV\s+)?([A-Z][A-Z0-9_]*)=\S+ ?\\?$/gm)].map(
      (match) => match[1],
    );
    expect(envNames).toEqual(["NODE_ENV", "HOST", "PORT", "METRICS_PORT", "DATA_DIR"]);
    for (const name of envNames) expect(CONFIG_NAMES).toContain(name);
    const ignored = read(".dockerignore");
    for (const entry of ["node_modules", ".env", "data", ".git"]) {
      expect(ignored.split("\n")).toContain(entry);
    }
  });

  it("compose: every variable exists in the config, the start commands exist, the roles are right", () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(["postgres", "redis", "migrate", "api", "worker", "nginx"]),
    );
    for (const [, service] of appServices) {
      for (const name of Object.keys(service.environment ?? {}))
        expect(CONFIG_NAMES).toContain(name);
    }
    expectRealStartCommand(compose.services.migrate.command!);
    expect(compose.services.api.environment?.ROLE).toBe("api");
    expect(compose.services.api.deploy?.replicas).toBeGreaterThan(1);
    expect(compose.services.worker.environment?.ROLE).toBe("worker");
    const upstream = read("deploy/nginx/upstream.compose.conf");
    expect(upstream).toMatch(/server api:3000 /);
  });

  it("Kubernetes: variables, probes on real routes, a preStop drain, the migration Job, Service and HPA", async () => {
    const configMap = ofKind("ConfigMap")[0];
    const secret = ofKind("Secret")[0];
    for (const name of [
      ...Object.keys(configMap.data ?? {}),
      ...Object.keys(secret.stringData ?? {}),
      ...containers.flatMap((c) => (c.env ?? []).map((e) => e.name)),
    ]) {
      expect(CONFIG_NAMES).toContain(name);
    }
    const port = Number(configMap.data?.PORT);
    const metricsPort = Number(configMap.data?.METRICS_PORT);

    const deployments = ofKind("Deployment");
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([
      "storefront-api",
      "storefront-worker",
    ]);
    const probePaths = new Set<string>();
    for (const deployment of deployments) {
      const [container] = deployment.spec.template!.spec.containers;
      expectServerStartCommand(container.command!);
      expect(container.ports).toEqual(
        expect.arrayContaining([
          { name: "http", containerPort: port },
          { name: "metrics", containerPort: metricsPort },
        ]),
      );
      expect(container.readinessProbe?.httpGet.path).toBe("/api/v1/health/ready");
      expect(container.livenessProbe?.httpGet.path).toBe("/api/v1/health/live");
      for (const probe of [
        container.readinessProbe,
        container.livenessProbe,
        container.startupProbe,
      ]) {
        if (!probe) continue;
        expect(probe.httpGet.port).toBe("http");
        probePaths.add(probe.httpGet.path);
      }
    }
    for (const path of probePaths) await t.api.get(path).expect(200);

    const api = deployments.find((d) => d.metadata.name === "storefront-api")!;
    const apiContainer = api.spec.template!.spec.containers[0];
    expect(apiContainer.env).toContainEqual({ name: "ROLE", value: "api" });
    expect(apiContainer.lifecycle?.preStop?.exec?.command).toEqual(["sleep", "5"]);
    // The pod's grace period covers the preStop sleep and the app's own drain.
    const graceSeconds = api.spec.template!.spec.terminationGracePeriodSeconds!;
    expect(graceSeconds).toBeGreaterThan(
      5 +
        Number(configMap.data?.SHUTDOWN_GRACE_SECONDS) +
        Number(configMap.data?.SHUTDOWN_TIMEOUT_MS) / 1000,
    );
    const worker = deployments.find((d) => d.metadata.name === "storefront-worker")!;
    expect(worker.spec.template!.spec.containers[0].env).toContainEqual({
      name: "ROLE",
      value: "worker",
    });

    const [job] = ofKind("Job");
    expectRealStartCommand(job.spec.template!.spec.containers[0].command!);
    expect(job.spec.template!.spec.containers[0].command).toEqual([
      "node",
      "dist/src/cli/migrate.js",
    ]);

    const [service] = ofKind("Service");
    expect(service.spec.selector).toEqual(api.spec.template!.metadata!.labels);
    const [hpa] = ofKind("HorizontalPodAutoscaler");
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: "Deployment", name: "storefront-api" });
  });

  it("nginx re-sends a written request only on the routes that honour an Idempotency-Key", () => {
    const site = read("deploy/nginx/storefront.conf");
    const block = /map "\$request_method \$uri" \$storefront_idempotent_route \{([^}]*)\}/.exec(
      site,
    )?.[1];
    expect(block).toBeDefined();
    const routes = [...block!.matchAll(/"~(\^[^"]+)" 1;/g)].map((m) => new RegExp(m[1]));
    const openapi = JSON.parse(read("openapi.json")) as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    const operations = Object.entries(openapi.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        // A path as nginx sees it, with an id where the template has a parameter.
        request: `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, "0b6e9a52-5d1c-4d2e-9d7a-1f2f3a4b5c6d")}`,
        keyed: (op.parameters ?? []).some(
          (p) => p.in === "header" && p.name.toLowerCase() === "idempotency-key",
        ),
      })),
    );
    expect(operations.filter((op) => op.keyed).length).toBeGreaterThanOrEqual(4);
    for (const op of operations) {
      expect({ ...op, resent: routes.some((route) => route.test(op.request)) }).toEqual({
        ...op,
        resent: op.keyed,
      });
    }
    // Each listed route is a real keyed operation (no stale entry).
    for (const route of routes) {
      expect(operations.some((op) => op.keyed && route.test(op.request))).toBe(true);
    }
    // Only keyed requests to those routes take the location that re-sends written requests.
    expect(site).toMatch(/"\$storefront_idempotent_route:\$http_idempotency_key"/);
    const directives = site.replace(/#.*$/gm, "");
    const resending = /location @storefront_resend_safe \{([^}]*)\}/.exec(directives)?.[1];
    expect(/proxy_next_upstream ([^;]*);/.exec(resending!)?.[1]).toMatch(/\bnon_idempotent\b/);
    const main = /location \/ \{([\s\S]*?)\n {2}\}/.exec(directives)?.[1];
    const mainRetries = /proxy_next_upstream ([^;]*);/.exec(main!)?.[1];
    expect(mainRetries).toBeDefined();
    expect(mainRetries).not.toMatch(/non_idempotent/);
  });

  // nginx is installed by scripts/ensure-nginx (CI and the cluster test run it); the syntax
  // check runs where it is present.
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path));
  (nginx ? it : it.skip)("the nginx configuration is valid for nginx itself", () => {
    const dir = mkdtempSync(join(tmpdir(), "storefront-nginx-"));
    try {
      const main = join(dir, "nginx.conf");
      writeFileSync(
        main,
        `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n` +
          `  access_log off;\n  client_body_temp_path ${dir};\n` +
          `  upstream storefront_api { server 127.0.0.1:1 max_fails=2 fail_timeout=5s; keepalive 8; }\n` +
          `  include ${join(ROOT, "deploy/nginx/storefront.conf")};\n}\n`,
      );
      expect(() =>
        execFileSync(nginx!, ["-t", "-q", "-p", dir, "-c", main], { stdio: "pipe" }),
      ).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
