import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { NotificationListResponse, REVIEW_NOTIFICATION_KINDS } from '@ws/contracts';
import { AgencyScoped, AuthenticatedUser, CurrentUser } from '@ws/server-access';
import { NotificationsService } from './notifications.service';

const EXAMPLE: NotificationListResponse = {
  page: 1,
  pageSize: 50,
  total: 2,
  items: [
    { id: '1290', kind: 'burn_rate_fast', agency: 'MOI', caseId: null, cycle: null, service: 'MOI-RP-RENEW', quarter: '2026-Q4', at: '2026-11-27T10:50:00.000Z', createdAt: '2026-11-27T10:50:00.000Z', burnRate3d: 2.5, burnRate14d: 1.4 },
    { id: '1289', kind: 'breached', agency: 'MOI', caseId: 'RP-2026-000123', cycle: 1, service: 'MOI-RP-RENEW', quarter: null, at: '2026-11-25T04:00:00.000Z', createdAt: '2026-11-25T04:00:02.000Z', burnRate3d: null, burnRate14d: null },
  ],
};

@ApiTags('review')
@AgencyScoped(403)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'In-app notifications (at risk 50%/75%, breached, burn-rate alerts), newest first; agency managers see their own agency only.' })
  @ApiQuery({ name: 'agency', required: false, example: 'MOI' })
  @ApiQuery({ name: 'kind', required: false, enum: REVIEW_NOTIFICATION_KINDS })
  @ApiQuery({ name: 'since', required: false, example: '2026-11-27T00:00:00+03:00', description: 'Only notifications created at or after this instant' })
  @ApiQuery({ name: 'page', required: false, example: 1 })
  @ApiQuery({ name: 'pageSize', required: false, example: 50 })
  @ApiOkResponse({ description: 'One page of notifications with the total', schema: { example: EXAMPLE } })
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthenticatedUser): Promise<NotificationListResponse> {
    return this.notifications.list(user, query);
  }
}
