// The shape every Russian (and later Kazakh, Uzbek) namespace must have: every English key, translated;
// extra keys are allowed for plural forms English lacks (_few, _many).
export type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> } & { [extra: string]: unknown };
