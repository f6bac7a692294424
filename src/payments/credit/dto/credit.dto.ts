import { ApiProperty } from "@nestjs/swagger";
import {
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  NotEquals,
} from "class-validator";
import { Page, PageOf, PageQueryDto } from "../../../common/pagination/page";
import {
  CREDIT_TRANSACTION_TYPES,
  type CreditTransactionType,
} from "../entities/credit-transaction.entity";

export class CreditAccountQueryDto extends PageQueryDto {}

/** One movement of store credit. */
export class CreditTransactionDto {
  /** @example "6f1c2f9e-3b1a-4c55-9a55-0c1f7b3a9d10" */
  id!: string;

  @ApiProperty({ enum: CREDIT_TRANSACTION_TYPES, example: "issued" })
  type!: CreditTransactionType;

  /**
   * Signed, in minor units: positive adds to the balance.
   * @example 1500
   */
  @ApiProperty({ type: "integer", example: 1500 })
  amount!: number;

  /** @example "USD" */
  currency!: string;

  /**
   * What caused it: `payment:<id>`, `return:<id>`, `refund:<id>`, `admin:<id>` or
   * `erasure:<user id>` (credit forfeited when an admin erased the account).
   * @example "return:0b8f4a8e-1d55-4f3c-8d0e-2a1e5b9f7c11"
   */
  reference!: string;

  /** The admin's reason for an issue or adjustment; null otherwise. */
  @ApiProperty({ type: String, nullable: true, example: null })
  reason!: string | null;

  /** @example "2026-12-04T17:00:00.000Z" */
  createdAt!: string;
}

/** How much store credit the customer has and owes in one currency. */
export class CreditBalanceDto {
  /** @example "USD" */
  currency!: string;

  /**
   * Store credit available, in minor units (never negative).
   * @example 1500
   */
  @ApiProperty({ type: "integer", example: 1500, minimum: 0 })
  balance!: number;

  /**
   * What the customer owes: the totals of their orders awaiting payment.
   * @example 0
   */
  @ApiProperty({ type: "integer", example: 0, minimum: 0 })
  owed!: number;
}

/** A customer's store credit in one currency, for the export of their data. */
export class StoreCreditExportDto {
  /** @example "USD" */
  currency!: string;

  /**
   * Store credit available, in minor units (the sum of `movements`).
   * @example 1500
   */
  @ApiProperty({ type: "integer", example: 1500, minimum: 0 })
  balance!: number;

  /** Every movement in this currency, oldest first. */
  @ApiProperty({ type: [CreditTransactionDto] })
  movements!: CreditTransactionDto[];
}

/** "How much do I have, how much do I owe": balances per currency and recent movements. */
export class CreditAccountDto {
  @ApiProperty({ type: [CreditBalanceDto] })
  balances!: CreditBalanceDto[];

  /** Newest first; page with `limit` and `cursor`. */
  @ApiProperty({ type: PageOf(CreditTransactionDto) })
  movements!: Page<CreditTransactionDto>;
}

export const CREDIT_CHANGE_KINDS = ["issue", "adjust"] as const;

/** An admin issues store credit or corrects it. */
export class CreditChangeDto {
  /** `issue` gives credit (amount > 0); `adjust` corrects it either way (never below zero). */
  @ApiProperty({ enum: CREDIT_CHANGE_KINDS, example: "issue" })
  @IsIn(CREDIT_CHANGE_KINDS)
  kind!: (typeof CREDIT_CHANGE_KINDS)[number];

  /**
   * In minor units; negative only for `adjust`.
   * @example 1500
   */
  @ApiProperty({ type: "integer", example: 1500, minimum: -100_000_000, maximum: 100_000_000 })
  @IsInt()
  @NotEquals(0)
  @Min(-100_000_000)
  @Max(100_000_000)
  amount!: number;

  /** ISO 4217. @example "USD" */
  @IsString()
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/, { message: "currency must be an ISO 4217 code" })
  currency!: string;

  /**
   * Why, for the audit trail (kept on the ledger row).
   * @example "Goodwill: late delivery"
   */
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}
