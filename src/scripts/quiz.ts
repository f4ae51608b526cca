// The quiz, one question per screen, for a projector or for self-study. Driven by buttons, the
// arrow keys, PageUp/PageDown (presentation clickers), Space and Enter (reveal the answer, then
// its basis), F (fullscreen) and Esc (leave the presenter mode). Everything is already in the
// page, so it keeps working offline; without JavaScript the page is a list with <details>.
const items = Array.from(document.querySelectorAll<HTMLElement>('.quiz-item'));
const controls = document.querySelector<HTMLFormElement>('.quiz-controls')!;
const nav = document.querySelector<HTMLElement>('.quiz-nav')!;
const end = document.querySelector<HTMLElement>('.quiz-end')!;
const progress = document.querySelector<HTMLElement>('.quiz-progress')!;
const scoreEl = nav.querySelector<HTMLElement>('.quiz-score')!;
const topic = controls.elements.namedItem('topik') as HTMLSelectElement;
const button = (root: ParentNode, action: string) =>
  root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;

let deck: HTMLElement[] = items;
let pos = 0; // deck.length = the end screen
const answered = new Map<string, boolean>();
const canFullscreen = !!document.documentElement.requestFullscreen && document.fullscreenEnabled;

document.body.classList.add('quiz-js');
controls.hidden = false;
nav.hidden = false;
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-action="fullscreen"]')) b.hidden = !canFullscreen;
for (const it of items) {
  it.tabIndex = -1;
  it.querySelector<HTMLElement>('.quiz-guess')!.hidden = false;
}

const current = () => deck[pos];
const live = () => document.body.classList.contains('quiz-live');

function stage(it: HTMLElement): 0 | 1 | 2 {
  if (!it.querySelector('details')!.open) return 0;
  return it.classList.contains('show-basis') ? 2 : 1;
}

/** Shrink the type of the current screen until it fits the window (presenter mode on a wide
 *  screen; a phone scrolls instead of getting small type). */
function fit() {
  const el = current() ?? end;
  el.style.setProperty('--fit', '1');
  if (!live() || innerWidth < 700) return;
  const root = document.documentElement;
  for (let f = 0.95; f >= 0.5 && root.scrollHeight > root.clientHeight; f -= 0.05)
    el.style.setProperty('--fit', f.toFixed(2));
}

function render() {
  const cur = current();
  for (const it of items) it.hidden = it !== cur;
  end.hidden = !!cur;
  const right = [...answered].filter(([id, ok]) => ok && deck.some((d) => d.id === id)).length;
  const tried = [...answered.keys()].filter((id) => deck.some((d) => d.id === id)).length;
  scoreEl.textContent = tried ? `Skor: ${right} dari ${tried}` : '';
  if (cur) {
    const label = `Soal ${pos + 1} dari ${deck.length}`;
    cur.querySelector('.quiz-meta')!.textContent = `${label} · ${cur.dataset.topikLabel}`;
    progress.textContent = label;
    const st = stage(cur);
    button(nav, 'reveal').textContent = st === 0 ? 'Buka jawaban' : st === 1 ? 'Buka dasar hukum' : 'Jawaban terbuka';
    button(nav, 'reveal').disabled = st === 2;
  } else {
    progress.textContent = deck.length ? 'Selesai' : 'Tidak ada soal';
    renderEnd(right, tried);
  }
  button(nav, 'reveal').hidden = !cur;
  button(nav, 'prev').disabled = pos === 0;
  button(nav, 'next').disabled = !cur;
  button(nav, 'next').textContent = pos === deck.length - 1 ? 'Selesai →' : 'Berikutnya →';
  const url = new URL(location.href);
  url.hash = '';
  if (topic.value) url.searchParams.set('topik', topic.value);
  else url.searchParams.delete('topik');
  if (cur && pos > 0) url.searchParams.set('soal', cur.id.replace(/^soal-/, ''));
  else url.searchParams.delete('soal');
  history.replaceState(null, '', url);
  fit();
}

function renderEnd(right: number, tried: number) {
  end.querySelector('.quiz-end-score')!.textContent = tried
    ? `Skor: ${right} dari ${tried} jawaban benar (${deck.length} soal).`
    : `${deck.length} soal sudah dibahas.`;
  const missed = deck.filter((it) => answered.get(it.id) === false);
  const box = end.querySelector<HTMLElement>('.quiz-missed')!;
  box.hidden = !missed.length;
  box.querySelector('ul')!.replaceChildren(
    ...missed.map((it) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = it.dataset.href!;
      a.textContent = it.querySelector('h2')!.textContent;
      li.append(a, ` — jawabannya: ${it.dataset.putusanLabel}.`);
      return li;
    }),
  );
}

/** Keep the keyboard on the question, so Space and Enter reveal instead of pressing a button again. */
function focusStage() {
  (current() ?? end).focus({ preventScroll: true });
}

function reveal() {
  const cur = current();
  if (!cur) return;
  const d = cur.querySelector('details')!;
  if (!d.open) d.open = true;
  else cur.classList.add('show-basis');
  render();
}

function go(delta: number) {
  pos = Math.max(0, Math.min(deck.length, pos + delta));
  render();
  focusStage();
}

function reset(it: HTMLElement) {
  answered.delete(it.id);
  it.querySelector('details')!.open = false;
  it.classList.remove('show-basis');
  it.querySelector<HTMLElement>('.quiz-feedback')!.hidden = true;
  for (const b of it.querySelectorAll<HTMLButtonElement>('button[data-guess]')) {
    b.disabled = false;
    b.classList.remove('chosen');
  }
}

function build() {
  deck = items.filter((it) => !topic.value || it.dataset.topik === topic.value);
  pos = 0;
  render();
}

function enterLive() {
  document.body.classList.add('quiz-live');
  scrollTo(0, 0);
  render();
  focusStage();
}

function exitLive() {
  if (document.fullscreenElement) void document.exitFullscreen();
  document.body.classList.remove('quiz-live');
  render();
  topic.focus();
}

function fullscreen() {
  if (document.fullscreenElement) return void document.exitFullscreen();
  enterLive();
  document.documentElement.requestFullscreen().catch(() => {});
}

for (const it of items) {
  it.querySelector('details')!.addEventListener('toggle', () => render());
  it.querySelector('.quiz-guess')!.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-guess]');
    if (!b) return;
    const ok = b.dataset.guess === it.dataset.putusan;
    if (!answered.has(it.id)) answered.set(it.id, ok);
    for (const x of it.querySelectorAll<HTMLButtonElement>('button[data-guess]')) {
      x.disabled = true;
      x.classList.toggle('chosen', x === b);
    }
    const fb = it.querySelector<HTMLElement>('.quiz-feedback')!;
    fb.textContent = ok ? '✓ Benar!' : `✗ Belum tepat. Jawabannya: ${it.dataset.putusanLabel}.`;
    fb.className = `quiz-feedback ${ok ? 'right' : 'wrong'}`;
    fb.hidden = false;
    it.querySelector('details')!.open = true;
    render();
    focusStage();
  });
}

document.addEventListener('click', (e) => {
  const a = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
  if (!a) return;
  if (a === 'next') go(1);
  else if (a === 'prev') go(-1);
  else if (a === 'reveal') {
    reveal();
    focusStage();
  } else if (a === 'start') {
    build();
    enterLive();
  } else if (a === 'fullscreen') fullscreen();
  else if (a === 'exit') exitLive();
  else if (a === 'restart') {
    deck.forEach(reset);
    pos = 0;
    render();
    focusStage();
  }
});
// "Mulai" is the form's submit button (a form needs one); the click above starts the quiz, so the
// form itself never submits.
controls.addEventListener('submit', (e) => e.preventDefault());
topic.addEventListener('change', build);
document.addEventListener('fullscreenchange', () => fit());
addEventListener('resize', () => fit());
document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  if (t.closest('select, input, textarea') || e.altKey || e.ctrlKey || e.metaKey) return;
  // A control reached with the keyboard keeps Space and Enter; focus returns to the question
  // after every click, so in use Space and Enter reveal.
  const onControl = !!t.closest('button, a, summary');
  if (e.key === 'ArrowRight' || e.key === 'PageDown') {
    e.preventDefault();
    go(1);
  } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
    e.preventDefault();
    go(-1);
  } else if ((e.key === ' ' || e.key === 'Enter') && !onControl) {
    e.preventDefault();
    reveal();
  } else if ((e.key === 'f' || e.key === 'F') && canFullscreen) {
    e.preventDefault();
    fullscreen();
  } else if (e.key === 'Escape' && live() && !document.fullscreenElement) {
    exitLive();
  }
});

const params = new URLSearchParams(location.search);
if (params.get('topik')) topic.value = params.get('topik')!;
build();
const wanted = params.get('soal') ?? location.hash.replace(/^#soal-/, '');
const fromUrl = deck.findIndex((it) => it.id === `soal-${wanted}`);
if (fromUrl > 0) {
  pos = fromUrl;
  render();
}
// A link to #soal-… must not leave the page scrolled past the header (walkthrough bug 15).
if (location.hash) scrollTo(0, 0);
document.body.dataset.quizReady = 'true';
