import { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedInterval1795500007000 implements MigrationInterface {
  name = 'FeedInterval1795500007000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "agency" ADD "feed_interval_hours" integer NOT NULL DEFAULT '24'`);
    await runner.query(`ALTER TABLE "agency" ADD CONSTRAINT "agency_feed_interval_hours_chk" CHECK (feed_interval_hours BETWEEN 1 AND 720)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "agency" DROP CONSTRAINT "agency_feed_interval_hours_chk"`);
    await runner.query(`ALTER TABLE "agency" DROP COLUMN "feed_interval_hours"`);
  }
}
