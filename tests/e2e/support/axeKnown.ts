/**
 * Serious or critical axe findings inside Payload's own admin components that the plugin cannot
 * fix from outside without rewriting them (structure, not names or colours: those the plugin fixes
 * in src/kernel/components/AccessibleAdmin.tsx and pregonero.css). Each entry is a rule and the
 * elements it is allowed on; anything else on a journey's screen fails. Report these upstream.
 */
export const PAYLOAD_OWN: ReadonlyArray<{ rule: string; on: RegExp; why: string }> = [
  { rule: 'aria-hidden-focus', on: /\.(clear|dropdown)-indicator/, why: "react-select's indicators in Payload's ReactSelect are aria-hidden yet buttons (AccessibleAdmin takes them out of the tab order; kept here in case a render races it)" },
  { rule: 'nested-interactive', on: /\.rs__multi-value|div\[aria-describedby=/, why: "Payload's multi-value chips and sortable array rows nest controls" },
  { rule: 'list', on: /\.doc-tabs__tabs/, why: "Payload's document tabs put non-li children in their ul" },
  { rule: 'label-title-only', on: /^#select-all$/, why: "Payload's list select-all checkbox has no visible label (AccessibleAdmin names it; axe wants visible text in Payload's table header)" },
  { rule: 'label-content-name-mismatch', on: /a\[aria-label=/, why: "Payload's Versions tab shows a count its aria-label leaves out" },
]

/** Whether every element of a violation is one of Payload's known, allowed findings. */
export const isPayloadOwn = (rule: string, targets: string[][]): boolean =>
  PAYLOAD_OWN.some((known) => known.rule === rule && targets.every((target) => known.on.test(target.join(' '))))
