// Artefact types with counts, shared by the overview, the browser, search and the timeline.
import type { Mirror } from './locale';

export const en = {
  message_one: '{{count}} message',
  message_other: '{{count}} messages',
  email_one: '{{count}} e-mail',
  email_other: '{{count}} e-mails',
  web_visit_one: '{{count}} web visit',
  web_visit_other: '{{count}} web visits',
  bookmark_one: '{{count}} bookmark',
  bookmark_other: '{{count}} bookmarks',
  download_one: '{{count}} download',
  download_other: '{{count}} downloads',
  image_one: '{{count}} image',
  image_other: '{{count}} images',
  document_one: '{{count}} document',
  document_other: '{{count}} documents',
  call_one: '{{count}} call',
  call_other: '{{count}} calls',
  contact_one: '{{count}} contact',
  contact_other: '{{count}} contacts',
  location_one: '{{count}} location',
  location_other: '{{count}} locations',
  account_one: '{{count}} account',
  account_other: '{{count}} accounts',
  file_entry_one: '{{count}} file',
  file_entry_other: '{{count}} files',
  names: {
    message: 'Message',
    email: 'E-mail',
    web_visit: 'Web visit',
    bookmark: 'Bookmark',
    download: 'Download',
    image: 'Image',
    document: 'Document',
    call: 'Call',
    contact: 'Contact',
    location: 'Location',
    account: 'Account',
    file_entry: 'File',
    history_cleared: 'History cleared',
  },
};

const ru3 = (one: string, few: string, many: string) => ({ one, few, many });
const forms = {
  message: ru3('сообщение', 'сообщения', 'сообщений'),
  email: ru3('письмо', 'письма', 'писем'),
  web_visit: ru3('посещение сайта', 'посещения сайтов', 'посещений сайтов'),
  bookmark: ru3('закладка', 'закладки', 'закладок'),
  download: ru3('загрузка', 'загрузки', 'загрузок'),
  image: ru3('изображение', 'изображения', 'изображений'),
  document: ru3('документ', 'документа', 'документов'),
  call: ru3('звонок', 'звонка', 'звонков'),
  contact: ru3('контакт', 'контакта', 'контактов'),
  location: ru3('место', 'места', 'мест'),
  account: ru3('учётная запись', 'учётные записи', 'учётных записей'),
  file_entry: ru3('файл', 'файла', 'файлов'),
};
const plural = Object.fromEntries(
  Object.entries(forms).flatMap(([type, f]) => [
    [`${type}_one`, `{{count}} ${f.one}`],
    [`${type}_few`, `{{count}} ${f.few}`],
    [`${type}_many`, `{{count}} ${f.many}`],
    [`${type}_other`, `{{count}} ${f.few}`],
  ]),
);

export const ru = {
  ...plural,
  names: {
    message: 'Сообщение',
    email: 'Письмо',
    web_visit: 'Посещение сайта',
    bookmark: 'Закладка',
    download: 'Загрузка',
    image: 'Изображение',
    document: 'Документ',
    call: 'Звонок',
    contact: 'Контакт',
    location: 'Место',
    account: 'Учётная запись',
    file_entry: 'Файл',
    history_cleared: 'Очистка истории',
  },
} as Mirror<typeof en>;
