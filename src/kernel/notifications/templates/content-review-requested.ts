import { render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type ContentReviewRequestedData = TemplateBase & { authorName?: string }

/** To the editors and the head (not the author): a content waits for review. */
export const contentReviewRequested = (data: ContentReviewRequestedData): RenderedEmail =>
  render(data, {
    subject: trIn(data.lang, 'mailReviewSubject', { institution: data.institutionName, title: data.title }),
    paragraphs: [
      data.authorName ? trIn(data.lang, 'mailReviewBodyBy', { author: data.authorName, title: data.title }) : trIn(data.lang, 'mailReviewBody', { title: data.title }),
      trIn(data.lang, 'mailReviewAsk'),
    ],
    comment: data.comment ? { heading: trIn(data.lang, 'mailComment'), text: data.comment } : undefined,
    action: { label: trIn(data.lang, 'mailReviewContent'), url: data.url },
  })
