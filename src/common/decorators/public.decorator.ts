import { SetMetadata, applyDecorators } from "@nestjs/common";
import { ApiExtension } from "@nestjs/swagger";

export const IS_PUBLIC = "storefront:isPublic";

/** Opts a route (or controller) out of the global JWT guard. */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension("x-public", true));
