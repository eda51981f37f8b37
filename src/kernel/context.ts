/**
 * What Pregonero's code passes between hooks in `req.context`, declared once (issue 14): the
 * kernel's keys here, each feature's in its own `context.ts`. `req.context` lives on the server
 * only: no REST, GraphQL or admin caller can set these keys.
 */
import type { AccessDecision } from './access/decidedOnce.js'
import type { WorkflowBag } from './machine/context.js'

declare module 'payload' {
  interface RequestContext {
    /** System code (seeds, fixtures, generators) writes without the workflow's rules and mail. */
    skipWorkflow?: boolean
    /** Tests only: a workflow hook throws at this named point (kernel/machine/testFailure.ts). */
    workflowFailAt?: string
    /** What the machines' beforeChange hooks decided, for their afterChange hooks. */
    pregoneroWorkflow?: WorkflowBag
    /** An access decision a hook already took for this operation (access/decidedOnce.ts). */
    pregoneroAccessDecision?: AccessDecision
    /** The write of a trail row by system code (the trail refuses any other). */
    pregoneroTrailWrite?: boolean
  }
}

export {}
