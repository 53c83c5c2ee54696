/**
 * Electron main process: app lifecycle, one hardened window, the app:// protocol and the IPC handler.
 * Everything below the window (database, services, dispatcher) lives in electron/core and runs the
 * same without Electron (HTTP host, tests, benchmarks).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, Menu, ipcMain, net, protocol, session } from 'electron';
import { Core } from './core/app';
import { defaultDataDir } from './core/paths';
import { registerIpc } from './ipc';
import { startJobs } from './core/jobs';
import { MIME, SECURITY_HEADERS } from './csp';

const SCHEME = 'app';
const ORIGIN = `${SCHEME}://bundle`;
const isTrusted = (url: string) => url.startsWith(`${ORIGIN}/`);

protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.setPath('userData', defaultDataDir());
app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let stopJobs: () => void = () => undefined;

const rendererDir = () => path.join(app.getAppPath(), 'dist', 'renderer');

async function serveApp(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== 'bundle') return new Response('not found', { status: 404 });
  let pathname = decodeURIComponent(url.pathname);
  if (pathname === '/' || !path.extname(pathname)) pathname = '/index.html';
  const root = rendererDir();
  const file = path.resolve(root, `.${pathname}`);
  if (!file.startsWith(root + path.sep)) return new Response('forbidden', { status: 403 });
  const res = await net.fetch(pathToFileURL(file).toString());
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(res.body, {
    status: res.status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': type },
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 880,
    minWidth: 1100,
    minHeight: 680,
    show: false,
    title: '销售通',
    backgroundColor: '#f5f5f5',
    webPreferences: {
      // The one preload exposes exactly one function, call(method, input) (tests/unit/preload.test.ts).
      preload: path.join(__dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      // Middle-click (auxclick) would otherwise open links in a new window without 'will-navigate'.
      disableBlinkFeatures: 'Auxclick',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Chromium's built-in PDF viewer for print preview (an iframe on a blob: URL of a PDF made in
      // the main process); no other plugin exists in Electron.
      plugins: true,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${ORIGIN}/index.html`);
}

// Every web contents: no navigation away from the app, no new windows, no <webview>.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (e, url) => {
    if (!isTrusted(url)) e.preventDefault();
  });
  contents.on('will-redirect', (e, url) => {
    if (!isTrusted(url)) e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  // No new windows, and no hand-off of renderer-supplied URLs to the operating system either
  // (shell.openExternal): the app has no external links, and a compromised renderer must not be able
  // to launch programs through URL handlers.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

app.whenReady().then(async () => {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // No remote content: the renderer loads only from app://.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_d, cb) =>
    cb({ cancel: true }),
  );
  // Every response carries the Content-Security-Policy, also any the protocol handler did not answer.
  // The policy is electron/csp.ts's CSP, written out so that electronegativity can evaluate it
  // (tests/unit/electronegativity.test.ts keeps the two equal).
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ],
      },
    });
  });
  protocol.handle(SCHEME, serveApp);

  core = await Core.open({ dataDir: app.getPath('userData') });
  registerIpc(ipcMain, () => core!, isTrusted);
  stopJobs = startJobs(core);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: '文件',
        submenu: [{ role: 'reload', label: '刷新' }, { type: 'separator' }, { role: 'quit', label: '退出' }],
      },
      {
        label: '编辑',
        submenu: [
          { role: 'undo', label: '撤销' },
          { role: 'redo', label: '重做' },
          { type: 'separator' },
          { role: 'cut', label: '剪切' },
          { role: 'copy', label: '复制' },
          { role: 'paste', label: '粘贴' },
          { role: 'selectAll', label: '全选' },
        ],
      },
      {
        label: '视图',
        submenu: [
          { role: 'resetZoom', label: '实际大小' },
          { role: 'zoomIn', label: '放大' },
          { role: 'zoomOut', label: '缩小' },
          { role: 'togglefullscreen', label: '全屏' },
          ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: '开发者工具' }]),
        ],
      },
    ]),
  );
  createWindow();
});

app.on('window-all-closed', () => {
  stopJobs();
  const c = core;
  core = null;
  void (c ? c.close() : Promise.resolve()).finally(() => app.quit());
});
