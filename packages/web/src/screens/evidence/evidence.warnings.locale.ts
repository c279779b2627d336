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
      component_above_12: 'a component above 12',
      decreasing_component: 'a decreasing component',
      change_frequency: 'how often each component changes',
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
        'Day/month order undecided: no date shows which comes first; dates were read day-first (choose the date order for this exhibit to read them month-first)',
      chosen_order_invalid_dates:
        'Dates were read $t(evidence:warnings.terms.{{chosen}}) as chosen, but some have a component above 12 that only $t(evidence:warnings.terms.{{own}}) reads as a day: those dates are invalid',
      chosen_order_disputed:
        'Dates were read $t(evidence:warnings.terms.{{chosen}}) as chosen; the file’s own dates suggest $t(evidence:warnings.terms.{{own}}) (by $t(evidence:warnings.terms.{{rule}}))',
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
        'Metadata: its {{segment}} segment ({{length, bytes}} at offset {{offset, number}}) runs past the end of the bytes read, so it was not read; the file may be truncated',
      metadata_offset_past_end:
        'Metadata: an offset or length in it points past the end, so part of it was not read; the file may be truncated or damaged',
      metadata_other: 'Metadata: {{error}}',
      metadata_unreadable_segment_past_end:
        'Metadata could not be read: its {{segment}} segment ({{length, bytes}} at offset {{offset, number}}) runs past the end of the bytes read; the file may be truncated',
      metadata_unreadable_offset_past_end:
        'Metadata could not be read: an offset or length in it points past the end; the file may be truncated or damaged',
      metadata_unreadable_other: 'Metadata could not be read: {{error}}',
      jpeg_no_eoi:
        'The JPEG has no end-of-image marker: the file may be incomplete (truncated), or other data follows the image; the metadata read from its start stands',
      png_no_iend:
        'The PNG has no IEND chunk: the file may be incomplete (truncated), or other data follows the image; the metadata read from its start stands',
      webp_riff_short: 'The file ends {{bytes, bytes}} before the end its RIFF header declares: it may be incomplete (truncated)',
      webp_chunk_past_end: 'A WebP chunk runs past the end of the file: it may be incomplete (truncated) or damaged',
      heif_box_past_end: 'A box runs past the end of the file: it may be incomplete (truncated)',
      heif_no_mdat: 'The file has no mdat box (the media data, which holds the images): it may be incomplete (truncated)',
      heif_items_past_end: 'Bytes its iloc box places in the file lie past the file’s end: it may be incomplete (truncated) or damaged',
      exif_block_cut: 'Exif block cut short: the capture time and camera settings may be missing; the file may be truncated or damaged',
      gps_block_cut: 'GPS block cut short: the position may be missing; the file may be truncated or damaged',
      ifd1_block_cut: 'Thumbnail block (IFD1) cut short: the embedded thumbnail may be missing; the file may be truncated or damaged',
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
      'Expanding “{{member}}” would pass {{limit, number}} times the size of the container: a compression bomb is likely',
    limit_expansion_read: '“{{member}}” expanded past {{limit, number}} times the size of the container: a compression bomb is likely',
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
      day_first: 'как «день, месяц»',
      month_first: 'как «месяц, день»',
      component_above_12: 'по числу больше 12',
      decreasing_component: 'по убывающей части даты',
      change_frequency: 'по тому, как часто меняется каждая часть даты',
    },
    processing: {
      member_path_neutralised: 'Путь вложения «{{raw}}» приведён к безопасному виду: «{{path}}»',
      read_by_next_parser:
        'Имя файла указывает на формат парсера {{parser}}, но прочитать его не удалось ({{error}}); файл прочитан парсером {{next}}',
    },
    zip: {
      member_path_neutralised: 'У записи «{{member}}» небезопасный путь (абсолютный, с буквой диска или с ..): сохранена как «{{path}}»',
      symlink_with_bytes: 'Запись «{{member}}» помечена как символическая ссылка, но содержит {{size, bytes}}: извлечена как файл',
      folder_with_bytes: 'Запись «{{member}}» помечена как папка, но содержит {{size, bytes}}: извлечена как файл',
      symlink: 'Запись «{{member}}» — символическая ссылка: зафиксирована, но не разыменована',
      symlink_to: 'Запись «{{member}}» — символическая ссылка на «{{target}}»: зафиксирована, но не разыменована',
      member_encrypted: 'Запись «{{member}}» зашифрована: внесена в перечень, но не извлечена',
      method_unsupported:
        'Запись «{{member}}» сжата методом {{method}} ({{methodName}}), который не поддерживается: внесена в перечень, но не извлечена',
      duplicate_path: 'Путь записи «{{member}}» совпадает с путём более ранней записи: сохранена как «{{path}}»',
      member_damaged: 'Запись «{{member}}» повреждена и не извлечена ({{error}})',
      crc_mismatch: 'Запись «{{member}}»: CRC-32 {{found}} не совпадает с заявленной {{declared}}; её байты повреждены',
    },
    whatsapp: {
      date_order_undecided:
        'Порядок дня и месяца не определён: ни одна дата не показывает, что идёт первым; даты прочитаны как «день, месяц» (чтобы прочитать их как «месяц, день», выберите порядок дат для этого объекта)',
      chosen_order_invalid_dates:
        'Даты прочитаны $t(evidence:warnings.terms.{{chosen}}), как выбрано, но в некоторых есть число больше 12, которое днём может быть только при чтении $t(evidence:warnings.terms.{{own}}): эти даты недействительны',
      chosen_order_disputed:
        'Даты прочитаны $t(evidence:warnings.terms.{{chosen}}), как выбрано; сами даты файла указывают на порядок $t(evidence:warnings.terms.{{own}}) ($t(evidence:warnings.terms.{{rule}}))',
      orphan_lines_one: 'Пропущена {{count, number}} строка перед заголовком первого сообщения',
      orphan_lines_few: 'Пропущены {{count, number}} строки перед заголовком первого сообщения',
      orphan_lines_many: 'Пропущено {{count, number}} строк перед заголовком первого сообщения',
      orphan_lines_other: 'Пропущено {{count, number}} строки перед заголовком первого сообщения',
      invalid_dates_one: 'У {{count, number}} сообщения в заголовке несуществующие дата или время; его время не указано',
      invalid_dates_few: 'У {{count, number}} сообщений в заголовке несуществующие дата или время; их время не указано',
      invalid_dates_many: 'У {{count, number}} сообщений в заголовке несуществующие дата или время; их время не указано',
      invalid_dates_other: 'У {{count, number}} сообщения в заголовке несуществующие дата или время; их время не указано',
      missing_attachments_one: '{{count, number}} вложения, упомянутого в чате, нет в архиве',
      missing_attachments_few: '{{count, number}} вложений, упомянутых в чате, нет в архиве',
      missing_attachments_many: '{{count, number}} вложений, упомянутых в чате, нет в архиве',
      missing_attachments_other: '{{count, number}} вложения, упомянутого в чате, нет в архиве',
      chat_unreadable: 'Файл чата «{{member}}» не удалось прочитать до конца ({{error}}); сообщения могут быть неполными',
      no_chat: 'В архиве нет файла чата (_chat.txt или «WhatsApp Chat with … .txt»): извлечены только его файлы',
    },
    telegram: {
      truncated: 'Экспорт Telegram: файл обрывается внутри {{at}}; экспорт неполный, всё до этого места прочитано',
      bad_values: 'Экспорт Telegram: всего значений, не являющихся корректным JSON и пропущенных: {{count, number}}',
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
      value_skipped: 'Экспорт Telegram: пропущено {{pointer}} на байте {{offset, number}}: {{error}}',
      not_a_message: 'Экспорт Telegram: {{pointer}} не является объектом сообщения',
    },
    text: {
      not_text: 'Содержимое не похоже на текст (байты NUL или управляющие символы); всё же декодировано',
      capped: 'Сохранены только первые {{bytes, bytes}} текста (в файле символов: {{characters, number}})',
      undecodable: 'Символов, которые не удалось декодировать как {{encoding}}: {{count, number}}',
    },
    browser: {
      wal_applied:
        'Прочитан вместе с журналом предзаписи {{log}}: включены строки, зафиксированные в журнале, но ещё не перенесённые в этот файл',
      wal_not_applied: 'Журнал предзаписи {{log}} применить не удалось ({{error}}); прочитан без него',
      table_cut_short: '{{table}}: база данных повреждена ({{error}}); остаток этой таблицы не прочитан',
      table_unreadable: '{{table}}: база данных повреждена ({{error}}); ни одну строку прочитать не удалось',
      table_damaged:
        '{{table}}: база данных повреждена ({{error}}); остальное прочитано: строк без связанных с ними строк — {{withoutJoins, number}}; не прочитаны идентификаторы {{ids}}',
      table_damaged_joins:
        '{{table}}: база данных повреждена ({{error}}); остальное прочитано: строк без связанных с ними строк — {{withoutJoins, number}}',
      table_damaged_ids: '{{table}}: база данных повреждена ({{error}}); остальное прочитано, не прочитаны идентификаторы {{ids}}',
      download_times_out_of_range: 'Загрузок со временем вне допустимого диапазона: {{count, number}}; сохранены без времени',
      safari_history_cleared:
        'Сколько раз очищалась история (history_tombstones): {{count, number}}; каждая очистка — запись history_cleared',
      safari_visit_times_unusable: 'Посещений с visit_time, непригодным как время Cocoa: {{count, number}}; сохранены без времени',
      firefox_download_metadata_not_json:
        'Загрузок с аннотацией downloads/metaData не в формате JSON: {{count, number}}; сохранены без неё',
    },
    pdf: {
      encrypted: 'PDF зашифрован паролем пользователя: его текст и метаданные прочитать не удалось',
      page_unreadable: 'Страница {{page, number}}: текст прочитать не удалось ({{error}})',
      text_capped: 'Текст ограничен 1 МиБ: прочитано {{page, number}} из {{pages, number}} страниц',
      no_text_layer:
        'Ни на одной из страниц ({{count, number}}) нет текстового слоя: слова отсканированного документа можно прочитать только после OCR',
    },
    docx: {
      text_capped: 'Текст ограничен 1 МиБ',
      property_part_too_large: '{{part}} больше {{limit, bytes}} и не прочитан',
      media_not_extracted: '{{member}} зашифрован или сжат методом {{method}}: не извлечён',
    },
    file: {
      name_content_mismatch:
        'Имя «{{name}}» указывает на известный формат, но содержимое ему не соответствует (определено как {{detected}}): файл может быть повреждён или не тем, чем назван',
    },
    email: {
      mime_too_deep: 'Вложенность MIME глубже {{levels, number}} уровней: часть {{part}} не открыта',
      no_boundary: 'У составной части {{part}} нет границы (boundary); её тело сохранено целиком',
      root_no_boundary: 'У составного тела письма нет границы (boundary); оно сохранено целиком',
      no_closing_delimiter: 'У составной части {{part}} нет закрывающего разделителя',
      root_no_closing_delimiter: 'У составного тела письма нет закрывающего разделителя',
      charset_mismatch: 'Часть {{part}} объявляет кодировку {{declared}}, но декодирована как {{decodedAs}}',
      no_date: 'Нет заголовка Date',
      date_unreadable: 'Заголовок Date не читается: «{{value}}»',
      date_invalid: 'Недопустимый заголовок Date: «{{value}}»',
      date_zone_invalid: 'Недопустимый часовой пояс в заголовке Date: {{zone}}',
      date_zone_unknown: 'Неизвестный часовой пояс «{{zone}}» в заголовке Date; время прочитано как местное в {{caseZone}}',
      date_no_zone: 'В заголовке Date нет часового пояса; время прочитано как местное в {{caseZone}}',
      date_problem: 'Заголовок Date не удалось прочитать как есть',
      origin_past_untrusted:
        'Поля Received не доходят до доверенных почтовых серверов дела от публичного отправителя: источником считается первый публичный отправитель',
      no_public_sender: 'Нет публичного отправителя за пределами доверенных почтовых серверов дела: источник не определён',
    },
    mbox: {
      bytes_before_first_message: 'Пропущено {{bytes, bytes}} перед первой строкой «From »',
      content_length_past_end:
        'Письмо {{mboxMessage, number}} (смещение {{mboxOffset, number}}): Content-Length {{contentLength, number}} не учтён: он указывает за конец файла',
      content_length_not_at_message:
        'Письмо {{mboxMessage, number}} (смещение {{mboxOffset, number}}): Content-Length {{contentLength, number}} не учтён: за ним идёт не строка «From »',
      no_header_fields: 'Письмо {{mboxMessage, number}} (смещение {{mboxOffset, number}}): нет полей заголовка',
    },
    image: {
      large_prefix_only: 'Размер изображения {{size, bytes}}: метаданные искались только в первых {{bytes, bytes}}',
      time_not_real: '{{tag}} «{{value}}» — несуществующие дата и время; не использованы',
      ends_before_ifd0:
        'Файл обрывается до своих метаданных: IFD0 находится по смещению {{offset, number}}, за концом файла размером {{size, bytes}}; возможно, файл неполный',
      metadata_segment_past_end:
        'Метаданные: сегмент {{segment}} ({{length, bytes}} по смещению {{offset, number}}) выходит за конец прочитанных байтов и не прочитан; возможно, файл неполный',
      metadata_offset_past_end:
        'Метаданные: смещение или длина в них указывает за конец данных, часть не прочитана; возможно, файл неполный или повреждён',
      metadata_other: 'Метаданные: {{error}}',
      metadata_unreadable_segment_past_end:
        'Метаданные прочитать не удалось: сегмент {{segment}} ({{length, bytes}} по смещению {{offset, number}}) выходит за конец прочитанных байтов; возможно, файл неполный',
      metadata_unreadable_offset_past_end:
        'Метаданные прочитать не удалось: смещение или длина в них указывает за конец данных; возможно, файл неполный или повреждён',
      metadata_unreadable_other: 'Метаданные прочитать не удалось: {{error}}',
      jpeg_no_eoi:
        'У JPEG нет маркера конца изображения: возможно, файл неполный или за изображением следуют другие данные; метаданные из его начала прочитаны',
      png_no_iend:
        'У PNG нет блока IEND: возможно, файл неполный или за изображением следуют другие данные; метаданные из его начала прочитаны',
      webp_riff_short: 'Файл обрывается на {{bytes, bytes}} раньше конца, заявленного в заголовке RIFF: возможно, он неполный',
      webp_chunk_past_end: 'Блок WebP выходит за конец файла: возможно, файл неполный или повреждён',
      heif_box_past_end: 'Бокс выходит за конец файла: возможно, файл неполный',
      heif_no_mdat: 'В файле нет бокса mdat (медиаданных, в которых хранятся изображения): возможно, файл неполный',
      heif_items_past_end: 'Данные, которые бокс iloc размещает в файле, лежат за его концом: возможно, файл неполный или повреждён',
      exif_block_cut: 'Блок Exif обрывается: время съёмки и настройки камеры могут отсутствовать; возможно, файл неполный или повреждён',
      gps_block_cut: 'Блок GPS обрывается: координаты могут отсутствовать; возможно, файл неполный или повреждён',
      ifd1_block_cut: 'Блок миниатюры (IFD1) обрывается: встроенная миниатюра может отсутствовать; возможно, файл неполный или повреждён',
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
      'Запись «{{member}}» распаковывается с коэффициентом {{ratio, number}}, больше предела {{limit, number}}: вероятно, zip-бомба',
    limit_expansion_declared:
      'Распаковка «{{member}}» превысила бы размер контейнера более чем в {{limit, number}} раз: вероятно, zip-бомба',
    limit_expansion_read:
      'При распаковке «{{member}}» объём превысил размер контейнера более чем в {{limit, number}} раз: вероятно, zip-бомба',
    limit_size_mismatch: 'Запись «{{member}}» распаковывается больше заявленных {{size, bytes}}: архив искажает свой размер',
    limit_time: 'Разбор занял больше допустимого времени ({{limit, number}} с)',
  },
};
