// Opt-in offline pack on /luring/: registers the service worker and reports its progress.
export {}; // a module, so `status` is ours and not window.status

const box = document.querySelector<HTMLElement>('#offline')!;
const status = box.querySelector<HTMLElement>('#offline-status')!;
box.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = !('serviceWorker' in navigator)));
box.querySelectorAll<HTMLElement>('[data-no-js]').forEach((el) => (el.hidden = 'serviceWorker' in navigator));

const ready = (v: string) => {
  status.textContent = `Siap: situs tersimpan dan bisa dipakai tanpa internet (versi ${v}).`;
  box.dataset.state = 'ready';
};

navigator.serviceWorker?.addEventListener('message', (e) => {
  const m = e.data as { type: string; done?: number; total?: number; version?: string };
  if (m.type === 'progress') status.textContent = `Menyimpan… ${m.done} dari ${m.total} berkas.`;
  if (m.type === 'ready') ready(m.version!);
});

async function size() {
  try {
    const m = await (await fetch(box.dataset.manifest!, { cache: 'no-store' })).json();
    return `${m.urls.length} berkas, sekitar ${(m.bytes / 1e6).toFixed(1)} MB`;
  } catch {
    return '';
  }
}

box.querySelector('#offline-save')?.addEventListener('click', async () => {
  status.textContent = `Mulai menyimpan (${await size()})…`;
  const reg = await navigator.serviceWorker.register(box.dataset.sw!, { scope: box.dataset.scope });
  await navigator.serviceWorker.ready;
  reg.active?.postMessage('version');
});

box.querySelector('#offline-remove')?.addEventListener('click', async () => {
  for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
  for (const k of await caches.keys()) if (k.startsWith('rambu-')) await caches.delete(k);
  status.textContent = 'Salinan luring sudah dihapus dari perangkat ini.';
  box.dataset.state = 'removed';
});

navigator.serviceWorker?.getRegistration(box.dataset.scope).then((r) => {
  if (r?.active) r.active.postMessage('version');
  else size().then((s) => (status.textContent = s ? `Belum tersimpan. Ukuran: ${s}.` : 'Belum tersimpan.'));
});
