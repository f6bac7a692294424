import { canonicalJson, requestFingerprint } from "./fingerprint";

describe(requestFingerprint.name, () => {
  const sut = requestFingerprint;

  it("ignores key order at every level", async () => {
    const a = sut("POST", "/api/v1/orders", { b: 1, a: { y: [1, { d: 2, c: 3 }], x: null } });
    const b = sut("POST", "/api/v1/orders", { a: { x: null, y: [1, { c: 3, d: 2 }] }, b: 1 });
    await expect(Promise.resolve(a)).resolves.toBe(b);
  });

  it.each([
    [{ a: 1 }, { a: 2 }],
    [{ a: 1 }, { a: "1" }],
    [
      [1, 2],
      [2, 1],
    ],
    [{}, null],
  ])("tells %j from %j", async (left, right) => {
    await expect(Promise.resolve(sut("POST", "/x", left))).resolves.not.toBe(
      sut("POST", "/x", right),
    );
  });

  it("tells paths and methods apart", async () => {
    await expect(Promise.resolve(sut("POST", "/a", {}))).resolves.not.toBe(sut("POST", "/b", {}));
    await expect(Promise.resolve(sut("POST", "/a", {}))).resolves.not.toBe(sut("PUT", "/a", {}));
  });

  it("drops undefined members like JSON does", async () => {
    await expect(Promise.resolve(canonicalJson({ a: undefined, b: 1 }))).resolves.toBe('{"b":1}');
  });
});
