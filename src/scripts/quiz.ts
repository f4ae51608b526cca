// One question per screen, driven by buttons, arrow keys, PageUp/PageDown (presentation
// clickers) and space. Everything is already in the page, so it keeps working offline.
const items = Array.from(document.querySelectorAll<HTMLElement>('.quiz-item'));
const controls = document.querySelector<HTMLFormElement>('.quiz-controls')!;
const nav = document.querySelector<HTMLElement>('.quiz-nav')!;
const progress = nav.querySelector<HTMLElement>('.quiz-progress')!;
const scoreEl = nav.querySelector<HTMLElement>('.quiz-score')!;
const topic = controls.elements.namedItem('topik') as HTMLSelectElement;

let deck: HTMLElement[] = items;
let pos = 0;
const answered = new Map<string, boolean>();
document.body.classList.add('quiz-js');
controls.hidden = false;
nav.hidden = false;
for (const it of items) it.querySelector<HTMLElement>('.quiz-guess')!.hidden = false;

function stage(it: HTMLElement): 0 | 1 | 2 {
  const d = it.querySelector('details')!;
  if (!d.open) return 0;
  return it.classList.contains('show-basis') ? 2 : 1;
}

function render() {
  items.forEach((it) => (it.hidden = !deck.includes(it) || it !== deck[pos]));
  const cur = deck[pos];
  progress.textContent = deck.length ? `Soal ${pos + 1} dari ${deck.length}` : 'Tidak ada soal';
  const right = [...answered.values()].filter(Boolean).length;
  scoreEl.textContent = answered.size ? `Skor: ${right} dari ${answered.size}` : '';
  const st = cur ? stage(cur) : 0;
  nav.querySelector<HTMLButtonElement>('[data-action="reveal"]')!.textContent =
    st === 0 ? 'Buka jawaban' : st === 1 ? 'Buka dasar hukum' : 'Jawaban terbuka';
  const url = new URL(location.href);
  if (topic.value) url.searchParams.set('topik', topic.value);
  else url.searchParams.delete('topik');
  if (cur) url.hash = cur.id;
  history.replaceState(null, '', url);
}

function reveal() {
  const cur = deck[pos];
  if (!cur) return;
  const d = cur.querySelector('details')!;
  if (!d.open) d.open = true;
  else cur.classList.add('show-basis');
  render();
}

function go(delta: number) {
  pos = Math.max(0, Math.min(deck.length - 1, pos + delta));
  render();
  deck[pos]?.querySelector<HTMLElement>('h2')?.focus();
}

function build() {
  deck = items.filter((it) => !topic.value || it.dataset.topik === topic.value);
  pos = 0;
  render();
}

for (const it of items) {
  it.querySelector('h2')!.setAttribute('tabindex', '-1');
  // First opening of <details> shows the verdict only; the basis follows on the next reveal.
  it.querySelector('details')!.addEventListener('toggle', () => render());
  it.querySelector('.quiz-guess')!.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-guess]');
    if (!b) return;
    if (!answered.has(it.id)) answered.set(it.id, b.dataset.guess === it.dataset.putusan);
    it.querySelectorAll<HTMLButtonElement>('button[data-guess]').forEach((x) => {
      x.disabled = true;
      x.classList.toggle('chosen', x === b);
    });
    it.querySelector('details')!.open = true;
    render();
  });
}

nav.addEventListener('click', (e) => {
  const a = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
  if (a === 'next') go(1);
  else if (a === 'prev') go(-1);
  else if (a === 'reveal') reveal();
});
controls.addEventListener('click', (e) => {
  if ((e.target as HTMLElement).closest('[data-action="start"]')) build();
});
topic.addEventListener('change', build);
document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  if (t.closest('select, input, textarea') || e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === 'ArrowRight' || e.key === 'PageDown') {
    e.preventDefault();
    go(1);
  } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
    e.preventDefault();
    go(-1);
  } else if ((e.key === ' ' || e.key === 'Spacebar') && !t.closest('button, summary, a')) {
    e.preventDefault();
    reveal();
  }
});

const params = new URLSearchParams(location.search);
if (params.get('topik')) topic.value = params.get('topik')!;
build();
const fromHash = deck.findIndex((it) => `#${it.id}` === location.hash);
if (fromHash > 0) {
  pos = fromHash;
  render();
}
document.body.dataset.quizReady = 'true';
