import { Module } from '@nestjs/common';
import { ErrorBudgetReport } from './budgets/error-budget-report.service';
import { ErrorBudgetsController } from './budgets/error-budgets.controller';
import { AcknowledgementService } from './breaches/acknowledgement.service';
import { BreachExportController } from './breaches/breach-export.controller';
import { BreachExportService } from './breaches/breach-export.service';
import { BreachReviewService } from './breaches/breach-review.service';
import { ReviewController } from './breaches/review.controller';
import { FeedFreshnessController } from './freshness/feed-freshness.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsService } from './notifications/notifications.service';
import { CaseTimelineController } from './timeline/case-timeline.controller';
import { CaseTimelineService } from './timeline/case-timeline.service';

/** Read and review side: case timelines, breach review, notifications, error budgets, feed freshness. */
@Module({
  controllers: [CaseTimelineController, BreachExportController, ReviewController, NotificationsController, ErrorBudgetsController, FeedFreshnessController],
  providers: [CaseTimelineService, BreachReviewService, BreachExportService, AcknowledgementService, NotificationsService, ErrorBudgetReport],
})
export class ReviewModule {}
