import { AddressInfo, createServer, Server, Socket } from "node:net";
import { OutboxService } from "../../src/notifications/outbox.service";
import { OutboxWorker } from "../../src/notifications/outbox.worker";
import { candidatePorts } from "../support/cuttable-proxy";
import { ServerProcess, startServer, waitReady } from "../support/server-process";
import { createTestApp, TestApp } from "../support/test-app";

/** An SMTP server that accepts connections and never answers: a delivery hangs in it. */
async function silentSmtpServer(): Promise<{
  server: Server;
  port: number;
  connections: Socket[];
}> {
  const connections: Socket[] = [];
  const server = createServer((socket) => {
    connections.push(socket);
    socket.on("error", () => socket.destroy());
  });
  for (const candidate of candidatePorts()) {
    const listening = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(candidate, "127.0.0.1", () => resolve(true));
    });
    if (listening) return { server, port: (server.address() as AddressInfo).port, connections };
  }
  throw new Error("no free port for the SMTP server");
}

// Two processes on one database: PostgreSQL only.
const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

describeOnPostgres("Outbox claims of a crashed instance", () => {
  let survivor: TestApp;
  let crashing: ServerProcess | undefined;
  let smtp: Awaited<ReturnType<typeof silentSmtpServer>>;

  beforeAll(async () => {
    smtp = await silentSmtpServer();
    // The instance that survives; its jobs are driven by the test below.
    survivor = await createTestApp();
  });
  afterAll(async () => {
    if (crashing && crashing.child.exitCode === null) crashing.child.kill("SIGKILL");
    for (const socket of smtp.connections) socket.destroy();
    await new Promise((resolve) => smtp.server.close(resolve));
    await survivor.close();
  });

  const states = () =>
    survivor.query<{ status: string; attempts: number; leased: boolean }>(
      `SELECT status, attempts, available_at > now() AS leased
         FROM outbox_messages WHERE topic = 'test.crash' ORDER BY id`,
    );

  it("are taken over by another instance within 30 s of a SIGKILL", async () => {
    const outbox = survivor.app.get(OutboxService);
    for (let i = 0; i < 3; i++) {
      await outbox.enqueue({
        topic: "test.crash",
        recipient: `crash-${i}@example.test`,
        subject: "Order confirmed",
        body: "Your order is on its way.",
      });
    }

    // An instance on the same database claims them and hangs in delivery (SMTP never answers).
    crashing = await startServer({
      DATA_DIR: survivor.config.dataDir,
      DATABASE_URL: survivor.config.databaseUrl!,
      JOBS_ENABLED: "true",
      JOB_INTERVAL_MS: "200",
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    });
    await waitReady(crashing, 120_000);
    const deadline = Date.now() + 30_000;
    while (smtp.connections.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(smtp.connections.length).toBeGreaterThan(0);
    expect(await states()).toEqual(
      Array.from({ length: 3 }, () => ({ status: "pending", attempts: 1, leased: true })),
    );

    crashing.child.kill("SIGKILL");
    await crashing.exited;
    const killedAt = Date.now();

    // The survivor's outbox job ticks until everything is sent.
    const worker = survivor.app.get(OutboxWorker);
    while (Date.now() - killedAt < 30_000) {
      await worker.runOnce();
      if ((await states()).every((row) => row.status === "sent")) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const tookMs = Date.now() - killedAt;
    expect((await states()).map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
    expect(tookMs).toBeLessThan(30_000);
  }, 180_000);
});
