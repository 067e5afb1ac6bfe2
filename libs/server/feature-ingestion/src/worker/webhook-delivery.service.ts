import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { postJson } from './webhook-post';

const TIMEOUT_MS = 2000;
const PER_PASS = 100;

interface Claimed {
  id: string;
  agency_id: number;
  case_id: string;
  cycle: number;
  kind: string;
  at: Date;
  webhook_url: string | null;
}

/**
 * Best-effort webhook delivery of notifications: one POST per notification with a short timeout,
 * the outcome recorded on the row (`delivered`, `failed`, `no_webhook`). No retries.
 */
@Injectable()
export class WebhookDelivery {
  private readonly logger = new Logger(WebhookDelivery.name);

  constructor(private readonly dataSource: DataSource) {}

  async deliverPending(): Promise<number> {
    const claimed: Claimed[] = await this.dataSource.query(
      // A CTE around the UPDATE, so the driver returns the rows (not [rows, count]).
      `WITH claimed AS (
         UPDATE notification n SET webhook_status = 'sending'
         FROM sla_case sc, agency a
         WHERE n.id IN (SELECT id FROM notification WHERE webhook_status = 'pending' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
           AND sc.id = n.case_pk AND a.id = n.agency_id
         RETURNING n.id, n.agency_id, sc.case_id, n.cycle, n.kind, n.at, a.webhook_url)
       SELECT * FROM claimed ORDER BY id`,
      [PER_PASS],
    );
    for (const row of claimed) {
      const [status, detail] = await this.post(row);
      await this.dataSource.query(
        `UPDATE notification SET webhook_status = $2, webhook_detail = $3, webhook_at = now() WHERE id = $1`,
        [row.id, status, detail],
      );
    }
    return claimed.length;
  }

  private async post(row: Claimed): Promise<[string, string | null]> {
    if (!row.webhook_url) return ['no_webhook', null];
    try {
      const status = await postJson(row.webhook_url, { kind: row.kind, caseId: row.case_id, cycle: row.cycle, at: row.at.toISOString() }, TIMEOUT_MS);
      return [status >= 200 && status < 300 ? 'delivered' : 'failed', `HTTP ${status}`];
    } catch (error) {
      this.logger.warn(`Webhook for notification ${row.id} failed: ${String(error)}`);
      return ['failed', String(error).slice(0, 200)];
    }
  }
}
