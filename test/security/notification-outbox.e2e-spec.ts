import {
  NotificationTransport,
  OutgoingNotification,
} from "../../src/notifications/notification-transport";
import { OutboxMessage, OutboxService } from "../../src/notifications/outbox.service";
import { OUTBOX_MAX_ATTEMPTS, OutboxWorker } from "../../src/notifications/outbox.worker";
import { TransactionHost } from "../../src/database/transaction-host";
import { createTestApp, TestApp } from "../support/test-app";

describe("Notification outbox", () => {
  let t: TestApp;
  let outbox: OutboxService;
  let worker: OutboxWorker;
  let transport: NotificationTransport;
  const handled: OutboxMessage[] = [];
  let failNext = 0;

  beforeAll(async () => {
    t = await createTestApp();
    outbox = t.app.get(OutboxService);
    worker = t.app.get(OutboxWorker);
    transport = t.app.get(NotificationTransport);
    outbox.registerHandler("test.handled", async (message) => {
      if (failNext > 0) {
        failNext -= 1;
        throw new Error("handler failed on purpose");
      }
      handled.push(message);
    });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    // Each test starts from an empty queue.
    await t.query("UPDATE outbox_messages SET status = 'sent' WHERE status = 'pending'");
    handled.length = 0;
  });

  const statusOf = async (id: string) =>
    (
      await t.query<{ status: string; attempts: number; last_error: string | null }>(
        "SELECT status, attempts, last_error FROM outbox_messages WHERE id = $1",
        [id],
      )
    )[0];

  it("writes in the caller's transaction: a rollback leaves no message", async () => {
    const tx = t.app.get(TransactionHost);
    await expect(
      tx.run(async () => {
        await outbox.enqueue({ topic: "test.rollback", recipient: "a@example.test" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(
      await t.query("SELECT 1 FROM outbox_messages WHERE topic = 'test.rollback'"),
    ).toHaveLength(0);
  });

  it("delivers notifications through the transport and marks them sent", async () => {
    const sent: OutgoingNotification[] = [];
    const spy = jest.spyOn(transport, "send").mockImplementation(async (n) => {
      sent.push(n);
    });
    const message = await outbox.enqueue({
      topic: "test.mail",
      recipient: "someone@example.test",
      subject: "Hello",
      body: "Body",
    });
    const result = await worker.runOnce();
    spy.mockRestore();
    expect(result).toMatchObject({ claimed: 1, sent: 1 });
    expect(sent).toEqual([{ to: "someone@example.test", subject: "Hello", body: "Body" }]);
    expect(await statusOf(message.id)).toEqual({ status: "sent", attempts: 1, last_error: null });
  });

  it("dispatches to the handler registered for the topic", async () => {
    const message = await outbox.enqueue({ topic: "test.handled", payload: { orderId: "o-1" } });
    await worker.runOnce();
    expect(handled).toEqual([
      expect.objectContaining({ id: message.id, payload: { orderId: "o-1" } }),
    ]);
    expect((await statusOf(message.id)).status).toBe("sent");
  });

  it("retries a failed delivery later with backoff, counting attempts", async () => {
    failNext = 1;
    const message = await outbox.enqueue({ topic: "test.handled" });
    const first = await worker.runOnce();
    expect(first).toMatchObject({ claimed: 1, retried: 1 });
    expect(await statusOf(message.id)).toEqual({
      status: "pending",
      attempts: 1,
      last_error: "handler failed on purpose",
    });
    // Not due yet: the backoff hides it.
    expect((await worker.runOnce()).claimed).toBe(0);
    await t.query("UPDATE outbox_messages SET available_at = now() WHERE id = $1", [message.id]);
    await worker.runOnce();
    expect(await statusOf(message.id)).toMatchObject({ status: "sent", attempts: 2 });
    expect(handled).toHaveLength(1);
  });

  it("gives up after the maximum attempts", async () => {
    failNext = 1;
    const message = await outbox.enqueue({ topic: "test.handled" });
    await t.query("UPDATE outbox_messages SET attempts = $2 - 1 WHERE id = $1", [
      message.id,
      OUTBOX_MAX_ATTEMPTS,
    ]);
    const result = await worker.runOnce();
    expect(result).toMatchObject({ failed: 1 });
    expect(await statusOf(message.id)).toMatchObject({
      status: "failed",
      attempts: OUTBOX_MAX_ATTEMPTS,
    });
  });

  it("a message without handler or recipient fails instead of vanishing", async () => {
    const message = await outbox.enqueue({ topic: "test.nowhere" });
    await worker.runOnce();
    expect(await statusOf(message.id)).toMatchObject({ status: "pending", attempts: 1 });
    expect((await statusOf(message.id)).last_error).toContain("No handler");
  });

  it("never hands one message to two concurrent workers", async () => {
    const ids: OutboxMessage[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push(await outbox.enqueue({ topic: "test.handled", payload: { i } }));
    }
    await Promise.all([worker.runOnce(), worker.runOnce(), worker.runOnce()]);
    const handledIds = handled.map((m) => m.id).sort();
    expect(handledIds).toEqual(ids.map((m) => m.id).sort());
    const rows = await t.query<{ attempts: number }>(
      "SELECT attempts FROM outbox_messages WHERE id = ANY($1)",
      [ids.map((m) => m.id)],
    );
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
  });
});
