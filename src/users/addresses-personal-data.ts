import { Injectable } from "@nestjs/common";
import { DataSubject, PersonalDataContributor } from "../common/privacy/personal-data";
import { AddressesRepository } from "./addresses.repository";
import { toAddressDto } from "./addresses.service";

/** The address book: exported whole, deleted on erasure (orders keep their own snapshot). */
@Injectable()
@PersonalDataContributor()
export class AddressesPersonalData implements PersonalDataContributor {
  constructor(private readonly addresses: AddressesRepository) {}

  async exportData(subject: DataSubject) {
    return { addresses: (await this.addresses.findAllOfUser(subject.userId)).map(toAddressDto) };
  }

  async identifiers(subject: DataSubject): Promise<string[]> {
    return (await this.addresses.findAllOfUser(subject.userId)).flatMap((address) =>
      [address.fullName, address.line1, address.line2, address.phone].filter(
        (text): text is string => text !== null,
      ),
    );
  }

  async erase(subject: DataSubject): Promise<void> {
    await this.addresses.deleteAllOfUser(subject.userId);
  }
}
