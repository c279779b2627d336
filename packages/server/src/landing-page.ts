// What / serves when the web app has not been built: how to build it, and where the API is.
export const LANDING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tamga</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1d2433}code{background:#eef1f6;padding:0 .3em}</style>
</head><body>
<h1>Tamga</h1>
<p>The Tamga server is running, but the web app has not been built: run <code>npm run build:web</code> (or <code>npm install</code>, which builds it) and reload. The API is described at <a href="/api/docs">/api/docs</a>; its health at <a href="/api/health">/api/health</a>.</p>
<p lang="ru">Сервер Tamga работает, но веб-приложение не собрано: выполните <code>npm run build:web</code>. Описание API — <a href="/api/docs">/api/docs</a>.</p>
</body></html>`;
