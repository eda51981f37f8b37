import { Zip, ZipDeflate, ZipPassThrough } from 'fflate'

import type { IndexEntry } from './electronicIndex.js'
import type { PackageIndex } from './packageIndex.js'

import { INDEX_JSON, INDEX_XML, indexXml } from './packageIndex.js'

/**
 * The expediente as ONE ZIP (fflate), streamed: each document under documentos/ (stored as is:
 * photos and video are compressed already), then indice.json and indice.xml (deflated).
 * `bytesOf` gives each document's bytes; an error while streaming aborts the download (the
 * export checks every file against the index before it starts).
 */
export const writePackage = (index: PackageIndex, bytesOf: (entry: IndexEntry) => AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error)
        controller.enqueue(chunk)
        if (final) controller.close()
      })
      const run = async () => {
        for (const entry of index.documents) {
          const file = new ZipPassThrough(entry.file)
          const date = new Date(entry.documentDate)
          // ZIP dates start in 1980; an older or missing date keeps fflate's default (now).
          if (!Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1980) file.mtime = date
          zip.add(file)
          for await (const chunk of bytesOf(entry)) file.push(chunk)
          file.push(new Uint8Array(0), true)
        }
        for (const [name, text] of [
          [INDEX_JSON, `${JSON.stringify(index, null, 2)}\n`],
          [INDEX_XML, indexXml(index)],
        ] as const) {
          const file = new ZipDeflate(name, { level: 6 })
          zip.add(file)
          file.push(new TextEncoder().encode(text), true)
        }
        zip.end()
      }
      run().catch((error: unknown) => controller.error(error))
    },
  })
