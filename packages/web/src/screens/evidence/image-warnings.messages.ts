// Evidence: the image parser's warnings in the reader's language (see evidence.warnings.locale.ts, which places them
// under `warnings.image`): end markers, cut blocks and boxes, GPS values that cannot be right.
import type { Mirror } from '../../locale';

export const imageEn = {
  large_prefix_only: 'The image is {{size, bytes}}: metadata was looked for in the first {{bytes, bytes}} only',
  time_not_real: '{{tag}} “{{value}}” is not a date and time that exists; not used',
  ends_before_ifd0:
    'The file ends before its metadata: IFD0 is at offset {{offset, number}}, past the end of the file’s {{size, bytes}}; the file may be truncated',
  metadata_segment_past_end:
    'Metadata: its {{segment}} segment ({{length, bytes}} at offset {{offset, number}}) runs past the end of $t(evidence:warnings.parts.read_{{end}}), so it was not read; the file may be truncated ({{error}})',
  metadata_offset_past_end:
    'Metadata: an offset or length in it points past the end of $t(evidence:warnings.parts.read_{{end}}), so part of it was not read; the file may be truncated or damaged ({{error}})',
  metadata_other: 'Metadata: {{error}}',
  metadata_unreadable_segment_past_end:
    'Metadata could not be read: its {{segment}} segment ({{length, bytes}} at offset {{offset, number}}) runs past the end of $t(evidence:warnings.parts.read_{{end}}), so it was not read; the file may be truncated ({{error}})',
  metadata_unreadable_offset_past_end:
    'Metadata could not be read: an offset or length in it points past the end of $t(evidence:warnings.parts.read_{{end}}), so part of it was not read; the file may be truncated or damaged ({{error}})',
  metadata_unreadable_other: 'Metadata could not be read: {{error}}',
  jpeg_no_eoi:
    'The JPEG does not end with its end-of-image marker (FF D9): the file may be incomplete (truncated), or other data follows the image; the metadata read from its start stands',
  png_no_iend:
    'The PNG does not end with its IEND chunk: the file may be incomplete (truncated), or other data follows the image; the metadata read from its start stands',
  webp_riff_short:
    'The file ends {{bytes, bytes}} before the end its RIFF header declares: it may be incomplete (truncated)$t(evidence:warnings.parts.then_{{part}})',
  webp_chunk_past_end: '$t(evidence:warnings.parts.{{part}}, capital): the file may be incomplete (truncated) or damaged',
  heif_box_past_end:
    '$t(evidence:warnings.parts.{{part}}, capital): the file may be incomplete (truncated)$t(evidence:warnings.parts.tail_items_{{items}})',
  heif_no_mdat:
    'The file has no mdat box (the media data, which holds the images)$t(evidence:warnings.parts.after_{{after}}): it may be incomplete (truncated)$t(evidence:warnings.parts.tail_items_{{items}})',
  heif_items_past_end: '$t(evidence:warnings.parts.items_{{items}}, capital): the file may be incomplete (truncated) or damaged',
  exif_block_cut:
    'Exif block cut short: the capture time and camera settings may be missing ($t(evidence:warnings.parts.ifd_{{cut}}); the file may be truncated or damaged)',
  exif_tag_cut:
    'Exif block cut short: {{tag}} may be missing or incomplete ($t(evidence:warnings.parts.ifd_{{cut}}); the file may be truncated or damaged)',
  gps_block_cut:
    'GPS block cut short: the position may be missing ($t(evidence:warnings.parts.ifd_{{cut}}); the file may be truncated or damaged)',
  gps_tag_cut:
    'GPS block cut short: {{tag}} may be missing or incomplete ($t(evidence:warnings.parts.ifd_{{cut}}); the file may be truncated or damaged)',
  ifd1_block_cut:
    'Thumbnail block (IFD1) cut short: the embedded thumbnail may be missing ($t(evidence:warnings.parts.ifd_{{cut}}); the file may be truncated or damaged)',
  gps_latitude_minutes_zero_denominator: 'GPS latitude minutes {{value}} have a zero denominator; read as 0',
  gps_latitude_seconds_zero_denominator: 'GPS latitude seconds {{value}} have a zero denominator; read as 0',
  gps_longitude_minutes_zero_denominator: 'GPS longitude minutes {{value}} have a zero denominator; read as 0',
  gps_longitude_seconds_zero_denominator: 'GPS longitude seconds {{value}} have a zero denominator; read as 0',
  gps_latitude_degrees_missing: 'GPS latitude degrees are missing or have a zero denominator',
  gps_longitude_degrees_missing: 'GPS longitude degrees are missing or have a zero denominator',
  gps_time_hours_zero_denominator: 'GPS time hours have a zero denominator; read as 0',
  gps_time_minutes_zero_denominator: 'GPS time minutes have a zero denominator; read as 0',
  gps_time_seconds_zero_denominator: 'GPS time seconds have a zero denominator; read as 0',
  gps_date_not_real: 'GPS date “{{value}}” does not exist; the fix has no time',
  gps_time_not_real: 'GPS time {{value}} does not exist; the fix has no time',
  gps_ifd_unreadable: 'The GPS IFD could not be read raw: {{error}}',
  gps_out_of_range: 'GPS position {{latitude}}, {{longitude}} is out of range',
  gps_null_island: 'GPS position is (0, 0), a placeholder (“null island”); no location emitted',
  gps_hemisphere_unknown: 'GPS latitude or longitude reference is missing; hemisphere unknown',
  gps_altitude_zero_denominator: 'GPS altitude has a zero denominator; ignored',
};

export const imageRu: Mirror<typeof imageEn> = {
  large_prefix_only: 'Размер изображения {{size, bytes}}: метаданные искались только в начале файла ({{bytes, bytes}})',
  time_not_real: '{{tag}} «{{value}}» — несуществующие дата и время; не использованы',
  ends_before_ifd0:
    'Файл обрывается до своих метаданных: IFD0 находится по смещению {{offset, number}}, за концом файла размером {{size, bytes}}; возможно, файл неполный',
  metadata_segment_past_end:
    'Метаданные: сегмент {{segment}} ({{length, bytes}} по смещению {{offset, number}}) выходит за конец $t(evidence:warnings.parts.read_{{end}}) и не прочитан; возможно, файл неполный ({{error}})',
  metadata_offset_past_end:
    'Метаданные: смещение или длина в них указывает за конец $t(evidence:warnings.parts.read_{{end}}), поэтому часть их не прочитана; возможно, файл неполный или повреждён ({{error}})',
  metadata_other: 'Метаданные: {{error}}',
  metadata_unreadable_segment_past_end:
    'Метаданные прочитать не удалось: сегмент {{segment}} ({{length, bytes}} по смещению {{offset, number}}) выходит за конец $t(evidence:warnings.parts.read_{{end}}); возможно, файл неполный ({{error}})',
  metadata_unreadable_offset_past_end:
    'Метаданные прочитать не удалось: смещение или длина в них указывает за конец $t(evidence:warnings.parts.read_{{end}}); возможно, файл неполный или повреждён ({{error}})',
  metadata_unreadable_other: 'Метаданные прочитать не удалось: {{error}}',
  jpeg_no_eoi:
    'JPEG не заканчивается маркером конца изображения (FF D9): возможно, файл неполный или за изображением следуют другие данные; метаданные, прочитанные из его начала, остаются в силе',
  png_no_iend:
    'PNG не заканчивается блоком IEND: возможно, файл неполный или за изображением следуют другие данные; метаданные, прочитанные из его начала, остаются в силе',
  webp_riff_short:
    'Файл обрывается на {{bytes, bytes}} раньше конца, заявленного в заголовке RIFF: возможно, он неполный$t(evidence:warnings.parts.then_{{part}})',
  webp_chunk_past_end: '$t(evidence:warnings.parts.{{part}}, capital): возможно, файл неполный или повреждён',
  heif_box_past_end:
    '$t(evidence:warnings.parts.{{part}}, capital): возможно, файл неполный$t(evidence:warnings.parts.tail_items_{{items}})',
  heif_no_mdat:
    'В файле нет бокса mdat (медиаданных, в которых хранятся изображения)$t(evidence:warnings.parts.after_{{after}}): возможно, файл неполный$t(evidence:warnings.parts.tail_items_{{items}})',
  heif_items_past_end: '$t(evidence:warnings.parts.items_{{items}}, capital): возможно, файл неполный или повреждён',
  exif_block_cut:
    'Блок Exif обрывается: время съёмки и настройки камеры могут отсутствовать ($t(evidence:warnings.parts.ifd_{{cut}}); возможно, файл неполный или повреждён)',
  exif_tag_cut:
    'Блок Exif обрывается: {{tag}} может отсутствовать или быть неполным ($t(evidence:warnings.parts.ifd_{{cut}}); возможно, файл неполный или повреждён)',
  gps_block_cut:
    'Блок GPS обрывается: координаты могут отсутствовать ($t(evidence:warnings.parts.ifd_{{cut}}); возможно, файл неполный или повреждён)',
  gps_tag_cut:
    'Блок GPS обрывается: {{tag}} может отсутствовать или быть неполным ($t(evidence:warnings.parts.ifd_{{cut}}); возможно, файл неполный или повреждён)',
  ifd1_block_cut:
    'Блок миниатюры (IFD1) обрывается: встроенная миниатюра может отсутствовать ($t(evidence:warnings.parts.ifd_{{cut}}); возможно, файл неполный или повреждён)',
  gps_latitude_minutes_zero_denominator: 'У минут широты GPS {{value}} нулевой знаменатель; приняты равными 0',
  gps_latitude_seconds_zero_denominator: 'У секунд широты GPS {{value}} нулевой знаменатель; приняты равными 0',
  gps_longitude_minutes_zero_denominator: 'У минут долготы GPS {{value}} нулевой знаменатель; приняты равными 0',
  gps_longitude_seconds_zero_denominator: 'У секунд долготы GPS {{value}} нулевой знаменатель; приняты равными 0',
  gps_latitude_degrees_missing: 'Градусы широты GPS отсутствуют или имеют нулевой знаменатель',
  gps_longitude_degrees_missing: 'Градусы долготы GPS отсутствуют или имеют нулевой знаменатель',
  gps_time_hours_zero_denominator: 'У часов времени GPS нулевой знаменатель; приняты равными 0',
  gps_time_minutes_zero_denominator: 'У минут времени GPS нулевой знаменатель; приняты равными 0',
  gps_time_seconds_zero_denominator: 'У секунд времени GPS нулевой знаменатель; приняты равными 0',
  gps_date_not_real: 'Дата GPS «{{value}}» не существует; у определения координат нет времени',
  gps_time_not_real: 'Время GPS {{value}} не существует; у определения координат нет времени',
  gps_ifd_unreadable: 'Блок GPS IFD не удалось прочитать напрямую: {{error}}',
  gps_out_of_range: 'Координаты GPS {{latitude}}, {{longitude}} вне допустимого диапазона',
  gps_null_island: 'Координаты GPS (0, 0) — заглушка («нулевой остров»); местоположение не записано',
  gps_hemisphere_unknown: 'Нет указания полушария для широты или долготы GPS; полушарие неизвестно',
  gps_altitude_zero_denominator: 'У высоты GPS нулевой знаменатель; не учтена',
};
