/**
 * Staff password policy: at least 10 characters drawn from at least 3 of the 4 classes (lower case,
 * upper case, digits, other). Returns the problems, empty when the password is acceptable.
 */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('must be at least 10 characters long');
  if (password.length > 128) problems.push('must be at most 128 characters long');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3)
    problems.push('must mix at least 3 of: lower-case letters, upper-case letters, digits, symbols');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('must not contain the login name');
  }
  return problems;
}
