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
    await expect(
      Promise.resolve(sut(lines, 500, { tax: 365, taxInclusive: false }, items)),
    ).resolves.toEqual(expected);
  });

  it("every line in full plus shipping and its tax share is the order total", async () => {
    const all = sut(lines, 500, { tax: 365, taxInclusive: false }, [
      { variantId: "shirt", quantity: 1 },
      { variantId: "socks", quantity: 3 },
    ]);
    await expect(Promise.resolve(all)).resolves.toEqual({ amount: 4015 - 500 - 50 });
  });

  it("odd amounts: units of one line share the remainder, first units first", async () => {
    const odd = [{ variantId: "a", quantity: 3, lineTotal: 1000, discount: 0 }];
    // 1000 over 3 units: 334, 333, 333
    await expect(
      Promise.resolve(
        sut(odd, 0, { tax: 0, taxInclusive: false }, [{ variantId: "a", quantity: 1 }]),
      ),
    ).resolves.toEqual({ amount: 334 });
  });

  describe("with per-line tax stored at checkout", () => {
    // DE, inclusive: book 1070 (7 %: tax 70), shirt 2380 (19 %: 380), shipping 595 (95).
    const inclusive = [
      { variantId: "book", quantity: 2, lineTotal: 1070, discount: 0, tax: 70 },
      { variantId: "shirt", quantity: 1, lineTotal: 2380, discount: 0, tax: 380 },
    ];
    // US, exclusive: the same net amounts with tax added per line.
    const exclusive = [
      { variantId: "book", quantity: 2, lineTotal: 1000, discount: 100, tax: 63 },
      { variantId: "shirt", quantity: 1, lineTotal: 2000, discount: 0, tax: 140 },
    ];

    it("inclusive: a line's total already holds its tax, nothing is added", async () => {
      const order = { tax: 70 + 380 + 95, taxInclusive: true };
      await expect(
        Promise.resolve(sut(inclusive, 595, order, [{ variantId: "book", quantity: 1 }])),
      ).resolves.toEqual({ amount: 535 });
      await expect(
        Promise.resolve(sut(inclusive, 595, order, [{ variantId: "shirt", quantity: 1 }])),
      ).resolves.toEqual({ amount: 2380 });
    });

    it("exclusive: each line gives back its own stored tax, not a share of the order's", async () => {
      const order = { tax: 63 + 140 + 35, taxInclusive: false };
      // 900 + 63 = 963 over 2 units: 482, 481
      await expect(
        Promise.resolve(sut(exclusive, 500, order, [{ variantId: "book", quantity: 1 }])),
      ).resolves.toEqual({ amount: 482 });
      await expect(
        Promise.resolve(
          sut(exclusive, 500, order, [
            { variantId: "book", quantity: 2 },
            { variantId: "shirt", quantity: 1 },
          ]),
        ),
      ).resolves.toEqual({ amount: 963 + 2140 });
    });
  });
});
