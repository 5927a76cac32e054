export class InviteService {
  createInviteToken(): string {
    // ruleid: js-weak-random
    return Math.random().toString(36).slice(2);
  }

  pickColour(colours: string[]): string {
    // ok: js-weak-random
    return colours[Math.floor(Math.random() * colours.length)];
  }
}
