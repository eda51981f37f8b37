import type { Payload } from 'payload'

import { bootPayload, type Booted } from '../helpers/bootPayload.js'
import { restClient } from '../helpers/rest.js'
import { makeDepartment, makeUser, TEST_PASSWORD } from '../helpers/fixtures.js'

let app: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let admin: Awaited<ReturnType<typeof makeUser>>
let editor: Awaited<ReturnType<typeof makeUser>>
let requester: Awaited<ReturnType<typeof makeUser>>
let department: { id: number | string }

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
  rest = restClient(payload.config)
  department = await makeDepartment(payload, 'SSM', 'Secretaría de Salud')
  admin = await makeUser(payload, ['admin'])
  editor = await makeUser(payload, ['editor'])
  requester = await makeUser(payload, ['requester'], { department: department.id })
})
afterAll(() => app.close())

describe('users: only admin manages users (Local API, overrideAccess: false)', () => {
  it('admin creates a user with several roles', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: 'nuevo@test.local', password: TEST_PASSWORD, name: 'Nuevo', roles: ['editor', 'community'] },
      user: admin,
      overrideAccess: false,
    })
    expect(created.roles).toEqual(['editor', 'community'])
  })

  it('an editor cannot create users', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'intruso@test.local', password: TEST_PASSWORD, name: 'Intruso', roles: ['editor'] },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'intruso@test.local' } } })).totalDocs).toBe(0)
  })

  it('an editor cannot raise their own roles, and nothing changes', async () => {
    await expect(
      payload.update({
        collection: 'users',
        id: editor.id,
        data: { roles: ['editor', 'admin'] },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403, message: 'Roles: solo un administrador puede cambiar este campo' })
    const after = await payload.findByID({ collection: 'users', id: editor.id as number })
    expect(after.roles).toEqual(['editor'])
  })

  it('an editor may edit their own name, sending their unchanged roles along (as the admin form does)', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { name: 'Elena Editora', roles: ['editor'] },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Elena Editora')
  })

  it('an editor cannot change their department, nor edit another user', async () => {
    await expect(
      payload.update({ collection: 'users', id: editor.id, data: { department: department.id as number }, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({ collection: 'users', id: admin.id, data: { name: 'Hacked' }, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('an editor cannot delete users; an admin can', async () => {
    const victim = await makeUser(payload, ['community'])
    await expect(payload.delete({ collection: 'users', id: victim.id, user: editor, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
    await payload.delete({ collection: 'users', id: victim.id, user: admin, overrideAccess: false })
    expect((await payload.count({ collection: 'users', where: { id: { equals: victim.id } } })).totalDocs).toBe(0)
  })

  it('admin may change roles of others; at least one role is required', async () => {
    const target = await makeUser(payload, ['designer'])
    const updated = await payload.update({ collection: 'users', id: target.id, data: { roles: ['designer', 'producer'] }, user: admin, overrideAccess: false })
    expect(updated.roles).toEqual(['designer', 'producer'])
    await expect(
      payload.update({ collection: 'users', id: target.id, data: { roles: [] }, user: admin, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('a requester must belong to a department', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'sin-dep@test.local', password: TEST_PASSWORD, name: 'Sin dependencia', roles: ['requester'] },
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('a requester reads only their own account; office staff read the directory', async () => {
    const asRequester = await payload.find({ collection: 'users', user: requester, overrideAccess: false })
    expect(asRequester.docs.map((doc) => doc.id)).toEqual([requester.id])
    const asEditor = await payload.find({ collection: 'users', user: editor, overrideAccess: false, limit: 100 })
    expect(asEditor.totalDocs).toBeGreaterThanOrEqual(3)
  })
})

describe('users over REST', () => {
  it('GET /api/users anonymously is refused', async () => {
    const res = await rest.get('/users')
    expect(res.status).toBe(403)
    expect(res.text).not.toContain('@test.local')
  })

  it('an editor cannot create users through REST', async () => {
    const token = await rest.login(editor.email, TEST_PASSWORD)
    const res = await rest.post('/users', { email: 'rest-intruso@test.local', password: TEST_PASSWORD, name: 'X', roles: ['editor'] }, { token })
    expect(res.status).toBe(403)
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'rest-intruso@test.local' } } })).totalDocs).toBe(0)
  })

  it('an editor cannot change their own roles through REST (403 naming the field)', async () => {
    const token = await rest.login(editor.email, TEST_PASSWORD)
    const res = await rest.patch(`/users/${editor.id}`, { roles: ['admin'] }, { token })
    expect(res.status).toBe(403)
    expect(res.text).toMatch(/Roles: solo un administrador puede cambiar este campo/)
    // one language per reader: the same refusal in English for a caller who asks for it
    const en = await rest.patch(`/users/${editor.id}`, { roles: ['admin'] }, { token, headers: { 'Accept-Language': 'en' } })
    expect(en.status).toBe(403)
    expect(en.json.errors[0].message).toBe('Roles: only an administrator may change this field')
    const after = await payload.findByID({ collection: 'users', id: editor.id as number })
    expect(after.roles).toEqual(['editor'])
  })

})
