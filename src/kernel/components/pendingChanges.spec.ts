import { pendingChanges } from './pendingChanges.js'

describe('pendingChanges (a workflow button sends the form edits with the transition)', () => {
  it('sends only the top-level fields that changed, whole', () => {
    const fields = {
      title: { value: 'Nuevo', initialValue: 'Viejo' },
      summary: { value: 'igual', initialValue: 'igual' },
      'reviewChecklist.factsVerified': { value: true, initialValue: false },
      'reviewChecklist.sourcesAttributed': { value: false, initialValue: false },
      assignees: { value: [3], initialValue: [] },
      stage: { value: 'draft', initialValue: 'draft' },
    }
    const data = { title: 'Nuevo', summary: 'igual', reviewChecklist: { factsVerified: true, sourcesAttributed: false }, assignees: [3], stage: 'draft' }
    expect(pendingChanges(fields, data, ['stage'])).toEqual({ title: 'Nuevo', reviewChecklist: { factsVerified: true, sourcesAttributed: false }, assignees: [3] })
  })

  it('never sends the state, the status or the virtual workflow fields, and ignores empty-for-empty', () => {
    const fields = {
      stage: { value: 'approved', initialValue: 'draft' },
      _status: { value: 'published', initialValue: 'draft' },
      workflowComment: { value: 'x', initialValue: undefined },
      tags: { value: [], initialValue: null },
      summary: { value: '', initialValue: undefined },
    }
    expect(pendingChanges(fields, { stage: 'approved', _status: 'published', workflowComment: 'x', tags: [], summary: '' }, ['stage'])).toEqual({})
  })
})
