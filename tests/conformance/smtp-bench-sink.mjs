// A local SMTP server for `./platform bench notifications`: accepts every message and prints one line per message,
// "<epoch ms> <Message-ID>", the moment the message is complete. First line: "listening <port>".
import { SMTPServer } from 'smtp-server';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    let head = '';
    stream.on('data', (chunk) => { if (head.length < 8192) head += chunk.toString('latin1'); });
    stream.on('end', () => {
      const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '-';
      process.stdout.write(`${Date.now()} ${id}\n`);
      callback();
    });
  },
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.server.address().port}\n`));
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
