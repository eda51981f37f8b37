export declare const PRELOAD: string
export declare const withPreload: (nodeOptions?: string) => string
