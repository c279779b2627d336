// Public API of @tamga/analysis: entity extraction and the validators behind it (FORMATS.md §9).
export { TEXT_ENTITY_TYPES, type Candidate, type EntityMatch, type EntityType, type TextEntityType } from './entity-types';
export { ENTITY_RULES, extractEntities, type ExtractOptions } from './extract-entities';
export { createWorkingText, normalizeText, undefang, type WorkingText } from './working-text';
export { base58CheckDecode, base58CheckEncode, base58Decode, base58Encode } from './base58';
export {
  bech32Decode,
  bech32Polymod,
  convertBits,
  scanBitcoinAddresses,
  validateBase58Address,
  validateBitcoinAddress,
  validateSegwitAddress,
  type BitcoinAddress,
} from './bitcoin';
export { keccak256Hex, scanEthereumAddresses, toChecksumAddress, validateEthereumAddress, type EthereumAddress } from './ethereum';
export { evmToTronAddress, scanTronAddresses, tronHexToAddress, validateTronAddress, type TronAddress } from './tron';
export { FALLBACK_REGIONS, regionOrder, scanPhones, validatePhoneNumber, type PhoneValidation } from './phone';
export { phoneRejection } from './phone-rejection';
export { readPhoneQuery } from './phone-query';
export {
  classifyIpv4,
  classifyIpv6,
  formatIpv6,
  normalizeIpv6,
  parseIpv4,
  parseIpv6,
  scanIpv4,
  scanIpv6,
  type RangeInfo,
} from './ip-address';
export {
  analyzeHost,
  confusableSkeleton,
  findUrls,
  hasMixedScript,
  HOMOGRAPH_WATCH_LIST,
  labelScripts,
  scanUrls,
  trimTrailingPunctuation,
  urlCandidates,
  type HostInfo,
  type UrlHit,
} from './url';
export { scanEmails, validateEmail, type EmailAddress } from './email';
export { parseTelegramUrl, RESERVED_PATH_SEGMENTS } from './parse-telegram-url';
export { parseTgUrl } from './parse-tg-url';
export { scanTgLinks } from './telegram-candidates';
export { type TelegramLink, type TelegramLinkKind } from './telegram-link';
export { scanTelegramMentions, validateTelegramUsername, type TelegramUsername } from './telegram-username';
export { cardScheme, luhnValid, scanPaymentCards, validatePaymentCard, type CardScheme, type PaymentCard } from './payment-card';
export { IBAN_LENGTHS, ibanMod97, scanIbans, validateIban, type Iban } from './iban';
// PDQ perceptual hashing (FORMATS.md §6), its index and the core PerceptualHasher port over both.
export * from './pdq';
