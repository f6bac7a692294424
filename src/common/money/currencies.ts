/**
 * ISO 4217 minor-unit exponents of the active currency codes: how many decimals one minor unit
 * is worth (JPY 0, EUR 2, BHD 3, CLF 4). Amounts are stored and computed in minor units; the
 * exponent only matters where an amount is shown to a person (mails, notes) or a currency is
 * accepted (an unknown code is refused).
 */
const EXPONENTS_BY_DIGITS: Record<number, string> = {
  0: "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF",
  2:
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN " +
    "BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP " +
    "GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK " +
    "LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK " +
    "NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD " +
    "SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG " +
    "YER ZAR ZMW ZWG ZWL",
  3: "BHD IQD JOD KWD LYD OMR TND",
  4: "CLF UYW",
};

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  Object.entries(EXPONENTS_BY_DIGITS).flatMap(([digits, codes]) =>
    codes.split(" ").map((code) => [code, Number(digits)] as const),
  ),
);

/** True for an active ISO 4217 code (upper case). */
export function isIsoCurrency(code: string): boolean {
  return EXPONENTS.has(code);
}

/** The ISO 4217 exponent of `currency`; a RangeError for a code that is not in the table. */
export function currencyExponent(currency: string): number {
  const exponent = EXPONENTS.get(currency);
  if (exponent === undefined) throw new RangeError(`${currency} is not an ISO 4217 currency`);
  return exponent;
}

/**
 * An amount of minor units as a person reads it, with the currency's own decimals and no float
 * arithmetic: 123456 EUR is "1234.56 EUR", 1234 JPY "1234 JPY", 1234 BHD "1.234 BHD".
 */
export function formatMoney(amount: number, currency: string): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError("amount must be an integer");
  const exponent = currencyExponent(currency);
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : "";
  return `${amount < 0 ? "-" : ""}${whole}${fraction} ${currency}`;
}
