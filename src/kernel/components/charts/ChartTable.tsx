import type { ReactNode } from 'react'

export type ChartTableRow = { key: string; label: ReactNode; cells: ReactNode[] }

/**
 * A chart's text alternative: a table with one header row and one row per point, its first cell
 * the point's name (a row header). `empty` stands in for a table without rows.
 */
export function ChartTable({ head, rows, empty }: { head: string[]; rows: ChartTableRow[]; empty?: ReactNode }) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>
  return (
    <table className="pregonero-table pregonero-chart-table">
      <thead>
        <tr>
          {head.map((title) => (
            <th key={title} scope="col">
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
