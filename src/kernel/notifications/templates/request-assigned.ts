import { formatDate, label, render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type RequestAssignedData = TemplateBase & { departmentName?: string; dueDate?: string | null }

/** To the assignees of an accepted request. */
export const requestAssigned = (data: RequestAssignedData): RenderedEmail => {
  const lang = data.lang
  const from = data.departmentName ? trIn(lang, 'mailAssignedFrom', { department: data.departmentName }) : ''
  return render(data, {
    subject: trIn(lang, 'mailAssignedSubject', { institution: data.institutionName, label: label(data) }),
    paragraphs: [
      trIn(lang, 'mailAssignedBody', { label: label(data), from }),
      ...(data.dueDate ? [trIn(lang, 'mailDueDate', { date: formatDate(data.dueDate, lang) })] : []),
    ],
    comment: data.comment ? { heading: trIn(lang, 'mailComment'), text: data.comment } : undefined,
    action: { label: trIn(lang, 'mailSeeRequest'), url: data.url },
  })
}
