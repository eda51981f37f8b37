'use client'

import { useField, useFormFields, useTranslation } from '@payloadcms/ui'

const TEXT = {
  es: {
    title: 'Punto focal',
    help: 'Haga clic en la imagen sobre lo más importante: los recortes (miniatura, tarjeta, redes, Open Graph) se rehacen alrededor de ese punto al guardar.',
    horizontal: 'Horizontal (%)',
    vertical: 'Vertical (%)',
    centre: 'Centrar',
    none: 'El punto focal se aplica a imágenes; este activo no tiene vista previa.',
  },
  en: {
    title: 'Focal point',
    help: 'Click the most important spot of the image: the crops (thumbnail, card, social, Open Graph) are made again around it on save.',
    horizontal: 'Horizontal (%)',
    vertical: 'Vertical (%)',
    centre: 'Centre',
    none: 'The focal point applies to images; this asset has no preview.',
  },
}

const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value * 10) / 10))

/**
 * Admin field of `archive-assets`: the archive's own focal point (`focalX`, `focalY`, 0–100 %).
 * Click on the preview (the uncropped `web` rendition) to set it, or type the percentages; on save,
 * src/features/archive/collections/ArchiveAssets/hooks/applyFocalPoint.ts re-crops the cover renditions around it.
 */
export function FocalPointField() {
  const { i18n } = useTranslation()
  const t = i18n?.language === 'en' ? TEXT.en : TEXT.es
  const x = useField<number>({ path: 'focalX' })
  const y = useField<number>({ path: 'focalY' })
  const preview = useFormFields(([fields]) => (fields['sizes.web.url']?.value ?? fields['url']?.value) as string | undefined)
  const mimeType = useFormFields(([fields]) => fields['mimeType']?.value as string | undefined)
  const fx = typeof x.value === 'number' ? x.value : 50
  const fy = typeof y.value === 'number' ? y.value : 50

  if (!preview || !mimeType?.startsWith('image/')) {
    return (
      <div className="field-type pregonero-focal">
        <label className="field-label">{t.title}</label>
        <p className="field-description">{t.none}</p>
      </div>
    )
  }

  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    x.setValue(clamp(((event.clientX - box.left) / box.width) * 100))
    y.setValue(clamp(((event.clientY - box.top) / box.height) * 100))
  }

  return (
    <div className="field-type pregonero-focal">
      <label className="field-label">{t.title}</label>
      <p className="field-description">{t.help}</p>
      <div
        aria-label={t.title}
        onClick={onClick}
        role="presentation"
        style={{ cursor: 'crosshair', display: 'inline-block', maxWidth: '100%', position: 'relative' }}
      >
        <img alt="" draggable={false} src={preview} style={{ display: 'block', maxHeight: 420, maxWidth: '100%' }} />
        <span
          aria-hidden
          style={{
            border: '2px solid #fff',
            borderRadius: '50%',
            boxShadow: '0 0 0 2px #000',
            height: 18,
            left: `${fx}%`,
            pointerEvents: 'none',
            position: 'absolute',
            top: `${fy}%`,
            transform: 'translate(-50%, -50%)',
            width: 18,
          }}
        />
      </div>
      <div style={{ display: 'flex', gap: 12, marginTop: 8, alignItems: 'end' }}>
        <label>
          {t.horizontal}
          <input max={100} min={0} onChange={(e) => x.setValue(clamp(Number(e.target.value)))} step={1} type="number" value={fx} />
        </label>
        <label>
          {t.vertical}
          <input max={100} min={0} onChange={(e) => y.setValue(clamp(Number(e.target.value)))} step={1} type="number" value={fy} />
        </label>
        <button
          className="btn btn--style-secondary btn--size-small"
          onClick={() => {
            x.setValue(50)
            y.setValue(50)
          }}
          type="button"
        >
          {t.centre}
        </button>
      </div>
    </div>
  )
}

export default FocalPointField
