import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';

/** Read side: figures from the rollups, never from raw events. */
@Module({ controllers: [MetricsController] })
export class MetricsModule {}
