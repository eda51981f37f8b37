import fs from 'node:fs'

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context)
  if (process.env.RECORD_MODULES) fs.appendFileSync(process.env.RECORD_MODULES, `${url}\t${result.format}\n`)
  return result
}
