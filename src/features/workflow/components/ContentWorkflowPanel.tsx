'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'

import { WorkflowTransitions } from '../../../kernel/components/WorkflowTransitions.js'
import { ScheduleControl } from './ScheduleControl.js'

/** A content's workflow panel: the engine's transition buttons, then the scheduler (publish or unpublish later). */
export const ContentWorkflowPanel = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  return (
    <>
      <WorkflowTransitions />
      {id ? <ScheduleControl api={api} id={id} /> : null}
    </>
  )
}

export default ContentWorkflowPanel
