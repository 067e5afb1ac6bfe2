import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `sla_backlog`: open cases by the state of their current cycle, per service, owner agency,
 * requesting agency and channel, kept by the worker with the cycles (docs/read-api.md). Filled here
 * by the count the read API made until now: open cases' open cycles with no later cycle.
 */
export class BacklogCounts1795500008000 implements MigrationInterface {
  name = 'BacklogCounts1795500008000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE "sla_backlog" ("service_id" integer NOT NULL, "agency_id" integer NOT NULL, "requesting_agency_id" integer NOT NULL, "channel" text NOT NULL, "running" integer NOT NULL DEFAULT '0', "paused" integer NOT NULL DEFAULT '0', "at_risk" integer NOT NULL DEFAULT '0', "breached" integer NOT NULL DEFAULT '0', CONSTRAINT "sla_backlog_pk" PRIMARY KEY ("service_id", "agency_id", "requesting_agency_id", "channel")) WITH (fillfactor = 50)`,
    );
    await runner.query(
      `INSERT INTO sla_backlog (service_id, agency_id, requesting_agency_id, channel, running, paused, at_risk, breached)
       SELECT k.service_id, k.agency_id, k.requesting_agency_id, k.channel,
         count(*) FILTER (WHERE c.status = 'running' AND NOT c.at_risk), count(*) FILTER (WHERE c.status = 'paused' AND NOT c.at_risk),
         count(*) FILTER (WHERE c.status IN ('running', 'paused') AND c.at_risk), count(*) FILTER (WHERE c.status = 'breached_open')
       FROM sla_case k JOIN sla_cycle c ON c.case_pk = k.id AND c.status IN ('running', 'paused', 'breached_open')
       WHERE k.open AND k.service_id IS NOT NULL
         AND NOT EXISTS (SELECT FROM sla_cycle later WHERE later.case_pk = c.case_pk AND later.cycle > c.cycle)
       GROUP BY 1, 2, 3, 4`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "sla_backlog"`);
  }
}
