import { Injectable } from "@nestjs/common";
import {
  DataSubject,
  ERASED,
  PersonalDataContributor,
  mentionsPattern,
} from "../../common/privacy/personal-data";
import { ReturnsRepository } from "./returns.repository";
import { toReturnDto } from "./returns.service";

/**
 * Returns with their items and status history. They stay on erasure (they explain refunds and
 * credit, and the stock that came back); only the customer's free-text reasons can name them.
 */
@Injectable()
@PersonalDataContributor()
export class ReturnsPersonalData implements PersonalDataContributor {
  constructor(private readonly returns: ReturnsRepository) {}

  async exportData(subject: DataSubject) {
    const returns = await this.returns.findAllOfUser(subject.userId);
    const ids = returns.map((ret) => ret.id);
    const items = await this.returns.findItems(ids);
    const history = await this.returns.findHistory(ids);
    return { returns: returns.map((ret) => toReturnDto(ret, items, history)) };
  }

  async erase(subject: DataSubject): Promise<void> {
    await this.returns.redactReasons(subject.userId, mentionsPattern(subject), ERASED);
  }
}
