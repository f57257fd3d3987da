// The plain page a visitor of /s/<token> gets instead of a thread: one page for an
// unknown token (404) and for an expired or revoked one (410), so tokens cannot be
// told apart, and one for too many views (429). No script, no link into the app.
// Pure: the proxy sends it, and the unit tests read it.

export interface RefusalText {
  lang: string;
  title: string;
  message: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function refusalHtml({ lang, title, message }: RefusalText): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#fafafa;color:#18181b}main{max-width:32rem;padding:2rem;text-align:center}h1{font-size:1.25rem}p{color:#3f3f46}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
</main>
</body>
</html>
`;
}
