import { paidForItems } from "./paid-for-items";

describe(paidForItems.name, () => {
  const sut = paidForItems;
  // The order of promotion-rules.spec's "10 % off the order" case at 10 % tax: shirt 2000
  // (discount 200), 3 socks 1500 (discount 150), shipping 500, tax 365, total 4015.
  const lines = [
    { variantId: "shirt", quantity: 1, lineTotal: 2000, discount: 200 },
    { variantId: "socks", quantity: 3, lineTotal: 1500, discount: 150 },
  ];

  it.each([
    // tax over [1800, 1350, 500] = 365 -> [180, 135, 50]
    ["the discounted shirt, with its tax", [{ variantId: "shirt", quantity: 1 }], { amount: 1980 }],
    ["all socks", [{ variantId: "socks", quantity: 3 }], { amount: 1485 }],
    // 1485 over 3 units: 495 each
    ["one sock", [{ variantId: "socks", quantity: 1 }], { amount: 495 }],
    [
      "two socks asked in two parts",
      [
        { variantId: "socks", quantity: 1 },
        { variantId: "socks", quantity: 1 },
      ],
      { amount: 990 },
    ],
    ["more socks than bought", [{ variantId: "socks", quantity: 4 }], { invalid: 0 }],
    [
      "a variant not on the order",
      [
        { variantId: "shirt", quantity: 1 },
        { variantId: "hat", quantity: 1 },
      ],
      { invalid: 1 },
    ],
  ])("%s", async (_title, items, expected) => {
    await expect(Promise.resolve(sut(lines, 500, 365, items))).resolves.toEqual(expected);
  });

  it("every line in full plus shipping and its tax share is the order total", async () => {
    const all = sut(lines, 500, 365, [
      { variantId: "shirt", quantity: 1 },
      { variantId: "socks", quantity: 3 },
    ]);
    await expect(Promise.resolve(all)).resolves.toEqual({ amount: 4015 - 500 - 50 });
  });

  it("odd amounts: units of one line share the remainder, first units first", async () => {
    const odd = [{ variantId: "a", quantity: 3, lineTotal: 1000, discount: 0 }];
    // 1000 over 3 units: 334, 333, 333
    await expect(
      Promise.resolve(sut(odd, 0, 0, [{ variantId: "a", quantity: 1 }])),
    ).resolves.toEqual({ amount: 334 });
  });
});
