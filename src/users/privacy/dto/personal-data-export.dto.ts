import { ApiProperty } from "@nestjs/swagger";
import { IsString, MaxLength, MinLength } from "class-validator";
import type { PersonalDataSection } from "../../../common/privacy/personal-data";
import { OrderDto } from "../../../orders/dto/order-response";
import { ReturnDto } from "../../../orders/returns/dto/return.dto";
import { StoreCreditExportDto } from "../../../payments/credit/dto/credit.dto";
import { PaymentDto } from "../../../payments/dto/payment.dto";
import { RefundDto } from "../../../payments/dto/refund.dto";
import { SecurityEventDto } from "../../../security/audit/dto/security-event.dto";
import { PASSWORD_MAX_LENGTH } from "../../../security/password-policy/password-policy";
import { AddressDto } from "../../dto/address.dto";
import { UserDto } from "../../dto/user.dto";

/** A login session (refresh tokens are never exported: only their hashes are kept). */
export class SessionExportDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ format: "date-time" })
  createdAt!: string;

  @ApiProperty({ format: "date-time" })
  expiresAt!: string;

  @ApiProperty({ type: String, format: "date-time", nullable: true })
  revokedAt!: string | null;

  /** Why it ended: `logout`, `logout_all`, `password_changed`, ... */
  @ApiProperty({ type: String, nullable: true })
  revokedReason!: string | null;
}

/** A message queued for the customer. Bodies are left out: they carry secrets (reset tokens). */
export class NotificationExportDto {
  @ApiProperty({ format: "uuid" })
  id!: string;

  @ApiProperty({ example: "auth.password_reset" })
  topic!: string;

  @ApiProperty({ type: String, nullable: true })
  subject!: string | null;

  @ApiProperty({ enum: ["pending", "sent", "failed"] })
  status!: string;

  @ApiProperty({ format: "date-time" })
  createdAt!: string;

  @ApiProperty({ type: String, format: "date-time", nullable: true })
  sentAt!: string | null;
}

/**
 * Everything Storefront keeps about one customer. Card data is never stored (payments hold the
 * brand and last four digits only); password hashes and token hashes are never exported.
 */
export class PersonalDataExportDto {
  @ApiProperty({ format: "date-time" })
  exportedAt!: string;

  @ApiProperty({ type: UserDto })
  profile!: UserDto;

  @ApiProperty({ type: [AddressDto] })
  addresses!: AddressDto[];

  /** Every order with its lines, oldest first. */
  @ApiProperty({ type: [OrderDto] })
  orders!: OrderDto[];

  /** Every payment of those orders, oldest first. */
  @ApiProperty({ type: [PaymentDto] })
  payments!: PaymentDto[];

  @ApiProperty({ type: [RefundDto] })
  refunds!: RefundDto[];

  @ApiProperty({ type: [SessionExportDto] })
  sessions!: SessionExportDto[];

  /** The security audit trail about the account (logins, password changes, ...), oldest first. */
  @ApiProperty({ type: [SecurityEventDto] })
  securityEvents!: SecurityEventDto[];

  /** Messages sent or queued to the account's email. */
  @ApiProperty({ type: [NotificationExportDto] })
  notifications!: NotificationExportDto[];

  /** Every return of the customer's orders with its items, reasons and status history, oldest first. */
  @ApiProperty({ type: [ReturnDto] })
  returns!: ReturnDto[];

  /** Store credit per currency: the balance and every ledger movement. */
  @ApiProperty({ type: [StoreCreditExportDto] })
  storeCredit!: StoreCreditExportDto[];
}

export class EraseMyAccountDto {
  /** The account's current password, to confirm. */
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, format: "password" })
  password!: string;
}

/** Fails to compile when the DTO and PERSONAL_DATA_SECTIONS list different sections. */
type SectionsOf<T> = Exclude<keyof T, "exportedAt" | "profile">;
export type ExportSectionsAgree = [SectionsOf<PersonalDataExportDto>] extends [PersonalDataSection]
  ? [PersonalDataSection] extends [SectionsOf<PersonalDataExportDto>]
    ? true
    : never
  : never;
export const EXPORT_SECTIONS_AGREE: ExportSectionsAgree = true;
