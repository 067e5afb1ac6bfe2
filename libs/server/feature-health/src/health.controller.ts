import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@ws/server-access';
import { JobProducer } from '@ws/server-queue';
import { DataSource } from 'typeorm';

export interface HealthResponse {
  status: 'ok' | 'degraded';
  postgres: 'up' | 'down';
  redis: 'up' | 'down';
}

const CHECK_TIMEOUT_MS = 2000;

async function probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: JobProducer,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Checks Postgres and Redis; 503 when either is down.' })
  async check(): Promise<HealthResponse> {
    const [postgres, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.producer.ping()),
    ]);
    const body: HealthResponse = { status: postgres === 'up' && redis === 'up' ? 'ok' : 'degraded', postgres, redis };
    if (body.status !== 'ok') throw new ServiceUnavailableException(`postgres ${postgres}, redis ${redis}`);
    return body;
  }
}
