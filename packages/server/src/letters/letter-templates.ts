// What differs between request types in a letter (DOMAIN.md §4.3): the subject line, the opening request in
// the words the instrument or the provider's policy uses, the type's own fields from `extra` in the order a
// reader expects them, and the closing ask. Everything else (§4.4 common fields) is the same layout for all
// types. A type without a template here gets the generic one, with its code in the subject, so an unusual
// request still prints every field it has.
import type { Bilingual } from './letter-labels';

export interface LetterTemplate {
  subject: Bilingual;
  /** The operative request, right under the subject. */
  opening: Bilingual;
  /** Keys of `extra` this type requires, printed first and in this order; other keys follow as given. */
  extraKeys: readonly string[];
  /** Heading of the items table: data requested, or (for spontaneous information) data the information concerns. */
  itemsHeading?: Bilingual;
  /** What the addressee is asked to do on receipt. */
  closing: Bilingual;
}

const GENERIC_CLOSING: Bilingual = {
  en: 'Please acknowledge receipt of this request and inform the contact officer named below of your reference for it.',
  ru: 'Просим подтвердить получение настоящего запроса и сообщить указанному ниже контактному лицу присвоенный ему регистрационный номер.',
};

const PRESERVATION_CLOSING: Bilingual = {
  en: 'Please confirm that the data has been preserved, and inform the contact officer named below of your reference for the preservation and the date on which it will expire. Please do not disclose the data on the basis of this request.',
  ru: 'Просим подтвердить обеспечение сохранности данных и сообщить указанному ниже контактному лицу регистрационный номер и дату окончания срока сохранения. Просим не передавать данные на основании настоящего запроса.',
};

const EMERGENCY_CLOSING: Bilingual = {
  en: 'Given the risk described above, please process this request immediately and contact the 24/7 contact named below at any hour with any question.',
  ru: 'С учётом изложенной угрозы просим рассмотреть настоящий запрос незамедлительно и по любым вопросам обращаться к указанному ниже круглосуточному контакту в любое время суток.',
};

const MLA_CLOSING: Bilingual = {
  en: 'The requesting authority is ready to provide any further information needed for the execution of this request and assures the requested State of reciprocity in similar matters.',
  ru: 'Запрашивающий орган готов представить любую дополнительную информацию, необходимую для исполнения настоящего запроса, и гарантирует запрашиваемому государству взаимность в аналогичных случаях.',
};

export const LETTER_TEMPLATES: Readonly<Record<string, LetterTemplate>> = {
  PRES_DIRECT: {
    subject: { en: 'Request for preservation of computer data', ru: 'Запрос о сохранении компьютерных данных' },
    opening: {
      en: 'On the legal basis set out below, we request that you preserve the data described in this letter, which is in your possession or control, pending receipt of formal legal process for its disclosure. We do not ask you to disclose any data on the basis of this request.',
      ru: 'На указанном ниже правовом основании просим обеспечить сохранность описанных в настоящем письме данных, находящихся в Вашем владении или под Вашим контролем, до получения официального запроса об их предоставлении. Предоставление данных на основании настоящего запроса не запрашивается.',
    },
    extraKeys: ['followUpRoute'],
    closing: PRESERVATION_CLOSING,
  },
  PRES_247: {
    subject: {
      en: 'Request for expedited preservation of stored computer data (24/7 network)',
      ru: 'Запрос об оперативном обеспечении сохранности хранимых компьютерных данных (сеть 24/7)',
    },
    opening: {
      en: 'On the legal basis set out below, we request the expeditious preservation of the stored computer data described in this letter, in respect of which the requesting State intends to submit a request for mutual legal assistance for the search or similar access, seizure or similar securing, or disclosure of the data.',
      ru: 'На указанном ниже правовом основании просим принять меры по оперативному обеспечению сохранности описанных в настоящем письме хранимых компьютерных данных, в отношении которых запрашивающее государство намерено направить запрос о взаимной правовой помощи в целях обыска или иного аналогичного доступа, выемки или иного аналогичного обеспечения сохранности либо раскрытия данных.',
    },
    extraKeys: ['custodianOrLocation', 'intendedMla'],
    closing: PRESERVATION_CLOSING,
  },
  DISC_VOLUNTARY: {
    subject: {
      en: 'Request for voluntary disclosure of non-content data',
      ru: 'Запрос о добровольном предоставлении данных, не относящихся к содержанию сообщений',
    },
    opening: {
      en: 'On the legal basis set out below, we request that you voluntarily disclose the data described in this letter, which is relevant to a criminal investigation conducted by the requesting authority.',
      ru: 'На указанном ниже правовом основании просим в добровольном порядке предоставить описанные в настоящем письме данные, имеющие значение для расследования уголовного дела, находящегося в производстве запрашивающего органа.',
    },
    extraKeys: ['dataElements'],
    closing: GENERIC_CLOSING,
  },
  DISC_EMERGENCY: {
    subject: { en: 'Emergency disclosure request', ru: 'Запрос об экстренном предоставлении данных' },
    opening: {
      en: 'We request the emergency disclosure of the data described in this letter. The matter involves an imminent risk of death or serious physical injury, described below, and the data is needed without delay to avert it. Formal legal process will follow by the date stated in the emergency section.',
      ru: 'Просим в экстренном порядке предоставить описанные в настоящем письме данные. Существует непосредственная угроза жизни или причинения тяжкого вреда здоровью человека, описанная ниже; данные необходимы безотлагательно для её предотвращения. Официальный запрос будет направлен в срок, указанный в разделе о чрезвычайных обстоятельствах.',
    },
    extraKeys: ['specificData', 'timeSensitivity'],
    closing: EMERGENCY_CLOSING,
  },
  EMERG_247_2AP9: {
    subject: {
      en: 'Request for expedited disclosure of stored computer data in an emergency (24/7 network)',
      ru: 'Запрос об ускоренном раскрытии хранимых компьютерных данных в чрезвычайной ситуации (сеть 24/7)',
    },
    opening: {
      en: 'On the legal basis set out below, we request the expedited disclosure of the stored computer data described in this letter, in an emergency involving a significant and imminent risk to the life or safety of a natural person.',
      ru: 'На указанном ниже правовом основании просим в ускоренном порядке раскрыть описанные в настоящем письме хранимые компьютерные данные в связи с чрезвычайной ситуацией, связанной со значительной и непосредственной угрозой жизни или безопасности физического лица.',
    },
    extraKeys: ['specificData', 'timeSensitivity'],
    closing: EMERGENCY_CLOSING,
  },
  MLA_STORED: {
    subject: {
      en: 'Request for mutual legal assistance: access to stored computer data',
      ru: 'Запрос о взаимной правовой помощи: доступ к хранимым компьютерным данным',
    },
    opening: {
      en: 'On the legal basis set out below, the requesting authority requests mutual legal assistance in the criminal proceedings described in this request, namely in obtaining the stored computer data described below.',
      ru: 'На указанном ниже правовом основании запрашивающий орган просит оказать взаимную правовую помощь по описанному в настоящем запросе уголовному делу, а именно в получении указанных ниже хранимых компьютерных данных.',
    },
    extraKeys: ['natureOfAssistance', 'timeLimit', 'certification', 'translation'],
    closing: MLA_CLOSING,
  },
  MLA_EMERGENCY: {
    subject: {
      en: 'Request for mutual legal assistance in an emergency',
      ru: 'Запрос о взаимной правовой помощи в чрезвычайной ситуации',
    },
    opening: {
      en: 'On the legal basis set out below, the requesting authority requests, as a matter of emergency, mutual legal assistance in the criminal proceedings described in this request, namely in obtaining the stored computer data described below.',
      ru: 'На указанном ниже правовом основании запрашивающий орган просит в экстренном порядке оказать взаимную правовую помощь по описанному в настоящем запросе уголовному делу, а именно в получении указанных ниже хранимых компьютерных данных.',
    },
    extraKeys: ['emergencyJustification', 'natureOfAssistance', 'timeLimit', 'certification', 'translation'],
    closing: MLA_CLOSING,
  },
  DOMAIN_REG: {
    subject: {
      en: 'Request for domain name registration information',
      ru: 'Запрос о предоставлении регистрационных данных доменного имени',
    },
    opening: {
      en: 'On the legal basis set out below, we request that you disclose the registration information of the domain names described in this letter, which you hold as registrar or registry, for the purpose and under the limitation on use stated below.',
      ru: 'На указанном ниже правовом основании просим предоставить имеющиеся у Вас как у регистратора (реестра) регистрационные данные указанных в настоящем письме доменных имён для указанной ниже цели и с соблюдением указанных ниже ограничений их использования.',
    },
    extraKeys: ['dataElements', 'purposeAndUseLimitation'],
    closing: GENERIC_CLOSING,
  },
  SUBSCRIBER_ORDER_2AP7: {
    subject: {
      en: 'Order for disclosure of subscriber information',
      ru: 'Распоряжение о раскрытии информации об абоненте',
    },
    opening: {
      en: 'On the legal basis set out below, you are ordered to disclose the specified subscriber information described in this order, which is in your possession or control.',
      ru: 'На указанном ниже правовом основании Вам предписывается раскрыть указанную в настоящем распоряжении информацию об абоненте, находящуюся в Вашем владении или под Вашим контролем.',
    },
    extraKeys: ['specificSubscriberData', 'dataElements', 'returnManner'],
    closing: GENERIC_CLOSING,
  },
  SPONTANEOUS_INFO: {
    subject: { en: 'Spontaneous information', ru: 'Информация, предоставляемая в инициативном порядке' },
    opening: {
      en: 'On the legal basis set out below and without prior request, we forward to you information obtained within our own investigation which we consider could assist you in initiating or carrying out investigations or proceedings.',
      ru: 'На указанном ниже правовом основании без предварительного запроса направляем Вам информацию, полученную в рамках проводимого нами расследования, которая, по нашему мнению, может оказать содействие в возбуждении или проведении расследования либо судебного разбирательства.',
    },
    extraKeys: ['informationProvided', 'conditions'],
    itemsHeading: { en: 'Data the information concerns', ru: 'Данные, к которым относится информация' },
    closing: {
      en: 'Please inform the contact officer named below whether you accept the conditions stated above before making use of the information.',
      ru: 'Просим до использования информации сообщить указанному ниже контактному лицу, принимаете ли Вы изложенные выше условия.',
    },
  },
  GIVE_EFFECT_2AP8: {
    subject: {
      en: 'Request to give effect to an order for expedited production of subscriber information and traffic data',
      ru: 'Запрос о приведении в исполнение распоряжения об ускоренном предоставлении информации об абонентах и данных о трафике',
    },
    opening: {
      en: 'On the legal basis set out below, we request that you give effect to the attached order by compelling the service provider in your territory to produce the data described below.',
      ru: 'На указанном ниже правовом основании просим привести в исполнение прилагаемое распоряжение, обязав поставщика услуг на Вашей территории предоставить указанные ниже данные.',
    },
    extraKeys: ['orderReference', 'supportingStatement'],
    closing: GENERIC_CLOSING,
  },
  MLA_RT_TRAFFIC: {
    subject: {
      en: 'Request for mutual legal assistance: real-time collection of traffic data',
      ru: 'Запрос о взаимной правовой помощи: сбор данных о трафике в режиме реального времени',
    },
    opening: {
      en: 'On the legal basis set out below, the requesting authority requests mutual legal assistance in the real-time collection of traffic data associated with the communications described below, within the window stated.',
      ru: 'На указанном ниже правовом основании запрашивающий орган просит оказать взаимную правовую помощь в сборе в режиме реального времени данных о трафике, связанных с указанными ниже сообщениями, в пределах указанного периода.',
    },
    extraKeys: ['deliveryInterface', 'timeLimit'],
    closing: MLA_CLOSING,
  },
  MLA_INTERCEPT: {
    subject: {
      en: 'Request for mutual legal assistance: interception of content data',
      ru: 'Запрос о взаимной правовой помощи: перехват данных о содержании',
    },
    opening: {
      en: 'On the legal basis set out below, the requesting authority requests mutual legal assistance in the real-time collection or recording of content data of the communications described below, in relation to the serious offence described in this request.',
      ru: 'На указанном ниже правовом основании запрашивающий орган просит оказать взаимную правовую помощь в сборе или записи в режиме реального времени данных о содержании указанных ниже сообщений в связи с описанным в настоящем запросе тяжким преступлением.',
    },
    extraKeys: ['seriousOffenceJustification', 'deliveryInterface', 'timeLimit'],
    closing: MLA_CLOSING,
  },
};

/** A request type without its own template: its code in the subject, the common layout, every `extra` field. */
export function genericTemplate(type: string): LetterTemplate {
  return {
    subject: {
      en: `Request for assistance in obtaining electronic evidence (${type})`,
      ru: `Запрос о содействии в получении электронных доказательств (${type})`,
    },
    opening: {
      en: 'On the legal basis set out below, we request your assistance in respect of the data described in this letter.',
      ru: 'На указанном ниже правовом основании просим оказать содействие в отношении описанных в настоящем письме данных.',
    },
    extraKeys: [],
    closing: GENERIC_CLOSING,
  };
}

export function templateFor(type: string): LetterTemplate {
  return Object.hasOwn(LETTER_TEMPLATES, type) ? LETTER_TEMPLATES[type]! : genericTemplate(type);
}
