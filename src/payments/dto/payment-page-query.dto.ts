import { PageQueryDto } from "../../common/pagination/page";

export class PaymentPageQueryDto extends PageQueryDto {}
