// Sign-in and password change.
import type { Mirror } from '../../locale';

export const en = {
  title: 'Sign in to Tamga',
  username: 'User name',
  password: 'Password',
  totp: 'Authenticator code',
  totpHint: 'Six digits from your authenticator app',
  submit: 'Sign in',
  changeTitle: 'Choose a new password',
  changeForced: 'Your password was set by an administrator. Choose your own before you continue.',
  currentPassword: 'Current password',
  newPassword: 'New password',
  repeatPassword: 'New password again',
  passwordHint: 'At least 12 characters; a phrase of several words is easiest to remember.',
  mismatch: 'The two new passwords differ.',
  change: 'Change password',
  changed: 'Your password has been changed.',
};

export const ru: Mirror<typeof en> = {
  title: 'Вход в Тамгу',
  username: 'Имя пользователя',
  password: 'Пароль',
  totp: 'Код аутентификатора',
  totpHint: 'Шесть цифр из приложения-аутентификатора',
  submit: 'Войти',
  changeTitle: 'Новый пароль',
  changeForced: 'Пароль задан администратором. Задайте свой, чтобы продолжить.',
  currentPassword: 'Текущий пароль',
  newPassword: 'Новый пароль',
  repeatPassword: 'Новый пароль ещё раз',
  passwordHint: 'Не меньше 12 символов; фразу из нескольких слов проще запомнить.',
  mismatch: 'Новые пароли не совпадают.',
  change: 'Сменить пароль',
  changed: 'Пароль изменён.',
};
