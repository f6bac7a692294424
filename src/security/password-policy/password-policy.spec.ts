import { PasswordPolicy } from "./password-policy";

describe(PasswordPolicy.name, () => {
  const sut = new PasswordPolicy();

  it("ships a list of at least 1,000 common passwords of 12+ characters", () => {
    const list = PasswordPolicy.commonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(1000);
    expect([...list].every((p) => p.length >= 12)).toBe(true);
  });

  it.each(["password1234", "123456789012", "qwertyuiop12", "PASSWORD1234", "Qwertyuiop12"])(
    "refuses the common password %s (case-insensitively)",
    (password) => {
      expect(sut.check(password)).toEqual([
        { field: "password", message: expect.stringContaining("too common") },
      ]);
    },
  );

  it("refuses fewer than 12 characters, counting code points", () => {
    expect(sut.check("short-pass1")).toHaveLength(1);
    // 11 emoji are 22 UTF-16 units but 11 characters.
    expect(sut.check("😀".repeat(11))).toHaveLength(1);
    expect(sut.check("😀".repeat(12))).toEqual([]);
  });

  it("accepts 12 and 128 characters, refuses 129", () => {
    expect(sut.check("a-fine-pass!")).toEqual([]);
    expect(sut.check("x".repeat(127) + "y")).toEqual([]);
    expect(sut.check("x".repeat(128) + "y")).toHaveLength(1);
  });

  it("accepts a long passphrase with spaces and no composition rules", () => {
    expect(sut.check("correct horse battery staple")).toEqual([]);
  });

  it("names the field it checks", () => {
    expect(sut.check("short", "newPassword")[0].field).toBe("newPassword");
  });
});
