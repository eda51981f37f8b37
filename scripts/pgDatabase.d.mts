export declare const DEFAULT_PG_ADMIN_URL: string
export declare const PG_HOWTO: string
export declare const pgAdminUrl: (env?: NodeJS.ProcessEnv) => string
export declare const databaseUrl: (adminUrl: string, database: string) => string
export declare const scratchName: (purpose: string) => string
export declare const createDatabase: (name: string, adminUrl?: string) => Promise<string>
export declare const dropDatabase: (name: string, adminUrl?: string) => Promise<void>
export declare const assertPostgresReachable: (adminUrl?: string) => Promise<void>
