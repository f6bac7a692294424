import { Global, Module } from "@nestjs/common";
import { JobRunner } from "./job-runner";

/** The background-job scheduler every feature module registers its jobs with. */
@Global()
@Module({ providers: [JobRunner], exports: [JobRunner] })
export class JobsModule {}
