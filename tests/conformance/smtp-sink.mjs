// An SMTP server for the email tests: accepts every message (except to addresses starting with "reject",
// refused with 550 at RCPT TO), parses it with mailparser and its calendar part with ical.js, and prints one
// JSON line per message on stdout. The first line is {"listening": port}. Stops when stdin closes.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import ICAL from 'ical.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

// Optional: a directory that also receives each raw message as .eml (the tests' Mailbox reads it).
const pickup = process.argv[2];
if (pickup) mkdirSync(pickup, { recursive: true });

function calendarOf(parsed) {
  const parts = parsed.attachments ?? [];
  const inline = parts.find(a => a.contentType === 'text/calendar');
  const file = parts.find(a => a.filename === 'invite.ics');
  const part = inline ?? file;
  if (!part) return null;
  const component = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const event = component.getFirstSubcomponent('vevent');
  return {
    method: component.getFirstPropertyValue('method'),
    contentTypeMethod: inline?.contentType === 'text/calendar' ? (inline.headers?.get('content-type')?.params?.method ?? null) : null,
    hasAttachment: !!file,
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    summary: event.getFirstPropertyValue('summary'),
    dtstart: event.getFirstPropertyValue('dtstart').toJSDate().toISOString(),
    dtend: event.getFirstPropertyValue('dtend').toJSDate().toISOString(),
    organizer: event.getFirstPropertyValue('organizer'),
    attendee: event.getFirstPropertyValue('attendee'),
  };
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, session, callback) {
    if (address.address.toLowerCase().startsWith('reject')) {
      const error = new Error('Mailbox unavailable');
      error.responseCode = 550;
      return callback(error);
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', chunk => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      if (pickup) writeFileSync(join(pickup, `${new Date().toISOString().replace(/[^0-9]/g, '')}-${randomUUID()}.eml`), raw);
      simpleParser(raw).then(parsed => {
      let calendar = null;
      let calendarError = null;
      try { calendar = calendarOf(parsed); } catch (e) { calendarError = String(e); }
      const message = {
        to: session.envelope.rcptTo.map(r => r.address),
        from: parsed.from?.value?.[0] ?? null,
        messageId: parsed.messageId ?? null,
        subject: parsed.subject ?? null,
        text: parsed.text ?? null,
        html: typeof parsed.html === 'string' ? parsed.html : null,
        calendar,
        calendarError,
      };
      process.stdout.write(JSON.stringify(message) + '\n');
      callback();
      }, error => callback(error));
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ listening: server.server.address().port }) + '\n');
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
