// A real browser against a real app: page loads, SMS codes and downloads take seconds, not milliseconds.
jest.setTimeout(120_000);
