import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { RotatedFeedKey } from '@ws/contracts';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import {
  findAgency,
  KEY_OVERLAP_HOURS,
  parseOverlap,
  rotateFeedKey,
} from '@ws/server-catalogue-store';
import { createFeedKey, SHOWN_KEY_LENGTH, writeAudit } from '@ws/server-database';
import { FieldChecker, IdParameter } from '@ws/server-validation';
import { DataSource } from 'typeorm';

export interface FeedKeyView {
  id: number;
  agency: string;
  label: string;
  keyPrefix: string;
  createdAt: string;
  revokedAt: string | null;
  /** Set once the key was rotated: it is refused from then on. */
  expiresAt: string | null;
}

const ROTATE_SCHEMA = {
  type: 'object',
  properties: {
    overlapHours: {
      type: 'integer',
      minimum: KEY_OVERLAP_HOURS.min,
      maximum: KEY_OVERLAP_HOURS.max,
      default: KEY_OVERLAP_HOURS.fallback,
      description: 'Hours the old key keeps working beside the new one',
    },
  },
  example: { overlapHours: 24 },
};

@ApiTags('administration')
@Roles('central_office')
@Controller('feed-keys')
export class FeedKeysController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'Feed keys (only their first characters; the keys themselves are not stored).',
  })
  @ApiOkResponse({ description: 'Every feed key, oldest first' })
  list(): Promise<FeedKeyView[]> {
    return this.dataSource.query(
      `SELECT k.id, a.code AS agency, k.label, k.key_prefix AS "keyPrefix", k.created_at AS "createdAt", k.revoked_at AS "revokedAt",
              k.expires_at AS "expiresAt"
       FROM feed_key k JOIN agency a ON a.id = k.agency_id ORDER BY k.id`,
    );
  }

  @Post()
  @ApiOperation({ summary: 'Create a key for {agency, label}; the key is returned once.' })
  @ApiCreatedResponse({ description: 'The new key, shown once' })
  @ApiBadRequestResponse({ description: 'A field breaks its rule' })
  @ApiNotFoundResponse({ description: 'No such agency' })
  async create(
    @Body() body: unknown,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ agency: string; key: string }> {
    const check = new FieldChecker(body);
    const agency = check.code('agency');
    const label = check.text('label', 100, true);
    check.done();
    return this.dataSource.transaction(async (manager) => {
      await findAgency(manager, agency);
      const key = await createFeedKey(manager.connection, agency, label);
      await writeAudit(manager, {
        actor: actorOf(user),
        action: 'create',
        entity: 'feed-key',
        entityKey: agency,
        before: null,
        after: { agency, label, keyPrefix: key.slice(0, SHOWN_KEY_LENGTH) },
      });
      return { agency, key };
    });
  }

  @Post(':id/rotate')
  @ApiOperation({
    summary: `Rotate a key: a new key for the same agency (returned once); the old one keeps working for {overlapHours} (${KEY_OVERLAP_HOURS.min}..${KEY_OVERLAP_HOURS.max}, default ${KEY_OVERLAP_HOURS.fallback}), then is refused. Audited.`,
  })
  @ApiParam({ name: 'id', example: 1 })
  @ApiBody({ schema: ROTATE_SCHEMA, required: false })
  @ApiCreatedResponse({
    description: 'The new key (shown once) and when the old one stops working',
  })
  @ApiBadRequestResponse({ description: 'overlapHours out of range' })
  @ApiNotFoundResponse({ description: 'No active key with that id' })
  @ApiConflictResponse({ description: 'The key was already rotated' })
  rotate(
    @Param('id', new IdParameter('id')) id: number,
    @Body() body: unknown,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RotatedFeedKey> {
    const overlapHours = parseOverlap(body);
    return this.dataSource.transaction((manager) =>
      rotateFeedKey(manager, id, overlapHours, actorOf(user)),
    );
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: "Revoke a key; the agency's system gets 401 from then on." })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiBadRequestResponse({ description: 'The id is not a number' })
  @ApiNotFoundResponse({ description: 'No active key with that id' })
  async revoke(
    @Param('id', new IdParameter('id')) id: number,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows: unknown[] = await manager.query(
        `UPDATE feed_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
        [id],
      );
      if (rows.length === 0) throw new NotFoundException(`No active feed key ${id}.`);
      await writeAudit(manager, {
        actor: actorOf(user),
        action: 'revoke',
        entity: 'feed-key',
        entityKey: String(id),
        before: null,
        after: null,
      });
    });
  }
}
