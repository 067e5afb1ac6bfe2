import { DynamicModule, Module, Provider, Type } from '@nestjs/common';
import { JobProducer } from './job-producer';
import { RateLimiter } from './rate-limiter';
import { JobWorkerHost, WORKER_CONCURRENCY } from './job-worker-host';
import { JOB_HANDLERS, JobHandler, QUEUE_OPTIONS, QueueOptions } from './jobs';

@Module({})
export class QueueModule {
  /** The producer side, for every process that enqueues. */
  static forRoot(options: QueueOptions): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      providers: [{ provide: QUEUE_OPTIONS, useValue: options }, JobProducer, RateLimiter],
      exports: [QUEUE_OPTIONS, JobProducer, RateLimiter],
    };
  }

  /** The consumer side: runs the given handlers (which must cover every job exactly once). */
  static forWorker(options: {
    concurrency: number;
    handlers: Type<JobHandler>[];
    imports: DynamicModule['imports'];
  }): DynamicModule {
    const handlerProvider: Provider = {
      provide: JOB_HANDLERS,
      useFactory: (...handlers: JobHandler[]) => handlers,
      inject: options.handlers,
    };
    return {
      module: QueueModule,
      imports: options.imports,
      providers: [
        { provide: WORKER_CONCURRENCY, useValue: options.concurrency },
        handlerProvider,
        JobWorkerHost,
      ],
    };
  }
}
