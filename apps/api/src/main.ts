import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { API_VARIABLES, loadConfig } from '@ws/server-config';
import { AppModule } from './app/app.module';
import { configureHttp } from './app/configure-http';

async function bootstrap(): Promise<void> {
  const config = loadConfig(API_VARIABLES);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: false,
  });
  configureHttp(app, config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, config.HOST);
  Logger.log(`API listening on http://localhost:${config.PORT}/api/v1`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  Logger.error(error instanceof Error ? error.message : String(error), 'Bootstrap');
  process.exit(1);
});
