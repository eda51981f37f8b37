/** One line of `npm run bench`: a figure measured against a baseline measured in the same run. */
export type BenchRow = {
  figure: string
  baseline: number
  measured: number
  /** measured / baseline (or the figure's own ratio, e.g. a throughput ratio). */
  ratio: number
  /** The goal as people read it, e.g. "≤ 3×". */
  goal: string
  pass: boolean
  unit: string
}

export type Bench = { run: () => Promise<BenchRow[]> }
