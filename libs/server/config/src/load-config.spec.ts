import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, VARIABLES, VariableName } from './index';

describe('loadConfig', () => {
  it('applies defaults and parses values', () => {
    const config = loadConfig(['PORT', 'BULLMQ_PREFIX'], {});
    expect(config).toEqual({ PORT: 3000, BULLMQ_PREFIX: 'sla' });
  });

  it('names every bad or missing variable at once', () => {
    const attempt = () =>
      loadConfig(['DATABASE_URL', 'REDIS_URL', 'PORT'], { REDIS_URL: 'http://x', PORT: '70000' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems[0]).toMatch(/^DATABASE_URL is required/);
      expect(problems[1]).toMatch(/^REDIS_URL must use redis: or rediss:/);
      expect(problems[2]).toMatch(/^PORT must be between 1 and 65535, got 70000/);
    }
  });

  it('rejects a port that is not a number', () => {
    expect(() => loadConfig(['PORT'], { PORT: 'abc' })).toThrow(/PORT must be a whole number/);
  });

  it('reads the feed body idle timeout as a positive whole number of milliseconds', () => {
    expect(loadConfig(['FEED_BODY_IDLE_TIMEOUT_MS'], {})).toEqual({
      FEED_BODY_IDLE_TIMEOUT_MS: 20000,
    });
    const idle = (raw: string) => () =>
      loadConfig(['FEED_BODY_IDLE_TIMEOUT_MS'], { FEED_BODY_IDLE_TIMEOUT_MS: raw });
    expect(idle('500')()).toEqual({ FEED_BODY_IDLE_TIMEOUT_MS: 500 });
    expect(idle('0')).toThrow(/FEED_BODY_IDLE_TIMEOUT_MS must be between 1 and 600000, got 0/);
    expect(idle('1.5')).toThrow(/FEED_BODY_IDLE_TIMEOUT_MS must be a whole number, got "1.5"/);
  });

  it('reads the apply delay as whole milliseconds from 0 (at once) to a minute', () => {
    expect(loadConfig(['FEED_APPLY_DELAY_MS'], {})).toEqual({ FEED_APPLY_DELAY_MS: 1000 });
    const delay = (raw: string) => () =>
      loadConfig(['FEED_APPLY_DELAY_MS'], { FEED_APPLY_DELAY_MS: raw });
    expect(delay('0')()).toEqual({ FEED_APPLY_DELAY_MS: 0 });
    expect(delay('60001')).toThrow(/FEED_APPLY_DELAY_MS must be between 0 and 60000, got 60001/);
    expect(delay('-1')).toThrow(/FEED_APPLY_DELAY_MS must be a whole number, got "-1"/);
  });

  it('is described in the README, variable by variable', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    for (const name of Object.keys(VARIABLES) as VariableName[]) {
      expect(readme).toContain(`\`${name}\``);
    }
  });
});
