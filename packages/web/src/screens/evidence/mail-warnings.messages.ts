// Evidence: the e-mail and mailbox parsers' warnings in the reader's language (see evidence.warnings.locale.ts,
// which places them under `warnings.email` and `warnings.mbox`): dates, MIME structure, charsets, mbox framing.
import type { Mirror } from '../../locale';

export const mailEn = {
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
};

export const mailRu: Mirror<typeof mailEn> = {
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
};
