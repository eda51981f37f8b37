import { errorLines } from './errorLines.js'

describe('errorLines (the workflow panel lists a refusal)', () => {
  it("turns a gate's refusal into a heading and one item per failed check, without repeats", () => {
    const body = {
      errors: [
        {
          message: 'No se puede aprobar todavía. Falta resolver:\n• accesibilidad: la imagen "Foto" no tiene texto alternativo\n• marca: usa el logo anterior',
          data: { errors: [{ message: 'accesibilidad: la imagen "Foto" no tiene texto alternativo' }, { message: 'marca: usa el logo anterior' }] },
        },
      ],
    }
    expect(errorLines(body, 400)).toEqual({
      heading: 'No se puede aprobar todavía. Falta resolver:',
      messages: ['accesibilidad: la imagen "Foto" no tiene texto alternativo', 'marca: usa el logo anterior'],
    })
  })

  it('keeps a one-line refusal as is, and names the status when the answer says nothing', () => {
    expect(errorLines({ errors: [{ message: 'No se permite pasar de «Borrador» a «Cerrado».' }] }, 400)).toEqual({ heading: undefined, messages: ['No se permite pasar de «Borrador» a «Cerrado».'] })
    expect(errorLines(null, 502)).toEqual({ heading: undefined, messages: ['HTTP 502'] })
  })
})
