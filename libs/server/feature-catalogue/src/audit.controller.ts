import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '@ws/server-access';
import { DataSource } from 'typeorm';

@ApiTags('administration')
@Roles('central_office', 'leadership')
@Controller('audit-log')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiQuery({ name: 'entity', required: false })
  @ApiQuery({ name: 'key', required: false })
  @ApiOperation({ summary: 'The latest changes (who, when, what, before and after), newest first.' })
  list(@Query('entity') entity?: string, @Query('key') key?: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT id, at, actor, action, entity, entity_key AS "entityKey", before, after FROM audit_log
       WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR entity_key = $2)
       ORDER BY id DESC LIMIT 500`,
      [entity ?? null, key ?? null],
    );
  }
}
