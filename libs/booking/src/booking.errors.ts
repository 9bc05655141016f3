/** Error codes of residents, login codes and bookings. */
export const BookingErrors = {
  OTP_TOO_SOON: 'OTP_TOO_SOON',
  OTP_DAILY_LIMIT: 'OTP_DAILY_LIMIT',
  OTP_IP_LIMIT: 'OTP_IP_LIMIT',
  OTP_INVALID: 'OTP_INVALID',
  OTP_EXPIRED: 'OTP_EXPIRED',
  OTP_TOO_MANY_ATTEMPTS: 'OTP_TOO_MANY_ATTEMPTS',
} as const;
