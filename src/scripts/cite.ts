// Record pages: fill in today's date as the access date and add a "Salin kutipan" button.
// Without JavaScript the cite box still shows the whole citation with a blank to fill in.
const box = document.querySelector<HTMLElement>('.cite-box');
const text = box?.querySelector<HTMLElement>('[data-cite-text]');
const accessed = box?.querySelector<HTMLElement>('[data-accessed]');
const actions = box?.querySelector<HTMLElement>('[data-cite-actions]');
if (box && text && accessed && actions) {
  const today = new Date();
  accessed.textContent = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    today,
  );
  const status = actions.querySelector<HTMLElement>('[role="status"]')!;
  actions.hidden = false;
  actions.querySelector('button')!.addEventListener('click', async () => {
    const value = text.textContent!.trim();
    try {
      await navigator.clipboard.writeText(value);
      status.textContent = 'Kutipan disalin.';
    } catch {
      // No clipboard permission: select the text so Ctrl+C copies it.
      getSelection()?.selectAllChildren(text);
      status.textContent = 'Kutipan sudah dipilih; tekan Ctrl+C untuk menyalin.';
    }
  });
}
