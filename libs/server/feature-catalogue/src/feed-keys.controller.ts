import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import { findAgency } from '@ws/server-catalogue-store';
import { createFeedKey, writeAudit } from '@ws/server-database';
import { FieldChecker, IdParameter } from '@ws/server-validation';
import { DataSource } from 'typeorm';

export interface FeedKeyView {
  id: number;
  agency: string;
  label: string;
  keyPrefix: string;
  createdAt: string;
  revokedAt: string | null;
}

@ApiTags('administration')
@Roles('central_office')
@Controller('feed-keys')
export class FeedKeysController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Feed keys (only their first characters; the keys themselves are not stored).' })
  list(): Promise<FeedKeyView[]> {
    return this.dataSource.query(
      `SELECT k.id, a.code AS agency, k.label, k.key_prefix AS "keyPrefix", k.created_at AS "createdAt", k.revoked_at AS "revokedAt"
       FROM feed_key k JOIN agency a ON a.id = k.agency_id ORDER BY k.id`,
    );
  }

  @Post()
  @ApiOperation({ summary: 'Create a key for {agency, label}; the key is returned once.' })
  async create(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<{ agency: string; key: string }> {
    const check = new FieldChecker(body);
    const agency = check.code('agency');
    const label = check.text('label', 100, true);
    check.done();
    return this.dataSource.transaction(async (manager) => {
      await findAgency(manager, agency);
      const key = await createFeedKey(manager.connection, agency, label);
      await writeAudit(manager, { actor: actorOf(user), action: 'create', entity: 'feed-key', entityKey: agency, before: null, after: { agency, label, keyPrefix: key.slice(0, 10) } });
      return { agency, key };
    });
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a key; the agency\'s system gets 401 from then on.' })
  async revoke(@Param('id', new IdParameter('id')) id: number, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows: unknown[] = await manager.query(`UPDATE feed_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`, [id]);
      if (rows.length === 0) throw new NotFoundException(`No active feed key ${id}.`);
      await writeAudit(manager, { actor: actorOf(user), action: 'revoke', entity: 'feed-key', entityKey: String(id), before: null, after: null });
    });
  }
}
