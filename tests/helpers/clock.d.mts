export declare const clockOffset: (value?: string) => number
export declare const installShiftedClock: (offset: number) => void
export declare const clockInitScript: (offset: number) => string
