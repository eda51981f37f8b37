import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { hasRole } from '../../../../kernel/access/index.js'
import { tr } from '../../../../kernel/i18n/index.js'
import { bogotaDay, calendarRange, type CalendarItem, getCalendarData } from '../../calendar/calendarData.js'
import { CHANNELS } from '../../../../kernel/vocabulary.js'
import { docHref, formatDay, safely, TrafficBadge } from '../../../../kernel/components/shared.js'
import type { TrafficLight } from '../../trafficLight.js'
import { CancelScheduleButton } from './CancelScheduleButton.js'
import { SLUGS } from '../../../../kernel/slugs.js'
import { pluginOptions } from '../../../../kernel/notifications/options.js'
import { officeDateTime } from '../../../../kernel/time/officeDates.js'

const KIND_LABEL: Record<CalendarItem['kind'], string> = {
  scheduled: 'Publicación programada',
  due: 'Vence solicitud',
  event: 'Cubrimiento de evento',
}
const WEEKDAYS = ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo']
const DAY = /^\d{4}-\d{2}-\d{2}$/

const param = (searchParams: AdminViewServerProps['searchParams'], name: string): string => {
  const value = searchParams?.[name]
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

const shiftDay = (day: string, view: 'month' | 'week', step: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const date = view === 'month' ? new Date(Date.UTC(y, m - 1 + step, 1)) : new Date(Date.UTC(y, m - 1, d + 7 * step))
  return date.toISOString().slice(0, 10)
}

/** The hour of an item, `14:30`, in the office's time zone. */
const timeOf = (at: string, timeZone: string) => officeDateTime(at, timeZone).slice(11)

/** /admin/calendario — month and week grids of scheduled publications, due dates and coverages, with the backlog beside. */
export async function CalendarView(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user } = req
  const admin = payload.config.routes.admin

  const view = param(searchParams, 'view') === 'week' ? 'week' : 'month'
  const requestedDay = param(searchParams, 'day')
  const day = DAY.test(requestedDay) ? requestedDay : bogotaDay(new Date())
  const department = param(searchParams, 'department') || null
  const channel = param(searchParams, 'channel') || null
  const person = param(searchParams, 'person') || null

  const { from, to, days } = calendarRange(view, day)
  const data = user ? await safely(() => getCalendarData(payload, user, { from, to, department, channel, person }, req)) : null
  const canCancel = hasRole(user, 'head', 'admin')

  const departments = user ? await safely(() => payload.find({ collection: SLUGS.departments, limit: 200, depth: 0, sort: 'name', overrideAccess: false, user })) : null
  const people = user
    ? await safely(() =>
        payload.find({ collection: SLUGS.users, where: { roles: { in: ['head', 'editor', 'designer', 'producer', 'community'] } }, limit: 200, depth: 0, sort: 'name', overrideAccess: false, user }),
      )
    : null

  const byDay = new Map<string, CalendarItem[]>()
  for (const item of data?.items ?? []) {
    const key = bogotaDay(item.at)
    byDay.set(key, [...(byDay.get(key) ?? []), item])
  }

  const query = (overrides: Record<string, string>) => {
    const merged: Record<string, string> = { view, day, department: department ?? '', channel: channel ?? '', person: person ?? '', ...overrides }
    const search = new URLSearchParams(Object.entries(merged).filter(([, value]) => value !== ''))
    return `${admin}/calendario?${search.toString()}`
  }

  // Month grid starts on Monday: pad the first week
  const firstWeekday = (new Date(`${days[0]}T12:00:00Z`).getUTCDay() + 6) % 7
  const cells: Array<null | string> = [...Array.from({ length: view === 'month' ? firstWeekday : 0 }, () => null), ...days]
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: Array<Array<null | string>> = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  const today = bogotaDay(new Date())
  const title =
    view === 'month'
      ? ((text: string) => text.charAt(0).toUpperCase() + text.slice(1))(
          new Intl.DateTimeFormat('es-CO', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${days[0]}T12:00:00Z`)),
        )
      : `Semana del ${formatDay(`${days[0]}T12:00:00Z`)} al ${formatDay(`${days[6]}T12:00:00Z`)}`

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div className="pregonero-calendar">
          <h1 className="pregonero-calendar__title">Calendario editorial</h1>
          <form action={`${admin}/calendario`} aria-label="Filtros del calendario" className="pregonero-filters" method="get">
            <input name="view" type="hidden" value={view} />
            <input name="day" type="hidden" value={day} />
            <label htmlFor="cal-department">
              Dependencia
              <select defaultValue={department ?? ''} id="cal-department" name="department">
                <option value="">Todas</option>
                {(departments?.docs ?? []).map((doc) => (
                  <option key={doc.id} value={String(doc.id)}>
                    {(doc as { name?: string }).name ?? doc.id}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor="cal-channel">
              Canal
              <select defaultValue={channel ?? ''} id="cal-channel" name="channel">
                <option value="">Todos</option>
                {CHANNELS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label.es}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor="cal-person">
              Persona
              <select defaultValue={person ?? ''} id="cal-person" name="person">
                <option value="">Todas</option>
                {(people?.docs ?? []).map((doc) => (
                  <option key={doc.id} value={String(doc.id)}>
                    {(doc as { name?: string }).name ?? (doc as { email?: string }).email}
                  </option>
                ))}
              </select>
            </label>
            <button className="pregonero-button" type="submit">
              Filtrar
            </button>
          </form>

          <nav aria-label="Navegación del calendario" className="pregonero-calendar__nav">
            <a className="pregonero-button" href={query({ day: shiftDay(day, view, -1) })}>
              ← Anterior
            </a>
            <a className="pregonero-button" href={query({ day: today })}>
              Hoy
            </a>
            <a className="pregonero-button" href={query({ day: shiftDay(day, view, 1) })}>
              Siguiente →
            </a>
            <a aria-current={view === 'month' ? 'page' : undefined} className="pregonero-button" href={query({ view: 'month' })}>
              Mes
            </a>
            <a aria-current={view === 'week' ? 'page' : undefined} className="pregonero-button" href={query({ view: 'week' })}>
              Semana
            </a>
          </nav>

          <div className="pregonero-calendar__layout">
            <table className={`pregonero-grid-table pregonero-grid-table--${view}`}>
              <caption className="pregonero-calendar__caption">{title}</caption>
              <thead>
                <tr>
                  {WEEKDAYS.map((name) => (
                    <th key={name} scope="col">
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks.map((week, index) => (
                  <tr key={index}>
                    {week.map((cell, cellIndex) =>
                      cell === null ? (
                        <td aria-hidden="true" className="pregonero-day pregonero-day--empty" key={`empty-${cellIndex}`} />
                      ) : (
                        <td className={`pregonero-day${cell === today ? ' pregonero-day--today' : ''}`} key={cell}>
                          <div className="pregonero-day__number">{Number(cell.slice(8, 10))}</div>
                          <ul className="pregonero-day__items">
                            {(byDay.get(cell) ?? []).map((item) => (
                              <li
                                className={`pregonero-item pregonero-item--${item.kind}${item.failed ? ' pregonero-item--failed' : ''}`}
                                data-kind={item.kind}
                                key={`${item.kind}-${item.id}-${item.jobId ?? ''}-${item.failed ? 'failed' : ''}`}
                              >
                                <a href={docHref(payload, item.collection, item.id)}>
                                  {item.failed ? <strong className="pregonero-item__failed">{tr(req, 'scheduleFailedOnCalendar')} </strong> : null}
                                  <span className="pregonero-item__kind">{KIND_LABEL[item.kind]}</span>
                                  {item.kind !== 'due' ? ` ${timeOf(item.at, pluginOptions(payload).timeZone)}` : ''}: {item.title}
                                  {item.action === 'unpublish' ? ' (despublicar)' : ''}
                                </a>
                                {item.kind === 'due' && item.light ? <TrafficBadge light={item.light as TrafficLight} /> : null}
                                {item.kind === 'scheduled' && !item.failed && canCancel && item.jobId !== undefined ? (
                                  <CancelScheduleButton apiRoute={payload.config.routes.api} jobId={String(item.jobId)} title={item.title} />
                                ) : null}
                              </li>
                            ))}
                          </ul>
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>

            <aside aria-labelledby="pregonero-backlog" className="pregonero-backlog">
              <h2 id="pregonero-backlog">Sin programar</h2>
              <h3>Contenidos aprobados</h3>
              {(data?.backlog.contents.length ?? 0) === 0 ? (
                <p className="pregonero-empty">Ninguno.</p>
              ) : (
                <ul className="pregonero-list">
                  {data?.backlog.contents.map((item) => (
                    <li key={`c-${item.id}`}>
                      <a href={docHref(payload, item.collection, item.id)}>{item.title}</a>
                    </li>
                  ))}
                </ul>
              )}
              <h3>Solicitudes aceptadas sin contenido</h3>
              {(data?.backlog.requests.length ?? 0) === 0 ? (
                <p className="pregonero-empty">Ninguna.</p>
              ) : (
                <ul className="pregonero-list">
                  {data?.backlog.requests.map((item) => (
                    <li key={`r-${item.id}`}>
                      <a href={docHref(payload, item.collection, item.id)}>{item.title}</a>
                      {item.dueDate ? <span className="pregonero-meta"> · vence {formatDay(item.dueDate)}</span> : null}
                      {item.light ? <> <TrafficBadge light={item.light as TrafficLight} /></> : null}
                    </li>
                  ))}
                </ul>
              )}
            </aside>
          </div>
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}

export default CalendarView
