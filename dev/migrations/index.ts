import * as migration_20261128_170155_initial from './20261128_170155_initial';
import * as migration_20261128_204546_archive_consent_disposals_captions from './20261128_204546_archive_consent_disposals_captions';
import * as migration_20261128_220217_contents_public_read_indexes from './20261128_220217_contents_public_read_indexes';
import * as migration_20261206_041544_archive_public_use from './20261206_041544_archive_public_use';
import * as migration_20261206_044805_trust_workflow from './20261206_044805_trust_workflow';
import * as migration_20261206_090942_admin_compliance_wave from './20261206_090942_admin_compliance_wave';
import * as migration_20261206_091620_accessibility_statement from './20261206_091620_accessibility_statement';
import * as migration_20261206_120931_wave_expedientes_alert_keys from './20261206_120931_wave_expedientes_alert_keys';
import * as migration_20261206_142621_fact_check_language from './20261206_142621_fact_check_language';
import * as migration_20261206_142950_measurement_note_keys from './20261206_142950_measurement_note_keys';

export const migrations = [
  {
    up: migration_20261128_170155_initial.up,
    down: migration_20261128_170155_initial.down,
    name: '20261128_170155_initial',
  },
  {
    up: migration_20261128_204546_archive_consent_disposals_captions.up,
    down: migration_20261128_204546_archive_consent_disposals_captions.down,
    name: '20261128_204546_archive_consent_disposals_captions',
  },
  {
    up: migration_20261128_220217_contents_public_read_indexes.up,
    down: migration_20261128_220217_contents_public_read_indexes.down,
    name: '20261128_220217_contents_public_read_indexes',
  },
  {
    up: migration_20261206_041544_archive_public_use.up,
    down: migration_20261206_041544_archive_public_use.down,
    name: '20261206_041544_archive_public_use',
  },
  {
    up: migration_20261206_044805_trust_workflow.up,
    down: migration_20261206_044805_trust_workflow.down,
    name: '20261206_044805_trust_workflow',
  },
  {
    up: migration_20261206_090942_admin_compliance_wave.up,
    down: migration_20261206_090942_admin_compliance_wave.down,
    name: '20261206_090942_admin_compliance_wave',
  },
  {
    up: migration_20261206_091620_accessibility_statement.up,
    down: migration_20261206_091620_accessibility_statement.down,
    name: '20261206_091620_accessibility_statement',
  },
  {
    up: migration_20261206_120931_wave_expedientes_alert_keys.up,
    down: migration_20261206_120931_wave_expedientes_alert_keys.down,
    name: '20261206_120931_wave_expedientes_alert_keys',
  },
  {
    up: migration_20261206_142621_fact_check_language.up,
    down: migration_20261206_142621_fact_check_language.down,
    name: '20261206_142621_fact_check_language',
  },
  {
    up: migration_20261206_142950_measurement_note_keys.up,
    down: migration_20261206_142950_measurement_note_keys.down,
    name: '20261206_142950_measurement_note_keys'
  },
];
