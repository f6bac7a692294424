import { slugify } from "./validators";

describe(slugify.name, () => {
  it.each([
    ["Café Crème Mug!", "cafe-creme-mug"],
    ["  Heavy-duty   Hemp -- Joggers ", "heavy-duty-hemp-joggers"],
    ["100% Wool", "100-wool"],
    ["!!!", "item"],
    ["日本", "item"],
  ])("turns %j into %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("stays within the length limit without a trailing hyphen", () => {
    const sut = slugify(`${"a".repeat(179)} b`, 180);
    expect(sut.length).toBeLessThanOrEqual(180);
    expect(sut.endsWith("-")).toBe(false);
  });
});
