// Evidence: processing warnings by code (parser family, then kind) and a passed limit's reasons with their figures,
// in the reader's language; a code not here shows its recorded English. `number` groups numbers, `bytes` counts bytes.
// The image and e-mail parsers' words are in image-warnings.messages.ts and mail-warnings.messages.ts.
import type { Mirror } from '../../locale';
import { imageEn, imageRu } from './image-warnings.messages';
import { mailEn, mailRu } from './mail-warnings.messages';

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
    email: mailEn.email,
    mbox: mailEn.mbox,
    image: imageEn,
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
    email: mailRu.email,
    mbox: mailRu.mbox,
    image: imageRu,
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
