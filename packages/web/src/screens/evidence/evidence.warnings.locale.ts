// Evidence: processing warnings by their code (the parser's family, then the kind) and the reasons of a passed limit
// with their figures, in the reader's language. A warning whose code is not here is shown in the English it was
// recorded in. Numbers go through `number` (grouped in the reader's language), byte counts through `bytes`.
import type { Mirror } from '../../locale';

export const en = {
  warnings: {
    /** Before a warning about one message of a mailbox. */
    inMboxMessage: 'Message {{message, number}} at offset {{offset, number}}',
    /** A byte count (the `bytes` format), `number` grouped in the reader's language. */
    byteCount_one: '{{number}} byte',
    byteCount_other: '{{number}} bytes',
    /** The words a warning's values name (a date order, the rule that decided it). */
    terms: {
      day_first: 'day-first',
      month_first: 'month-first',
      /** The order as named after "suggest" (Russian needs another form after «на порядок»). */
      order_day_first: 'day-first',
      order_month_first: 'month-first',
      component_above_12: 'a component above 12',
      decreasing_component: 'a decreasing component',
      change_frequency: 'how often each component changes',
    },
    /**
     * Phrases a warning's sentence takes in by a value that names them (`$t(…parts.{{part}})`): a chunk or box cut
     * short, what it holds, where a TIFF block is cut, the items whose bytes are lost. `_none` is the phrase left out.
     */
    parts: {
      webp_chunk:
        'the {{name}} chunk ($t(evidence:warnings.parts.content_{{content}}){{length, bytes}} at offset {{at, number}}) runs {{past, bytes}} past the end of the file',
      webp_chunk_unnamed:
        'a chunk ($t(evidence:warnings.parts.content_{{content}}){{length, bytes}} at offset {{at, number}}) runs {{past, bytes}} past the end of the file',
      heif_box:
        'the {{name}} box ($t(evidence:warnings.parts.content_{{content}}){{length, bytes}} at offset {{at, number}}) runs {{past, bytes}} past the end of the file',
      heif_box_unnamed:
        'a box ($t(evidence:warnings.parts.content_{{content}}){{length, bytes}} at offset {{at, number}}) runs {{past, bytes}} past the end of the file',
      heif_box_header: 'the file ends {{headerBytes, bytes}} into a box header at offset {{at, number}}',
      then_none: '',
      then_webp_chunk: '; $t(evidence:warnings.parts.webp_chunk)',
      then_webp_chunk_unnamed: '; $t(evidence:warnings.parts.webp_chunk_unnamed)',
      content_none: '',
      content_image_data: 'the image data, ',
      content_extended_header: 'the extended header, ',
      content_transparency: 'the transparency, ',
      content_animation_settings: 'the animation settings, ',
      content_animation_frame: 'an animation frame, ',
      content_exif_not_read: 'the EXIF metadata, which was not read, ',
      content_xmp: 'the XMP metadata, ',
      content_colour_profile: 'the colour profile, ',
      content_file_type: 'the file type, ',
      content_metadata_item_locations: 'the metadata and item locations, ',
      content_media_data: 'the media data, which holds the images, ',
      content_sequence_index: 'the image sequence index, ',
      content_item_data: 'item data, ',
      content_free_space: 'free space, ',
      after_none: '',
      after_box: ' after its {{name}} box',
      items_only:
        "the bytes of the one item its iloc box places in the file (images, tiles, thumbnails, metadata; item {{ids}}) lie past the file's end, by up to {{farthest, bytes}}",
      items_one:
        "the bytes of {{lostItems, number}} of the {{placedItems, number}} items its iloc box places in the file (images, tiles, thumbnails, metadata; item {{ids}}) lie past the file's end, by up to {{farthest, bytes}}",
      items_some:
        "the bytes of {{lostItems, number}} of the {{placedItems, number}} items its iloc box places in the file (images, tiles, thumbnails, metadata; items {{ids}}) lie past the file's end, by up to {{farthest, bytes}}",
      tail_items_none: '',
      tail_items_only: '; $t(evidence:warnings.parts.items_only)',
      tail_items_one: '; $t(evidence:warnings.parts.items_one)',
      tail_items_some: '; $t(evidence:warnings.parts.items_some)',
      ifd_start: 'it begins at $t(evidence:warnings.parts.offset_{{end}}), past the end of $t(evidence:warnings.parts.end_{{end}})',
      ifd_entry:
        'its one entry, at $t(evidence:warnings.parts.offset_{{end}}), runs past the end of $t(evidence:warnings.parts.end_{{end}})',
      ifd_entries:
        'its {{entries, number}} entries, from $t(evidence:warnings.parts.offset_{{end}}), run past the end of $t(evidence:warnings.parts.end_{{end}})',
      ifd_value:
        'the value of {{tag}}, {{length, bytes}} at $t(evidence:warnings.parts.offset_{{end}}), runs past the end of $t(evidence:warnings.parts.end_{{end}})',
      ifd_thumbnail:
        'the thumbnail image, {{length, bytes}} at $t(evidence:warnings.parts.offset_{{end}}), runs past the end of $t(evidence:warnings.parts.end_{{end}})',
      offset_file: 'offset {{at, number}}',
      offset_exif_data: 'offset {{at, number}} of the EXIF data',
      offset_exif_segment: 'offset {{at, number}} of the EXIF data',
      end_file: "the file's {{size, bytes}}",
      end_exif_data: 'the {{size, bytes}} of EXIF data before the file ends',
      end_exif_segment: "its EXIF segment's {{size, bytes}}",
      read_file: "the file's {{size, bytes}}",
      read_prefix: 'the first {{prefix, bytes}}, the part of the file read',
      read_block: 'the bytes that hold it',
    },
    processing: {
      member_path_neutralised: 'Member path “{{raw}}” was made safe as “{{path}}”',
      read_by_next_parser: 'Named like a file for {{parser}}, but it could not read it ({{error}}); read by {{next}} instead',
    },
    zip: {
      member_path_neutralised: 'Member “{{member}}” has an unsafe path (absolute, drive letter or ..): stored as “{{path}}”',
      symlink_with_bytes: 'Member “{{member}}” is marked as a symbolic link but holds {{size, bytes}}: extracted as a file',
      folder_with_bytes: 'Member “{{member}}” is marked as a folder but holds {{size, bytes}}: extracted as a file',
      symlink: 'Member “{{member}}” is a symbolic link: recorded, not followed',
      symlink_to: 'Member “{{member}}” is a symbolic link to “{{target}}”: recorded, not followed',
      member_encrypted: 'Member “{{member}}” is encrypted: listed, not extracted',
      method_unsupported:
        'Member “{{member}}” uses compression method {{method}} ({{methodName}}), which cannot be read: listed, not extracted',
      duplicate_path: 'Member “{{member}}” has the same path as an earlier member: stored as “{{path}}”',
      member_damaged: 'Member “{{member}}” is damaged and was not extracted ({{error}})',
      crc_mismatch: 'Member “{{member}}”: CRC-32 {{found}} does not match the declared {{declared}}; its bytes are damaged',
    },
    whatsapp: {
      date_order_undecided:
        'Day/month order undecided: no date has a component above 12, and neither a decreasing component nor how often each component changes decides; dates were read day-first (choose the date order for this exhibit to read them month-first)',
      chosen_order_invalid_dates:
        'Dates were read $t(evidence:warnings.terms.{{chosen}}) as chosen, but some have a component above 12 that only $t(evidence:warnings.terms.{{own}}) reads as a day: those dates are invalid',
      chosen_order_disputed:
        'Dates were read $t(evidence:warnings.terms.{{chosen}}) as chosen; the file’s own dates suggest $t(evidence:warnings.terms.order_{{own}}) (by $t(evidence:warnings.terms.{{rule}}))',
      orphan_lines_one: '{{count, number}} line before the first message header was skipped',
      orphan_lines_other: '{{count, number}} lines before the first message header were skipped',
      invalid_dates_one: '{{count, number}} message has a header date or time that does not exist; its time is left empty',
      invalid_dates_other: '{{count, number}} messages have a header date or time that does not exist; their time is left empty',
      missing_attachments_one: '{{count, number}} attachment named in the chat is not in the archive',
      missing_attachments_other: '{{count, number}} attachments named in the chat are not in the archive',
      chat_unreadable: 'The chat member “{{member}}” could not be read to the end ({{error}}); its messages may be incomplete',
      no_chat: 'No chat file (_chat.txt or “WhatsApp Chat with … .txt”) in this archive: only its members were extracted',
    },
    telegram: {
      truncated: 'Telegram export: the file ends inside {{at}}; the export is truncated, everything before that was read',
      bad_values: 'Telegram export: {{count, number}} values in all were not valid JSON and were skipped',
      empty_chats: 'Telegram export: {{count, number}} chat(s) are listed without messages: {{chats}}',
      empty_chats_more: 'Telegram export: {{count, number}} chats are listed without messages: {{chats}} and {{more, number}} more',
      duplicate_ids: 'Telegram export: {{count, number}} messages repeat an id already seen in their chat (kept, with a suffixed key)',
      offsets_vary:
        'Telegram export: the exporting computer’s UTC offset varies within the file ({{offsets}}); a date with no _unixtime is read with the offset nearest to it',
      read_before_offset:
        'Telegram export: {{count, number}} date(s) with no _unixtime came before the file showed the exporting computer’s UTC offset ({{offset}}) and were read in the case’s zone ({{zone}})',
      offset_uncertain:
        'Telegram export: {{count, number}} date(s) with no _unixtime were read with an offset the file does not show near them (marked as uncertain)',
      repeated_hours:
        'Telegram export: {{count, number}} date(s) with no _unixtime, read in the case’s zone ({{zone}}), fall in an hour that zone repeats or skips: which instant each was is not known',
      value_skipped: 'Telegram export: skipped {{pointer}} at byte {{offset, number}}: {{error}}',
      not_a_message: 'Telegram export: {{pointer}} is not a message object',
    },
    text: {
      not_text: 'The content does not look like text (NUL or control bytes); decoded anyway',
      capped: 'Only the first {{bytes, bytes}} of text are stored (the file has {{characters, number}} characters)',
      undecodable: '{{count, number}} characters could not be decoded as {{encoding}}',
    },
    browser: {
      wal_applied: 'Read together with its write-ahead log {{log}}: rows committed there but not yet in this file are included',
      wal_not_applied: 'Its write-ahead log {{log}} could not be applied ({{error}}); read without it',
      table_cut_short: '{{table}}: the database is damaged ({{error}}); the rest of this table was not read',
      table_unreadable: '{{table}}: the database is damaged ({{error}}); none of its rows could be read',
      table_damaged:
        '{{table}}: the database is damaged ({{error}}); the rest was read: {{withoutJoins, number}} read without the rows they refer to; ids {{ids}} could not be read',
      table_damaged_joins:
        '{{table}}: the database is damaged ({{error}}); the rest was read: {{withoutJoins, number}} read without the rows they refer to',
      table_damaged_ids: '{{table}}: the database is damaged ({{error}}); the rest was read: ids {{ids}} could not be read',
      download_times_out_of_range: '{{count, number}} download(s) have a time outside the representable range; kept without a time',
      safari_history_cleared: 'History was cleared {{count, number}} time(s) (history_tombstones): each is a history_cleared entry',
      safari_visit_times_unusable: '{{count, number}} visit(s) have a visit_time that is not a usable Cocoa time; kept without a time',
      firefox_download_metadata_not_json:
        '{{count, number}} download(s) have a downloads/metaData annotation that is not JSON; kept without it',
    },
    pdf: {
      encrypted: 'The PDF is encrypted with a user password: its text and metadata could not be read',
      page_unreadable: 'Page {{page, number}}: text could not be read ({{error}})',
      text_capped: 'Text capped at 1 MiB after page {{page, number}} of {{pages, number}}',
      no_text_layer: 'No text layer on any of its {{count, number}} page(s): a scanned document’s words need OCR to be read',
    },
    docx: {
      text_capped: 'Text capped at 1 MiB',
      property_part_too_large: '{{part}} is larger than {{limit, bytes}} and was not read',
      media_not_extracted: '{{member}} is encrypted or compressed with method {{method}}: not extracted',
    },
    file: {
      name_content_mismatch:
        'Its name “{{name}}” is that of a known format, but its content is not (it reads as: {{detected}}); it may be damaged, or not what its name says',
    },
    email: {
      mime_too_deep: 'MIME nesting deeper than {{levels, number}} levels: part {{part}} not opened',
      no_boundary: 'Multipart part {{part}} has no boundary; its body is kept unsplit',
      root_no_boundary: 'The message’s multipart body has no boundary; it is kept unsplit',
      no_closing_delimiter: 'Multipart part {{part}} has no closing delimiter',
      root_no_closing_delimiter: 'The message’s multipart body has no closing delimiter',
      charset_mismatch: 'Part {{part}} declares charset {{declared}} but was decoded as {{decodedAs}}',
      no_date: 'No Date header',
      date_unreadable: 'Unreadable Date header: “{{value}}”',
      date_invalid: 'Invalid Date header: “{{value}}”',
      date_zone_invalid: 'Invalid zone in the Date header: {{zone}}',
      date_zone_unknown: 'Unknown zone “{{zone}}” in the Date header; read as local time in {{caseZone}}',
      date_no_zone: 'Date header without a zone; read as local time in {{caseZone}}',
      date_problem: 'The Date header could not be read as it is',
      origin_past_untrusted:
        'Its Received fields do not reach the case’s trusted mail hosts from a public sender: the origin is the first public sender',
      no_public_sender: 'No public sender outside the case’s trusted mail hosts: no origin',
    },
    mbox: {
      bytes_before_first_message: '{{bytes, bytes}} before the first “From ” line were skipped',
      content_length_past_end:
        'Message {{mboxMessage, number}} at offset {{mboxOffset, number}}: Content-Length {{contentLength, number}} ignored: it points past the end of the file',
      content_length_not_at_message:
        'Message {{mboxMessage, number}} at offset {{mboxOffset, number}}: Content-Length {{contentLength, number}} ignored: the bytes after it are not a “From ” line',
      no_header_fields: 'Message {{mboxMessage, number}} at offset {{mboxOffset, number}}: no header fields',
    },
    image: {
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
    },
  },
  /**
   * A passed limit's reason with its figures (core's LimitExceededError params), by reason code; `_declared` when the
   * container declared it before a byte was read, `_read` when it was found while reading.
   */
  reasonDetails: {
    limit_depth: 'Containers are nested deeper than the limit ({{limit, number}}): “{{member}}” in {{exhibit}} was not extracted',
    limit_entries_declared: 'The archive lists {{entries, number}} entries, over the limit of {{limit, number}}',
    limit_entries_read: 'The entry count limit ({{limit, number}}) was passed at “{{member}}” in {{exhibit}}',
    limit_entry_size_declared: 'Member “{{member}}” declares {{size, bytes}}, over the entry size limit of {{limit, bytes}}',
    limit_entry_size_read: 'Member “{{member}}” grew past the entry size limit of {{limit, bytes}}',
    limit_entry_ratio:
      'Member “{{member}}” expands {{ratio, number}}-fold, over the limit of {{limit, number}}: a compression bomb is likely',
    limit_expansion_declared:
      'Expanding “{{member}}” would pass {{limit, number}} times $t(evidence:reasonDetails.budget_{{budget}}): a compression bomb is likely',
    limit_expansion_read:
      '“{{member}}” expanded past {{limit, number}} times $t(evidence:reasonDetails.budget_{{budget}}): a compression bomb is likely',
    /** Whose size the expansion limit is measured against: the container's own, or, inside one, the exhibit taken in. */
    budget_own: 'the size of the container$t(evidence:reasonDetails.floor_{{floored}})',
    budget_tree: 'the size of {{origin}}$t(evidence:reasonDetails.floor_{{floored}}), counting what was extracted from it before',
    floor_no: '',
    floor_yes: ' (counted as {{countedAs, bytes}}, the least a container is allowed)',
    limit_size_mismatch: 'Member “{{member}}” inflates to more than the {{size, bytes}} it declares: the archive misstates its size',
    limit_time: 'Reading it took longer than the time limit of {{limit, number}} s',
  },
};

export const ru: Mirror<typeof en> = {
  warnings: {
    inMboxMessage: 'Письмо {{message, number}} (смещение {{offset, number}})',
    byteCount_one: '{{number}} байт',
    byteCount_few: '{{number}} байта',
    byteCount_many: '{{number}} байт',
    byteCount_other: '{{number}} байта',
    terms: {
      day_first: 'в порядке «день, месяц»',
      month_first: 'в порядке «месяц, день»',
      order_day_first: '«день, месяц»',
      order_month_first: '«месяц, день»',
      component_above_12: 'по числу больше 12',
      decreasing_component: 'по убывающей части даты',
      change_frequency: 'по тому, как часто меняется каждая часть даты',
    },
    parts: {
      webp_chunk:
        'блок {{name}} ($t(evidence:warnings.parts.content_{{content}}){{length, bytes}} по смещению {{at, number}}) выходит за конец файла на {{past, bytes}}',
      webp_chunk_unnamed:
        'блок ($t(evidence:warnings.parts.content_{{content}}){{length, bytes}} по смещению {{at, number}}) выходит за конец файла на {{past, bytes}}',
      heif_box:
        'бокс {{name}} ($t(evidence:warnings.parts.content_{{content}}){{length, bytes}} по смещению {{at, number}}) выходит за конец файла на {{past, bytes}}',
      heif_box_unnamed:
        'бокс ($t(evidence:warnings.parts.content_{{content}}){{length, bytes}} по смещению {{at, number}}) выходит за конец файла на {{past, bytes}}',
      heif_box_header: 'файл обрывается через {{headerBytes, bytes}} после начала заголовка бокса по смещению {{at, number}}',
      then_none: '',
      then_webp_chunk: '; $t(evidence:warnings.parts.webp_chunk)',
      then_webp_chunk_unnamed: '; $t(evidence:warnings.parts.webp_chunk_unnamed)',
      content_none: '',
      content_image_data: 'данные изображения, ',
      content_extended_header: 'расширенный заголовок, ',
      content_transparency: 'прозрачность, ',
      content_animation_settings: 'настройки анимации, ',
      content_animation_frame: 'кадр анимации, ',
      content_exif_not_read: 'метаданные EXIF, которые не прочитаны, ',
      content_xmp: 'метаданные XMP, ',
      content_colour_profile: 'цветовой профиль, ',
      content_file_type: 'тип файла, ',
      content_metadata_item_locations: 'метаданные и расположение элементов, ',
      content_media_data: 'медиаданные, в которых хранятся изображения, ',
      content_sequence_index: 'индекс последовательности изображений, ',
      content_item_data: 'данные элементов, ',
      content_free_space: 'свободное место, ',
      after_none: '',
      after_box: ' после бокса {{name}}',
      items_only:
        'байты единственного элемента, который бокс iloc размещает в файле (изображения, плитки, миниатюры, метаданные; элемент {{ids}}), выходят за конец файла не более чем на {{farthest, bytes}}',
      items_one:
        'из элементов, которые бокс iloc размещает в файле (изображения, плитки, миниатюры, метаданные; всего их {{placedItems, number}}), за конец файла выходят байты элемента {{ids}} (таких элементов: {{lostItems, number}}), не более чем на {{farthest, bytes}}',
      items_some:
        'из элементов, которые бокс iloc размещает в файле (изображения, плитки, миниатюры, метаданные; всего их {{placedItems, number}}), за конец файла выходят байты элементов {{ids}} (таких элементов: {{lostItems, number}}), не более чем на {{farthest, bytes}}',
      tail_items_none: '',
      tail_items_only: '; $t(evidence:warnings.parts.items_only)',
      tail_items_one: '; $t(evidence:warnings.parts.items_one)',
      tail_items_some: '; $t(evidence:warnings.parts.items_some)',
      ifd_start: 'блок начинается $t(evidence:warnings.parts.offset_{{end}}), за концом $t(evidence:warnings.parts.end_{{end}})',
      ifd_entry:
        'его единственная запись $t(evidence:warnings.parts.offset_{{end}}) выходит за конец $t(evidence:warnings.parts.end_{{end}})',
      ifd_entries:
        'его записи (число записей: {{entries, number}}) $t(evidence:warnings.parts.offset_{{end}}) выходят за конец $t(evidence:warnings.parts.end_{{end}})',
      ifd_value:
        'значение {{tag}} ({{length, bytes}}) $t(evidence:warnings.parts.offset_{{end}}) выходит за конец $t(evidence:warnings.parts.end_{{end}})',
      ifd_thumbnail:
        'изображение миниатюры ({{length, bytes}}) $t(evidence:warnings.parts.offset_{{end}}) выходит за конец $t(evidence:warnings.parts.end_{{end}})',
      offset_file: 'по смещению {{at, number}}',
      offset_exif_data: 'по смещению {{at, number}} в данных EXIF',
      offset_exif_segment: 'по смещению {{at, number}} в данных EXIF',
      end_file: 'файла ({{size, bytes}})',
      end_exif_data: 'данных EXIF, которые есть до конца файла ({{size, bytes}})',
      end_exif_segment: 'сегмента EXIF ({{size, bytes}})',
      read_file: 'файла ({{size, bytes}})',
      read_prefix: 'прочитанной части файла (первые {{prefix, bytes}})',
      read_block: 'байтов, в которых они хранятся',
    },
    processing: {
      member_path_neutralised: 'Путь вложения «{{raw}}» приведён к безопасному виду: «{{path}}»',
      read_by_next_parser:
        'По имени это файл для парсера {{parser}}, но тот не смог его прочитать ({{error}}); файл прочитан парсером {{next}}',
    },
    zip: {
      member_path_neutralised: 'У записи «{{member}}» небезопасный путь (абсолютный, с буквой диска или с ..): сохранена как «{{path}}»',
      symlink_with_bytes: 'Запись «{{member}}» помечена как символическая ссылка, но содержит {{size, bytes}}: извлечена как файл',
      folder_with_bytes: 'Запись «{{member}}» помечена как папка, но содержит {{size, bytes}}: извлечена как файл',
      symlink: 'Запись «{{member}}» — символическая ссылка: зафиксирована, по ссылке не переходили',
      symlink_to: 'Запись «{{member}}» — символическая ссылка на «{{target}}»: зафиксирована, по ссылке не переходили',
      member_encrypted: 'Запись «{{member}}» зашифрована: внесена в перечень, но не извлечена',
      method_unsupported:
        'Запись «{{member}}» сжата методом {{method}} ({{methodName}}), который не поддерживается: внесена в перечень, но не извлечена',
      duplicate_path: 'Путь записи «{{member}}» совпадает с путём более ранней записи: сохранена как «{{path}}»',
      member_damaged: 'Запись «{{member}}» повреждена и не извлечена ({{error}})',
      crc_mismatch: 'Запись «{{member}}»: CRC-32 {{found}} не совпадает с заявленной {{declared}}; её байты повреждены',
    },
    whatsapp: {
      date_order_undecided:
        'Порядок дня и месяца не определён: ни в одной дате нет числа больше 12, и ни убывающая часть даты, ни то, как часто меняется каждая часть, этого не решают; даты прочитаны в порядке «день, месяц» (чтобы прочитать их в порядке «месяц, день», выберите порядок дат для этого объекта)',
      chosen_order_invalid_dates:
        'Даты прочитаны $t(evidence:warnings.terms.{{chosen}}), как выбрано, но в некоторых есть число больше 12, которое может быть днём только $t(evidence:warnings.terms.{{own}}): эти даты недействительны',
      chosen_order_disputed:
        'Даты прочитаны $t(evidence:warnings.terms.{{chosen}}), как выбрано; сами даты файла указывают на порядок $t(evidence:warnings.terms.order_{{own}}) ($t(evidence:warnings.terms.{{rule}}))',
      orphan_lines_one: 'Пропущена {{count, number}} строка перед заголовком первого сообщения',
      orphan_lines_few: 'Пропущены {{count, number}} строки перед заголовком первого сообщения',
      orphan_lines_many: 'Пропущено {{count, number}} строк перед заголовком первого сообщения',
      orphan_lines_other: 'Пропущено {{count, number}} строки перед заголовком первого сообщения',
      invalid_dates_one: 'У {{count, number}} сообщения в заголовке несуществующие дата или время; время не указано',
      invalid_dates_few: 'У {{count, number}} сообщений в заголовке несуществующие дата или время; их время не указано',
      invalid_dates_many: 'У {{count, number}} сообщений в заголовке несуществующие дата или время; их время не указано',
      invalid_dates_other: 'У {{count, number}} сообщения в заголовке несуществующие дата или время; их время не указано',
      missing_attachments_one: '{{count, number}} вложение, упомянутое в чате, отсутствует в архиве',
      missing_attachments_few: '{{count, number}} вложения, упомянутые в чате, отсутствуют в архиве',
      missing_attachments_many: '{{count, number}} вложений, упомянутых в чате, отсутствуют в архиве',
      missing_attachments_other: '{{count, number}} вложения, упомянутого в чате, отсутствуют в архиве',
      chat_unreadable: 'Файл чата «{{member}}» не удалось прочитать до конца ({{error}}); сообщения могут быть неполными',
      no_chat: 'В архиве нет файла чата (_chat.txt или «WhatsApp Chat with … .txt»): извлечены только его файлы',
    },
    telegram: {
      truncated: 'Экспорт Telegram: файл обрывается внутри {{at}}; экспорт неполный, всё до этого места прочитано',
      bad_values: 'Экспорт Telegram: пропущено значений, не являющихся корректным JSON: {{count, number}}',
      empty_chats: 'Экспорт Telegram: чатов, перечисленных без сообщений: {{count, number}} ({{chats}})',
      empty_chats_more: 'Экспорт Telegram: чатов, перечисленных без сообщений: {{count, number}} ({{chats}} и ещё {{more, number}})',
      duplicate_ids:
        'Экспорт Telegram: сообщений с идентификатором, уже встречавшимся в их чате: {{count, number}} (сохранены с суффиксом в ключе)',
      offsets_vary:
        'Экспорт Telegram: смещение от UTC на компьютере, с которого сделан экспорт, меняется в пределах файла ({{offsets}}); дата без _unixtime читается с ближайшим к ней смещением',
      read_before_offset:
        'Экспорт Telegram: дат без _unixtime, встретившихся до того, как файл показал смещение от UTC компьютера ({{offset}}), и прочитанных в часовом поясе дела ({{zone}}): {{count, number}}',
      offset_uncertain:
        'Экспорт Telegram: дат без _unixtime, прочитанных со смещением, которого файл рядом с ними не показывает (помечены как неточные): {{count, number}}',
      repeated_hours:
        'Экспорт Telegram: дат без _unixtime, которые в часовом поясе дела ({{zone}}) приходятся на повторяющийся или пропущенный час, так что точный момент неизвестен: {{count, number}}',
      value_skipped: 'Экспорт Telegram: пропущено значение {{pointer}} по смещению {{offset, number}}: {{error}}',
      not_a_message: 'Экспорт Telegram: {{pointer}} не является объектом сообщения',
    },
    text: {
      not_text: 'Содержимое не похоже на текст (байты NUL или управляющие символы); всё же декодировано',
      capped: 'Сохранены только первые {{bytes, bytes}} текста (в файле символов: {{characters, number}})',
      undecodable: 'Символов, которые не удалось декодировать как {{encoding}}: {{count, number}}',
    },
    browser: {
      wal_applied:
        'Прочитан вместе с журналом упреждающей записи {{log}}: включены строки, зафиксированные в журнале, но ещё не перенесённые в этот файл',
      wal_not_applied: 'Журнал упреждающей записи {{log}} применить не удалось ({{error}}); прочитан без него',
      table_cut_short: '{{table}}: база данных повреждена ({{error}}); остаток этой таблицы не прочитан',
      table_unreadable: '{{table}}: база данных повреждена ({{error}}); ни одной строки прочитать не удалось',
      table_damaged:
        '{{table}}: база данных повреждена ({{error}}); остальное прочитано: строк, прочитанных без строк, на которые они ссылаются: {{withoutJoins, number}}; не удалось прочитать строки с идентификаторами {{ids}}',
      table_damaged_joins:
        '{{table}}: база данных повреждена ({{error}}); остальное прочитано: строк, прочитанных без строк, на которые они ссылаются: {{withoutJoins, number}}',
      table_damaged_ids:
        '{{table}}: база данных повреждена ({{error}}); остальное прочитано, не удалось прочитать строки с идентификаторами {{ids}}',
      download_times_out_of_range: 'Загрузок со временем вне допустимого диапазона: {{count, number}}; сохранены без времени',
      safari_history_cleared: 'Очисток истории (history_tombstones): {{count, number}}; каждая записана как history_cleared',
      safari_visit_times_unusable: 'Посещений с visit_time, непригодным как время Cocoa: {{count, number}}; сохранены без времени',
      firefox_download_metadata_not_json:
        'Загрузок с аннотацией downloads/metaData не в формате JSON: {{count, number}}; сохранены без неё',
    },
    pdf: {
      encrypted: 'PDF зашифрован паролем пользователя: его текст и метаданные прочитать не удалось',
      page_unreadable: 'Страница {{page, number}}: текст прочитать не удалось ({{error}})',
      text_capped: 'Текст ограничен 1 МиБ: он прочитан до страницы {{page, number}} включительно (всего страниц: {{pages, number}})',
      no_text_layer:
        'Ни на одной из страниц ({{count, number}}) нет текстового слоя: слова отсканированного документа можно прочитать только после OCR',
    },
    docx: {
      text_capped: 'Текст ограничен 1 МиБ',
      property_part_too_large: 'Часть {{part}} больше {{limit, bytes}} и не прочитана',
      media_not_extracted: 'Файл {{member}} зашифрован или сжат методом {{method}}: не извлечён',
    },
    file: {
      name_content_mismatch:
        'Имя «{{name}}» указывает на известный формат, но содержимое ему не соответствует (определено как {{detected}}): файл может быть повреждён или не соответствовать своему имени',
    },
    email: {
      mime_too_deep: 'Вложенность MIME глубже предела (уровней: {{levels, number}}): часть {{part}} не открыта',
      no_boundary: 'У составной части {{part}} нет границы (boundary); её тело сохранено целиком',
      root_no_boundary: 'У составного тела письма нет границы (boundary); оно сохранено целиком',
      no_closing_delimiter: 'У составной части {{part}} нет закрывающего разделителя',
      root_no_closing_delimiter: 'У составного тела письма нет закрывающего разделителя',
      charset_mismatch: 'Часть {{part}} объявляет кодировку {{declared}}, но декодирована как {{decodedAs}}',
      no_date: 'Нет заголовка Date',
      date_unreadable: 'Заголовок Date не читается: «{{value}}»',
      date_invalid: 'Недопустимый заголовок Date: «{{value}}»',
      date_zone_invalid: 'Недопустимый часовой пояс в заголовке Date: {{zone}}',
      date_zone_unknown: 'Неизвестный часовой пояс «{{zone}}» в заголовке Date; время прочитано как местное в поясе {{caseZone}}',
      date_no_zone: 'В заголовке Date нет часового пояса; время прочитано как местное в поясе {{caseZone}}',
      date_problem: 'Заголовок Date не удалось прочитать как есть',
      origin_past_untrusted:
        'Цепочка полей Received не ведёт от публичного отправителя к доверенным почтовым серверам дела: источником считается первый публичный отправитель',
      no_public_sender: 'Нет публичного отправителя за пределами доверенных почтовых серверов дела: источник не определён',
    },
    mbox: {
      bytes_before_first_message: 'Перед первой строкой «From » пропущено: {{bytes, bytes}}',
      content_length_past_end:
        'Письмо {{mboxMessage, number}} (смещение {{mboxOffset, number}}): Content-Length {{contentLength, number}} не учтён: он указывает за конец файла',
      content_length_not_at_message:
        'Письмо {{mboxMessage, number}} (смещение {{mboxOffset, number}}): Content-Length {{contentLength, number}} не учтён: за ним идёт не строка «From »',
      no_header_fields: 'Письмо {{mboxMessage, number}} (смещение {{mboxOffset, number}}): нет полей заголовка',
    },
    image: {
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
    },
  },
  reasonDetails: {
    limit_depth: 'Вложенность контейнеров глубже предела ({{limit, number}}): «{{member}}» в {{exhibit}} не извлечён',
    limit_entries_declared: 'В архиве перечислено записей: {{entries, number}}, больше предела в {{limit, number}}',
    limit_entries_read: 'Предел числа записей ({{limit, number}}) превышен на «{{member}}» в {{exhibit}}',
    limit_entry_size_declared: 'Запись «{{member}}» заявляет размер {{size, bytes}}, больше предела в {{limit, bytes}}',
    limit_entry_size_read: 'Запись «{{member}}» при распаковке превысила предел размера в {{limit, bytes}}',
    limit_entry_ratio:
      'Запись «{{member}}» распаковывается с коэффициентом {{ratio, number}}, больше предела {{limit, number}}: вероятно, это бомба сжатия',
    limit_expansion_declared:
      'Распаковка «{{member}}» превысила бы {{limit, number}}-кратный $t(evidence:reasonDetails.budget_{{budget}}): вероятно, это бомба сжатия',
    limit_expansion_read:
      'При распаковке «{{member}}» объём превысил {{limit, number}}-кратный $t(evidence:reasonDetails.budget_{{budget}}): вероятно, это бомба сжатия',
    budget_own: 'размер контейнера$t(evidence:reasonDetails.floor_{{floored}})',
    budget_tree: 'размер {{origin}}$t(evidence:reasonDetails.floor_{{floored}}) с учётом того, что из него уже извлечено',
    floor_no: '',
    floor_yes: ' (принятый равным {{countedAs, bytes}}: меньшим размер контейнера не принимается)',
    limit_size_mismatch: 'Запись «{{member}}» распаковывается больше заявленных {{size, bytes}}: архив искажает свой размер',
    limit_time: 'Разбор занял больше допустимого времени ({{limit, number}} с)',
  },
};
