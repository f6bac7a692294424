import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiFetch, NoAnswerError } from "../support/contract-fetch";

const DIST = join(__dirname, "../../dist/src");
const ADMIN = { email: "backup-admin@storefront.test", password: "backup-admin-password-1" };
const ADDRESS = {
  fullName: "Ada Lovelace",
  line1: "1 Analytical Way",
  city: "London",
  postalCode: "N1 9GU",
  country: "GB",
};

// Response bodies are read loosely here; their contracts are checked by their own tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = { status: number; body: any };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The embedded database only: DATABASE_URL and REDIS_URL are left out on purpose. */
function envFor(dataDir: string, port = 0): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    SEED_DEMO_DATA: "false",
    JOBS_ENABLED: "false",
    JWT_SECRET: "backup-test-secret-that-is-long-enough-0123456789",
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  };
}

function cli(script: string, args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [join(DIST, "cli", script), ...args], {
    env,
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(DIST, "main.js")], {
    env: envFor(dataDir, port),
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    try {
      if ((await apiFetch(`${base}/health/ready`)).status === 200) return { child, base };
    } catch (error) {
      if (!(error instanceof NoAnswerError)) throw error; // a contract failure, not "not listening yet"
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The server did not become ready");
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await apiFetch(`${base}${path}`, {
    method,
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function ok(reply: Promise<Reply>, status: number) {
  const res = await reply;
  if (res.status !== status)
    throw new Error(`Expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * `npm run backup` and `npm run restore` as an operator runs them on the embedded database:
 * a store with a customer, an order and its payment is backed up, restored into a fresh data
 * directory, and a server started on the copy finds everything.
 */
describe("Backup and restore of the embedded database", () => {
  let root: string;
  const servers: ChildProcess[] = [];

  beforeAll(() => {
    if (!existsSync(join(DIST, "cli", "backup.js"))) {
      throw new Error("dist/ is missing: run `npm run build` first");
    }
    root = mkdtempSync(join(tmpdir(), "storefront-backup-"));
  });
  afterAll(async () => {
    for (const child of servers) await stop(child);
    rmSync(root, { recursive: true, force: true });
  });

  it("backs up a store and restores it into a fresh data directory, where the server finds everything", async () => {
    const original = join(root, "original");
    const restored = join(root, "restored");
    const backupFile = join(root, "store.tar.gz");

    const first = await startServer(original);
    servers.push(first.child);
    const admin = await ok(call(first.base, "POST", "/auth/login", ADMIN), 200);
    const adminAuth = { authorization: `Bearer ${admin.accessToken}` };
    const sku = `BKP-${randomUUID().slice(0, 8).toUpperCase()}`;
    const product = await ok(
      call(
        first.base,
        "POST",
        "/products",
        { name: `Backed up ${sku}`, status: "active", variants: [{ sku, price: 2500, stock: 10 }] },
        adminAuth,
      ),
      201,
    );
    const customer = {
      email: `backup-${randomUUID().slice(0, 8)}@example.test`,
      password: "Backup-Customer-Password-1",
      name: "Backed Up",
    };
    await ok(call(first.base, "POST", "/auth/register", customer), 201);
    const tokens = await ok(
      call(first.base, "POST", "/auth/login", {
        email: customer.email,
        password: customer.password,
      }),
      200,
    );
    const auth = { authorization: `Bearer ${tokens.accessToken}` };
    await ok(
      call(
        first.base,
        "POST",
        "/cart/items",
        { variantId: product.variants[0].id, quantity: 2 },
        auth,
      ),
      201,
    );
    await ok(call(first.base, "PUT", "/cart/shipping-method", { code: "standard" }, auth), 200);
    const order = await ok(
      call(
        first.base,
        "POST",
        "/orders",
        { shippingAddress: ADDRESS },
        { ...auth, "idempotency-key": randomUUID() },
      ),
      201,
    );
    const payment = await ok(
      call(
        first.base,
        "POST",
        `/orders/${order.id}/payments`,
        { paymentMethod: "pm_card_visa" },
        { ...auth, "idempotency-key": randomUUID() },
      ),
      201,
    );
    expect(payment.status).toBe("succeeded");

    // While the server has the database open, a backup is refused with a clear reason.
    const refused = cli("backup.js", [backupFile], envFor(original));
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/Backup failed: .*in use by process \d+.*stop the server first/);
    expect(existsSync(backupFile)).toBe(false);

    await stop(first.child);
    const backup = cli("backup.js", [backupFile], envFor(original));
    expect(backup).toMatchObject({ status: 0 });
    expect(statSync(backupFile).size).toBeGreaterThan(1000);

    // A restore never overwrites a database.
    const occupied = cli("restore.js", [backupFile], envFor(original));
    expect(occupied.status).toBe(1);
    expect(occupied.output).toMatch(/already holds a database/);

    expect(cli("restore.js", [backupFile], envFor(restored))).toMatchObject({ status: 0 });
    const second = await startServer(restored);
    servers.push(second.child);
    const again = await ok(
      call(second.base, "POST", "/auth/login", {
        email: customer.email,
        password: customer.password,
      }),
      200,
    );
    const authAgain = { authorization: `Bearer ${again.accessToken}` };
    const orderAgain = await ok(
      call(second.base, "GET", `/orders/${order.id}`, undefined, authAgain),
      200,
    );
    expect(orderAgain).toMatchObject({ id: order.id, status: "paid", total: order.total });
    const payments = await ok(
      call(second.base, "GET", `/orders/${order.id}/payments`, undefined, authAgain),
      200,
    );
    expect(payments.data).toEqual([
      expect.objectContaining({ id: payment.id, status: "succeeded", amount: order.total }),
    ]);
    const productAgain = await ok(call(second.base, "GET", `/products/${product.id}`), 200);
    expect(productAgain.variants[0]).toMatchObject({ sku, price: 2500, stock: 8 });
    await stop(second.child);
  }, 400_000);

  it("refuses a restore of a file that is not there", () => {
    const dir = join(root, "empty");
    mkdirSync(dir, { recursive: true });
    const res = cli("restore.js", [join(root, "missing.tar.gz")], envFor(dir));
    expect(res.status).toBe(1);
    expect(res.output).toMatch(/Restore failed: .*missing\.tar\.gz does not exist/);
  });
});
