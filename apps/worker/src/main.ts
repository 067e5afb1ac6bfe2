import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, WORKER_VARIABLES } from '@ws/server-config';
import { WorkerModule } from './app/worker.module';

/** The worker role: a Nest application context with BullMQ processors and schedules, no HTTP. */
async function bootstrap(): Promise<void> {
  const config = loadConfig(WORKER_VARIABLES);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config));
  app.enableShutdownHooks();
  Logger.log(`Worker consuming queues with prefix "${config.BULLMQ_PREFIX}"`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  Logger.error(error instanceof Error ? error.message : String(error), 'Bootstrap');
  process.exit(1);
});
