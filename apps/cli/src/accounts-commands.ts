import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { userInfo } from 'node:os';
import { type AccountSummary, PrivilegedAccountsService } from '@app/auth';
import { asSystem, REGION_CODE_PATTERN } from '@app/core';

interface AccountOptions {
  kind?: string;
  username?: string;
  name?: string;
  region?: string;
  passwordStdin?: boolean;
}

/** Who runs the command, for the audit trail: the operating-system user. */
export function commandLineActor(): string {
  let user = process.env.SUDO_USER || process.env.USER || '';
  try {
    user ||= userInfo().username;
  } catch {
    // no passwd entry (a container's numeric user)
  }
  return `command line (${user || 'unknown'})`;
}

/** The password piped to the command (`--password-stdin`): the first line of standard input. */
export async function readPasswordFromStdin(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
  if (!password) throw new Error('--password-stdin: nothing was read from standard input');
  return password;
}

const describe = (a: AccountSummary) =>
  `${a.username} (${a.kind}, ${a.name}, ${a.regionCode}, ${a.status}${a.locked ? ', locked' : ''})`;

function required(o: AccountOptions, ...names: (keyof AccountOptions)[]): void {
  const missing = names.filter((n) => !o[n]);
  if (missing.length) throw new Error(`missing ${missing.map((n) => `--${n}`).join(', ')}`);
}

abstract class AccountsSubcommand extends CommandRunner {
  constructor(protected readonly accounts: PrivilegedAccountsService) {
    super();
  }

  /** Where the command writes; a test may read it. */
  protected out(line: string): void {
    process.stdout.write(`${line}\n`);
  }
}

@SubCommand({
  name: 'create',
  description:
    'Create a privileged account: --kind admin|security|auditor --username --name --region; prints a one-time password unless --password-stdin',
})
export class AccountsCreateCommand extends AccountsSubcommand {
  // Nest injects by each class's own constructor parameters, not the base class's.
  constructor(accounts: PrivilegedAccountsService) {
    super(accounts);
  }

  async run(_args: string[], o: AccountOptions): Promise<void> {
    required(o, 'kind', 'username', 'name', 'region');
    const password = o.passwordStdin ? await readPasswordFromStdin() : undefined;
    const { account, password: generated } = await asSystem((system) =>
      this.accounts.create(
        system,
        { kind: o.kind!, username: o.username!, name: o.name!, regionCode: o.region!, password },
        commandLineActor(),
      ),
    );
    this.out(`Created ${describe(account)}.`);
    if (generated)
      this.out(`One-time password (shown only now; change it at the first sign-in): ${generated}`);
  }

  @Option({
    flags: '--kind <kind>',
    description: 'admin (system administrator), security (security administrator) or auditor',
  })
  parseKind(value: string): string {
    if (!['admin', 'security', 'auditor'].includes(value))
      throw new Error(`--kind must be admin, security or auditor: ${value}`);
    return value;
  }

  @Option({ flags: '--name <name>', description: 'Display name, e.g. 系统管理员' })
  parseName(value: string): string {
    return value;
  }

  @Option({
    flags: '--region <code>',
    description: 'The region the account belongs to (GB/T 2260, e.g. the county 330282)',
  })
  parseRegion(value: string): string {
    if (!REGION_CODE_PATTERN.test(value)) throw new Error(`--region must be a region code: ${value}`);
    return value;
  }

  @Option({
    flags: '--password-stdin',
    description: 'Read the password from standard input instead of generating one',
  })
  parsePasswordStdin(): boolean {
    return true;
  }

  @Option({ flags: '--username <name>', description: 'Login name' })
  parseUsername(value: string): string {
    return value;
  }
}

@SubCommand({ name: 'disable', description: 'Disable an account (--username); its sessions end at once' })
export class AccountsDisableCommand extends AccountsSubcommand {
  // Nest injects by each class's own constructor parameters, not the base class's.
  constructor(accounts: PrivilegedAccountsService) {
    super(accounts);
  }

  async run(_args: string[], o: AccountOptions): Promise<void> {
    required(o, 'username');
    const account = await asSystem((system) =>
      this.accounts.setStatus(system, o.username!, 'disabled', commandLineActor()),
    );
    this.out(`Disabled ${describe(account)}.`);
  }

  @Option({ flags: '--username <name>', description: 'Login name' })
  parseUsername(value: string): string {
    return value;
  }
}

@SubCommand({ name: 'enable', description: 'Enable a disabled account again (--username)' })
export class AccountsEnableCommand extends AccountsSubcommand {
  // Nest injects by each class's own constructor parameters, not the base class's.
  constructor(accounts: PrivilegedAccountsService) {
    super(accounts);
  }

  async run(_args: string[], o: AccountOptions): Promise<void> {
    required(o, 'username');
    const account = await asSystem((system) =>
      this.accounts.setStatus(system, o.username!, 'active', commandLineActor()),
    );
    this.out(`Enabled ${describe(account)}.`);
  }

  @Option({ flags: '--username <name>', description: 'Login name' })
  parseUsername(value: string): string {
    return value;
  }
}

@SubCommand({
  name: 'reset-password',
  description:
    'Set a new password (--username); prints a one-time password unless --password-stdin; sessions end',
})
export class AccountsResetPasswordCommand extends AccountsSubcommand {
  // Nest injects by each class's own constructor parameters, not the base class's.
  constructor(accounts: PrivilegedAccountsService) {
    super(accounts);
  }

  async run(_args: string[], o: AccountOptions): Promise<void> {
    required(o, 'username');
    const password = o.passwordStdin ? await readPasswordFromStdin() : undefined;
    const generated = await asSystem((system) =>
      this.accounts.resetPassword(system, o.username!, commandLineActor(), password),
    );
    this.out(`New password set for ${o.username}; every session of the account has ended.`);
    if (generated)
      this.out(`One-time password (shown only now; change it at the first sign-in): ${generated}`);
  }

  @Option({
    flags: '--password-stdin',
    description: 'Read the password from standard input instead of generating one',
  })
  parsePasswordStdin(): boolean {
    return true;
  }

  @Option({ flags: '--username <name>', description: 'Login name' })
  parseUsername(value: string): string {
    return value;
  }
}

@SubCommand({
  name: 'unlock',
  description:
    'Lift the lock of an account after a distributed attack (--username), e.g. the security administrator’s own',
})
export class AccountsUnlockCommand extends AccountsSubcommand {
  // Nest injects by each class's own constructor parameters, not the base class's.
  constructor(accounts: PrivilegedAccountsService) {
    super(accounts);
  }

  async run(_args: string[], o: AccountOptions): Promise<void> {
    required(o, 'username');
    const account = await asSystem((system) => this.accounts.unlock(system, o.username!, commandLineActor()));
    this.out(`Unlocked ${describe(account)}.`);
  }

  @Option({ flags: '--username <name>', description: 'Login name' })
  parseUsername(value: string): string {
    return value;
  }
}

@SubCommand({ name: 'list', description: 'List the privileged accounts (admin, security, auditor)' })
export class AccountsListCommand extends AccountsSubcommand {
  // Nest injects by each class's own constructor parameters, not the base class's.
  constructor(accounts: PrivilegedAccountsService) {
    super(accounts);
  }

  async run(): Promise<void> {
    const accounts = await asSystem((system) => this.accounts.list(system));
    if (!accounts.length) this.out('No privileged accounts yet: create them with `accounts create`.');
    for (const a of accounts)
      this.out(`${a.kind.padEnd(8)} ${describe(a)}, last sign-in ${a.lastLoginAt ?? 'never'}`);
  }

  @Option({ flags: '--username <name>', description: 'Login name' })
  parseUsername(value: string): string {
    return value;
  }
}

@Command({
  name: 'accounts',
  description:
    'Privileged accounts (三权分立: admin, security, auditor), made and changed only here: create, disable, enable, reset-password, unlock, list',
  subCommands: [
    AccountsCreateCommand,
    AccountsDisableCommand,
    AccountsEnableCommand,
    AccountsResetPasswordCommand,
    AccountsUnlockCommand,
    AccountsListCommand,
  ],
})
export class AccountsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
