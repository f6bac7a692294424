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

  async erase(subject: DataSubject): Promise<void> {
    await this.addresses.deleteAllOfUser(subject.userId);
  }
}
