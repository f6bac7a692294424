import { currencyExponent, formatMoney, isIsoCurrency } from "./currencies";

describe(formatMoney.name, () => {
  it.each([
    // amount, currency, expected
    [123456, "EUR", "1234.56 EUR"],
    [5, "EUR", "0.05 EUR"],
    [0, "USD", "0.00 USD"],
    [1234, "JPY", "1234 JPY"],
    [0, "JPY", "0 JPY"],
    [1234, "BHD", "1.234 BHD"],
    [7, "BHD", "0.007 BHD"],
    [12345, "CLF", "1.2345 CLF"],
    [-250, "GBP", "-2.50 GBP"],
  ])("%i %s is %s", async (amount, currency, expected) => {
    const sut = formatMoney;
    await expect(Promise.resolve(sut(amount, currency))).resolves.toBe(expected);
  });

  it("refuses a code that is not ISO 4217 and an amount that is not an integer", async () => {
    await expect(Promise.resolve().then(() => formatMoney(100, "XYZ"))).rejects.toThrow(RangeError);
    await expect(Promise.resolve().then(() => formatMoney(1.5, "EUR"))).rejects.toThrow(RangeError);
  });
});

describe(currencyExponent.name, () => {
  it.each([
    ["JPY", 0],
    ["KRW", 0],
    ["EUR", 2],
    ["GBP", 2],
    ["USD", 2],
    ["BHD", 3],
    ["KWD", 3],
    ["CLF", 4],
  ])("%s has %i decimals", async (currency, exponent) => {
    await expect(Promise.resolve(currencyExponent(currency))).resolves.toBe(exponent);
  });

  it("knows active codes only, in upper case", async () => {
    await expect(
      Promise.resolve([isIsoCurrency("EUR"), isIsoCurrency("eur"), isIsoCurrency("ABC")]),
    ).resolves.toEqual([true, false, false]);
  });
});
