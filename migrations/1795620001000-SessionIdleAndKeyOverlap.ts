import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionIdleAndKeyOverlap1795620001000 implements MigrationInterface {
  name = 'SessionIdleAndKeyOverlap1795620001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE "user_session" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await runner.query(`ALTER TABLE "feed_key" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "feed_key" DROP COLUMN "expires_at"`);
    await runner.query(`ALTER TABLE "user_session" DROP COLUMN "last_seen_at"`);
  }
}
