/** rate-limiter-flexible's store base class, which its typings and index leave out. */
declare module 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js' {
  const RateLimiterStoreAbstract: new (opts: object) => object
  export default RateLimiterStoreAbstract
}
