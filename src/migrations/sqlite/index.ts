import * as migration_20261129_092330_initial from './20261129_092330_initial';
import * as migration_20261129_104246_backoffice_scale from './20261129_104246_backoffice_scale';
import * as migration_20261129_110940_directories_service_public from './20261129_110940_directories_service_public';
import * as migration_20261129_112126_open_due_date from './20261129_112126_open_due_date';
import * as migration_20261129_112939_directory_proposal_target from './20261129_112939_directory_proposal_target';
import * as migration_20261129_133506_service_public_fiche_code from './20261129_133506_service_public_fiche_code';
import * as migration_20261129_143036_heading_rich_text from './20261129_143036_heading_rich_text';
import * as migration_20261130_005153_submission_requester_email_key from './20261130_005153_submission_requester_email_key';
import * as migration_20261130_044719_place_claims from './20261130_044719_place_claims';
import * as migration_20261130_082615_field_types from './20261130_082615_field_types';
import * as migration_20261130_083011_field_commune from './20261130_083011_field_commune';
import * as migration_20261130_105238_send_key from './20261130_105238_send_key';
import * as migration_20261130_110806_file_model from './20261130_110806_file_model';
import * as migration_20261130_135409_booking from './20261130_135409_booking';
import * as migration_20261130_141303_ticketing from './20261130_141303_ticketing';
import * as migration_20261130_142005_check_in from './20261130_142005_check_in';
import * as migration_20261130_152334_citizen_cancellation from './20261130_152334_citizen_cancellation';
import * as migration_20261130_164244_session_cancelled from './20261130_164244_session_cancelled';
import * as migration_20261130_173745_waiting_list_and_eligibility from './20261130_173745_waiting_list_and_eligibility';
import * as migration_20261130_200504_payments from './20261130_200504_payments';
import * as migration_20261130_234224_agents_workspace_and_plu from './20261130_234224_agents_workspace_and_plu';
import * as migration_20261201_002524_domains_see_also from './20261201_002524_domains_see_also';
import * as migration_20261201_033809_waiting_list_resources from './20261201_033809_waiting_list_resources';

export const migrations = [
  {
    up: migration_20261129_092330_initial.up,
    down: migration_20261129_092330_initial.down,
    name: '20261129_092330_initial',
  },
  {
    up: migration_20261129_104246_backoffice_scale.up,
    down: migration_20261129_104246_backoffice_scale.down,
    name: '20261129_104246_backoffice_scale',
  },
  {
    up: migration_20261129_110940_directories_service_public.up,
    down: migration_20261129_110940_directories_service_public.down,
    name: '20261129_110940_directories_service_public',
  },
  {
    up: migration_20261129_112126_open_due_date.up,
    down: migration_20261129_112126_open_due_date.down,
    name: '20261129_112126_open_due_date',
  },
  {
    up: migration_20261129_112939_directory_proposal_target.up,
    down: migration_20261129_112939_directory_proposal_target.down,
    name: '20261129_112939_directory_proposal_target',
  },
  {
    up: migration_20261129_133506_service_public_fiche_code.up,
    down: migration_20261129_133506_service_public_fiche_code.down,
    name: '20261129_133506_service_public_fiche_code',
  },
  {
    up: migration_20261129_143036_heading_rich_text.up,
    down: migration_20261129_143036_heading_rich_text.down,
    name: '20261129_143036_heading_rich_text',
  },
  {
    up: migration_20261130_005153_submission_requester_email_key.up,
    down: migration_20261130_005153_submission_requester_email_key.down,
    name: '20261130_005153_submission_requester_email_key',
  },
  {
    up: migration_20261130_044719_place_claims.up,
    down: migration_20261130_044719_place_claims.down,
    name: '20261130_044719_place_claims',
  },
  {
    up: migration_20261130_082615_field_types.up,
    down: migration_20261130_082615_field_types.down,
    name: '20261130_082615_field_types',
  },
  {
    up: migration_20261130_083011_field_commune.up,
    down: migration_20261130_083011_field_commune.down,
    name: '20261130_083011_field_commune',
  },
  {
    up: migration_20261130_105238_send_key.up,
    down: migration_20261130_105238_send_key.down,
    name: '20261130_105238_send_key',
  },
  {
    up: migration_20261130_110806_file_model.up,
    down: migration_20261130_110806_file_model.down,
    name: '20261130_110806_file_model',
  },
  {
    up: migration_20261130_135409_booking.up,
    down: migration_20261130_135409_booking.down,
    name: '20261130_135409_booking',
  },
  {
    up: migration_20261130_141303_ticketing.up,
    down: migration_20261130_141303_ticketing.down,
    name: '20261130_141303_ticketing',
  },
  {
    up: migration_20261130_142005_check_in.up,
    down: migration_20261130_142005_check_in.down,
    name: '20261130_142005_check_in',
  },
  {
    up: migration_20261130_152334_citizen_cancellation.up,
    down: migration_20261130_152334_citizen_cancellation.down,
    name: '20261130_152334_citizen_cancellation',
  },
  {
    up: migration_20261130_164244_session_cancelled.up,
    down: migration_20261130_164244_session_cancelled.down,
    name: '20261130_164244_session_cancelled',
  },
  {
    up: migration_20261130_173745_waiting_list_and_eligibility.up,
    down: migration_20261130_173745_waiting_list_and_eligibility.down,
    name: '20261130_173745_waiting_list_and_eligibility',
  },
  {
    up: migration_20261130_200504_payments.up,
    down: migration_20261130_200504_payments.down,
    name: '20261130_200504_payments',
  },
  {
    up: migration_20261130_234224_agents_workspace_and_plu.up,
    down: migration_20261130_234224_agents_workspace_and_plu.down,
    name: '20261130_234224_agents_workspace_and_plu',
  },
  {
    up: migration_20261201_002524_domains_see_also.up,
    down: migration_20261201_002524_domains_see_also.down,
    name: '20261201_002524_domains_see_also',
  },
  {
    up: migration_20261201_033809_waiting_list_resources.up,
    down: migration_20261201_033809_waiting_list_resources.down,
    name: '20261201_033809_waiting_list_resources'
  },
];
