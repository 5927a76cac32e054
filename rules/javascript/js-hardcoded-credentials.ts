export class MailClient {
  // ruleid: js-hardcoded-credentials
  private readonly apiKey = 'SG7kq2Lm9Xv4Rt8Wz1';
  // ok: js-hardcoded-credentials
  private readonly apiKeyHeader = 'X-Api-Key-1';
  // ok: js-hardcoded-credentials
  private token: string = process.env.MAIL_TOKEN ?? '';
}
