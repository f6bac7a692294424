import { Module } from "@nestjs/common";
import { TerminusModule } from "@nestjs/terminus";
import { HealthController } from "./health.controller";
import { ShutdownState } from "./shutdown-state";

@Module({
  imports: [TerminusModule.forRoot({ logger: false, errorLogStyle: "json" })],
  controllers: [HealthController],
  providers: [ShutdownState],
  exports: [ShutdownState],
})
export class HealthModule {}
