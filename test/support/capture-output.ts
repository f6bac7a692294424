import fs from "node:fs";

/**
 * Captures what the process writes to stdout and stderr (pino writes to file descriptor 1
 * synchronously, other writers through process.stdout) until `restore()` is called.
 */
export function captureOutput(): { text: () => string; restore: () => void } {
  const captured: string[] = [];
  const capture = (chunk: unknown) => {
    captured.push(Buffer.isBuffer(chunk) ? chunk.toString("utf8") : String(chunk));
  };
  const writeSync = fs.writeSync.bind(fs);
  const spies = [
    jest.spyOn(fs, "writeSync").mockImplementation(((
      fd: number,
      data: unknown,
      ...rest: never[]
    ) => {
      if (fd === 1 || fd === 2) {
        capture(data);
        return typeof data === "string" ? Buffer.byteLength(data) : (data as Buffer).length;
      }
      return writeSync(fd, data as string, ...rest);
    }) as typeof fs.writeSync),
    jest.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => {
      capture(chunk);
      return true;
    }),
  ];
  return {
    text: () => captured.join(""),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
