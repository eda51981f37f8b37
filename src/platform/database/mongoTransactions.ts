import { tr } from '../../kernel/i18n/index.js'

/** The environment variable with which an operator accepts MongoDB without transactions. */
export const MONGODB_ALLOW_NO_TRANSACTIONS = 'MONGODB_ALLOW_NO_TRANSACTIONS'

/** How a MongoDB URI gives transactions (a replica set named in it, or an SRV record that names one), or `null`. */
export const transactionsOfMongoURI = (uri: string): 'replicaSet' | 'srv' | null => {
  if (uri.startsWith('mongodb+srv://')) return 'srv' // Atlas and friends: the TXT record names the replica set
  const query = uri.split('#')[0]!.split('?')[1] ?? ''
  // Option names of a connection string are case-insensitive.
  for (const [key, value] of new URLSearchParams(query)) if (key.toLowerCase() === 'replicaset' && value.trim()) return 'replicaSet'
  return null
}

/**
 * What the MongoDB adapter is given for transactions, decided on the URI alone (no connection).
 * `@payloadcms/db-mongodb` turns transactions OFF, silently, when the client has no replica set;
 * the audit trail is then no longer written in the same transaction as the change. So a URI that
 * cannot give them is refused, naming the URI (without credentials) and the fix, unless the
 * operator opts out explicitly (`MONGODB_ALLOW_NO_TRANSACTIONS=true`): then transactions are off
 * by configuration, not by surprise.
 */
export const mongoTransactionOptions = (uri: string, env: Record<string, string | undefined> = process.env): { transactionOptions?: false } => {
  if (transactionsOfMongoURI(uri)) return {}
  if (env[MONGODB_ALLOW_NO_TRANSACTIONS] === 'true') return { transactionOptions: false }
  throw new Error(tr(null, 'mongoNoTransactions', { uri: withoutCredentials(uri), variable: MONGODB_ALLOW_NO_TRANSACTIONS }))
}

/**
 * Run after the adapter opened its connection and before it looks at the replica set: the same
 * test db-mongodb makes (`client.options.replicaSet`), so a `mongodb+srv://` whose record names no
 * replica set (a sharded cluster, a proxy) is refused too, instead of silently losing transactions.
 */
export const requireMongoReplicaSet =
  (uri: string, env: Record<string, string | undefined> = process.env) =>
  async (adapter: { connection: { getClient: () => { options: { replicaSet?: string } } } }): Promise<void> => {
    if (env[MONGODB_ALLOW_NO_TRANSACTIONS] === 'true') return
    if (!adapter.connection.getClient().options.replicaSet) {
      throw new Error(tr(null, 'mongoNoReplicaSet', { uri: withoutCredentials(uri), variable: MONGODB_ALLOW_NO_TRANSACTIONS }))
    }
  }

/** The URI with any `user:password@` removed, for messages. */
export const withoutCredentials = (uri: string): string => uri.replace(/^(mongodb(?:\+srv)?:\/\/)[^@/]*@/, '$1')
