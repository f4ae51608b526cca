// The search query set (issue 13): queries shaped like what ASN, trainers and journalists type
// (whole questions, everyday and colloquial words, typos, names, places, citations), each with the
// pages that must be among the first three results. The expected pages were chosen by reading the
// content (the scenario, rule, term or record that answers the query), not copied from the
// results. tests/e2e/queries.test.ts runs every query in Chromium against the built site.
import { routes } from '../../src/lib/routes.ts';

export type Who = 'asn' | 'pelatih' | 'jurnalis';
export type Shape = 'pertanyaan' | 'sehari-hari' | 'salah-ketik' | 'nama' | 'tempat' | 'kutipan' | 'istilah';

export interface Query {
  q: string;
  who: Who;
  shape: Shape;
  /** Every one of these must be in the top three. */
  all?: string[];
  /** At least one of these must be in the top three (several pages answer equally well). */
  any?: string[];
  /** Why these pages answer the query, when it is not obvious. */
  why?: string;
}

const sk = routes.skenario;
const la = routes.larangan;
const gl = routes.glosarium;
const re = routes.regulasi;
const dk = routes.deklarasi;

export const QUERIES: Query[] = [
  // ASN: whole questions, as typed into the box.
  {
    q: 'saya pppk boleh like postingan calon bupati?',
    who: 'asn',
    shape: 'pertanyaan',
    any: [
      sk('media-sosial', 'like-unggahan-akun-pemenangan-calon-bupati'),
      sk('pppk-dan-non-asn', 'pppk-like-unggahan-akun-kampanye-calon'),
      la('b6-like-komen-share-akun-calon'),
    ],
  },
  {
    q: 'istri nyaleg dprd boleh ikut kampanye',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('keluarga-calon', 'dampingi-kampanye-istri-calon'), la('a7-ikut-kampanye-pasangan-tanpa-cltn')],
  },
  {
    q: 'foto gaya jari',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('media-sosial', 'unggah-foto-pose-jari-bersama-tim-sukses')],
  },
  {
    q: 'mundur caleg kapan',
    who: 'asn',
    shape: 'pertanyaan',
    all: [re('pp-32-2018')],
    any: [sk('partai-dan-pencalonan', 'pns-maju-sebagai-calon-anggota-dprd'), gl('calon')],
    why: 'a caleg resigns at registration as bakal calon (PP 32/2018 Pasal 2; UU 7/2017 Pasal 240), not at penetapan: the general rule must not come first',
  },
  {
    q: 'apa sanksi kalau saya pakai mobil dinas ke kampanye?',
    who: 'asn',
    shape: 'pertanyaan',
    all: [la('pp94-fasilitas-negara-mobil-dinas'), sk('fasilitas-dinas', 'mobil-dinas-ke-lokasi-kampanye')],
  },
  {
    q: 'bolehkah asn datang ke kampanye cuma untuk mendengarkan',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('acara-kampanye', 'hadir-kampanye-pilkada-sebagai-pendengar')],
  },
  {
    q: 'boleh nggak pns foto bareng calon bupati di hajatan',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('media-sosial', 'berfoto-bersama-calon-tanpa-diunggah')],
  },
  {
    q: 'apakah honorer boleh jadi kpps',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('pppk-dan-non-asn', 'honorer-jadi-anggota-kpps')],
  },
  {
    q: 'pppk jadi pengurus partai',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('pppk-dan-non-asn', 'pppk-jadi-pengurus-partai')],
  },
  {
    q: 'bolehkah saya jadi anggota kpps di tps dekat rumah',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('hari-pemungutan-suara', 'menjadi-anggota-kpps')],
  },
  {
    q: 'upload foto jari bertinta habis nyoblos',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('hari-pemungutan-suara', 'unggah-foto-jari-bertinta')],
  },
  {
    q: 'bagi sembako bergambar calon ke tetangga',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('pemberian-barang', 'bagikan-sembako-bergambar-calon')],
  },
  {
    q: 'status wa ajak pilih nomor urut',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('media-sosial', 'status-wa-ajakan-pilih-nomor-urut')],
  },
  {
    q: 'boleh follow ig timses capres?',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('media-sosial', 'follow-akun-tim-pemenangan-calon')],
  },
  {
    q: 'masuk grup wa relawan calon bupati',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('media-sosial', 'gabung-grup-whatsapp-relawan-calon')],
  },
  {
    q: 'pakai seragam dinas ke lokasi kampanye',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('acara-kampanye', 'hadir-kampanye-pakai-seragam-dinas')],
  },
  {
    q: 'pasang baliho kakak yang nyaleg di pagar rumah',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('keluarga-calon', 'pasang-baliho-kakak-calon-dprd-di-rumah')],
  },
  {
    q: 'ganti foto profil pakai twibbon paslon',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('media-sosial', 'pasang-twibbon-calon-di-foto-profil')],
  },
  {
    q: 'print selebaran calon pakai printer kantor',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('fasilitas-dinas', 'cetak-selebaran-calon-dengan-printer-kantor')],
  },
  {
    q: 'kasih fotokopi ktp buat dukungan calon perseorangan',
    who: 'asn',
    shape: 'pertanyaan',
    any: [
      sk('partai-dan-pencalonan', 'serahkan-ktp-untuk-calon-perseorangan'),
      la('b11-dukungan-ktp-calon-perseorangan'),
    ],
  },
  {
    q: 'pns mau maju pilbup boleh?',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('partai-dan-pencalonan', 'maju-sebagai-calon-bupati')],
  },
  {
    q: 'kepala kantor suruh staf hadir kampanye',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('keputusan-jabatan', 'wajibkan-staf-hadir-kampanye')],
  },
  {
    q: 'nonton debat capres boleh tidak',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('media-sosial', 'tonton-debat-dan-baca-visi-misi-calon')],
  },
  {
    q: 'like postingan calon waktu masa tenang',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('masa-tenang', 'like-unggahan-calon-saat-masa-tenang')],
  },
  {
    q: 'komen semangat di postingan caleg',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('media-sosial', 'komentar-dukungan-di-unggahan-tim-pemenangan-calon')],
  },
  {
    q: 'share video kampanye ke fb pribadi',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('media-sosial', 'bagikan-video-kampanye-calon-ke-akun-pribadi')],
  },
  {
    q: 'selfie sama cagub terus upload ke ig',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('media-sosial', 'unggah-swafoto-bersama-calon')],
  },
  {
    q: 'daftar anggota partai lewat aplikasi',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('partai-dan-pencalonan', 'daftar-anggota-partai-lewat-aplikasi')],
  },
  {
    q: 'ptt tempel stiker calon di motor',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('pppk-dan-non-asn', 'ptt-tempel-stiker-calon-di-motor-pribadi')],
  },
  {
    q: 'guru bagi buku bergambar calon ke murid',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('pemberian-barang', 'bagikan-buku-bersampul-calon-ke-murid')],
  },
  {
    q: 'camat tunda izin paslon',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('keputusan-jabatan', 'camat-tunda-izin-kegiatan-pasangan-calon')],
  },
  {
    q: 'temani suami daftar ke kpu',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('keluarga-calon', 'dampingi-pasangan-mendaftar-ke-kpu')],
  },
  {
    q: 'ajak tetangga pilih calon waktu antre di tps',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('hari-pemungutan-suara', 'ajak-tetangga-di-antrean-tps-pilih-calon')],
  },
  {
    q: 'jadi admin akun instansi repost materi kampanye',
    who: 'asn',
    shape: 'pertanyaan',
    all: [sk('fasilitas-dinas', 'akun-resmi-instansi-untuk-materi-kampanye')],
  },

  // ASN: everyday, colloquial and short words.
  {
    q: 'like',
    who: 'asn',
    shape: 'sehari-hari',
    any: [la('a4-like-komen-share-akun-bakal-calon'), la('b6-like-komen-share-akun-calon')],
  },
  {
    q: 'jempol',
    who: 'asn',
    shape: 'sehari-hari',
    any: [la('a4-like-komen-share-akun-bakal-calon'), la('b6-like-komen-share-akun-calon')],
  },
  {
    q: 'medsos',
    who: 'asn',
    shape: 'sehari-hari',
    any: [la('a2-kampanye-medsos-bakal-calon'), la('b2-kampanye-medsos-calon')],
  },
  { q: 'pilbup', who: 'asn', shape: 'sehari-hari', all: [gl('pilkada')] },
  { q: 'pilgub', who: 'asn', shape: 'sehari-hari', all: [gl('pilkada')] },
  { q: 'serangan fajar', who: 'asn', shape: 'sehari-hari', all: [gl('politik-uang')] },
  {
    q: 'money politic',
    who: 'asn',
    shape: 'sehari-hari',
    any: [gl('politik-uang'), la('uu10-politik-uang-pilkada'), la('uu7-politik-uang-pemilu')],
  },
  { q: 'mobil plat merah', who: 'asn', shape: 'sehari-hari', all: [la('pp94-fasilitas-negara-mobil-dinas')] },
  { q: 'randis buat kampanye', who: 'asn', shape: 'sehari-hari', all: [la('pp94-fasilitas-negara-mobil-dinas')] },
  {
    q: 'timses',
    who: 'asn',
    shape: 'sehari-hari',
    any: [la('b9-tim-pemenangan-bakal-calon'), la('b10-tim-pemenangan-calon'), gl('tim-kampanye')],
  },
  { q: 'dipecat', who: 'asn', shape: 'sehari-hari', all: [gl('ptdh')] },
  { q: 'cuti di luar tanggungan negara', who: 'asn', shape: 'istilah', all: [gl('cltn')] },
  {
    q: 'cuti tanpa gaji buat kampanye suami',
    who: 'asn',
    shape: 'pertanyaan',
    any: [
      la('a7-ikut-kampanye-pasangan-tanpa-cltn'),
      gl('cltn'),
      sk('keluarga-calon', 'dampingi-kampanye-istri-calon'),
    ],
  },
  { q: 'honorer', who: 'asn', shape: 'sehari-hari', all: [gl('honorer')] },
  { q: 'p3k', who: 'asn', shape: 'sehari-hari', all: [gl('pppk')] },
  { q: 'paslon', who: 'asn', shape: 'sehari-hari', all: [gl('calon')] },
  { q: 'bacalon', who: 'asn', shape: 'sehari-hari', all: [gl('bakal-calon')] },
  { q: 'APK', who: 'asn', shape: 'istilah', all: [gl('alat-peraga-kampanye')] },
  {
    q: 'baliho',
    who: 'asn',
    shape: 'sehari-hari',
    any: [la('a1-spanduk-baliho-bakal-calon'), la('b1-spanduk-baliho-calon')],
  },
  {
    q: 'kaos partai ke kampanye',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('acara-kampanye', 'hadir-kampanye-pakai-kaus-partai')],
  },
  {
    q: 'yel yel kampanye akbar',
    who: 'asn',
    shape: 'sehari-hari',
    all: [sk('acara-kampanye', 'ikut-yel-yel-di-kampanye-akbar')],
  },
  {
    q: 'mengerahkan bawahan ikut kampanye',
    who: 'asn',
    shape: 'sehari-hari',
    any: [la('pp94-mengerahkan-pns-lain'), sk('keputusan-jabatan', 'wajibkan-staf-hadir-kampanye')],
  },

  // Typos of common words.
  { q: 'kampamye', who: 'asn', shape: 'salah-ketik', all: [gl('kampanye')] },
  { q: 'netralits', who: 'asn', shape: 'salah-ketik', all: [gl('netralitas')] },
  {
    q: 'spnaduk',
    who: 'asn',
    shape: 'salah-ketik',
    any: [la('a1-spanduk-baliho-bakal-calon'), la('b1-spanduk-baliho-calon')],
  },
  { q: 'pakta integritsa', who: 'jurnalis', shape: 'salah-ketik', all: [gl('pakta-integritas')] },
  { q: 'politk uang', who: 'asn', shape: 'salah-ketik', all: [gl('politik-uang')] },
  { q: 'masa tenag', who: 'asn', shape: 'salah-ketik', all: [gl('masa-tenang')] },
  { q: 'mobil dinsa', who: 'asn', shape: 'salah-ketik', all: [la('pp94-fasilitas-negara-mobil-dinas')] },
  { q: 'gakumdu', who: 'jurnalis', shape: 'salah-ketik', all: [gl('gakkumdu')] },
  { q: 'kupamg', who: 'jurnalis', shape: 'salah-ketik', all: [routes.wilayah('53.71')] },

  // Glossary terms, instruments and cycles: the page that names them comes first.
  {
    q: 'pppk',
    who: 'asn',
    shape: 'istilah',
    all: [gl('pppk'), routes.subjek('pppk')],
    why: 'the two pages named PPPK: the term, and the rules and sanctions for PPPK',
  },
  { q: 'manajemen pppk', who: 'asn', shape: 'kutipan', all: [re('pp-49-2018')] },
  { q: 'cltn', who: 'asn', shape: 'istilah', all: [gl('cltn')] },
  { q: 'KASN', who: 'jurnalis', shape: 'istilah', all: [gl('kasn')] },
  { q: 'gakkumdu', who: 'jurnalis', shape: 'istilah', all: [gl('gakkumdu')] },
  { q: 'masa tenang', who: 'asn', shape: 'istilah', all: [gl('masa-tenang')] },
  { q: 'penjabat', who: 'jurnalis', shape: 'istilah', all: [gl('pj')] },
  { q: 'asn', who: 'asn', shape: 'istilah', all: [gl('asn')] },
  { q: 'PP 94/2021', who: 'asn', shape: 'kutipan', all: [re('pp-94-2021')] },
  { q: 'UU ASN', who: 'asn', shape: 'kutipan', all: [re('uu-20-2023')] },
  { q: 'UU 7/2017', who: 'jurnalis', shape: 'kutipan', all: [re('uu-7-2017')] },
  { q: 'uu pemilu', who: 'jurnalis', shape: 'kutipan', all: [re('uu-7-2017')] },
  { q: 'PP disiplin PNS', who: 'asn', shape: 'kutipan', all: [re('pp-94-2021')] },
  { q: 'SKB netralitas', who: 'pelatih', shape: 'kutipan', any: [re('skb-netralitas-2022'), gl('skb')] },
  { q: 'SE MenPANRB 18/2023', who: 'pelatih', shape: 'kutipan', all: [re('se-menpanrb-18-2023')] },
  { q: 'UU Desa', who: 'jurnalis', shape: 'kutipan', all: [re('uu-6-2014')] },
  {
    q: 'berapa ASN disanksi pilkada 2020',
    who: 'jurnalis',
    shape: 'pertanyaan',
    all: [routes.statistik('pilkada-2020')],
    why: "a count question: 'berapa' is a synonym of angka (content/sinonim/angka.yaml), the cycle page's title",
  },
  {
    q: 'jumlah pelanggaran netralitas pemilu 2024',
    who: 'jurnalis',
    shape: 'sehari-hari',
    all: [routes.statistik('pemilu-2024')],
  },
  {
    q: 'pilkada 2020',
    who: 'jurnalis',
    shape: 'istilah',
    all: [re('skb-netralitas-2020')],
    why: 'the 2020 joint decree was made for Pilkada 2020 (its short title says so)',
  },

  // Citations: answered from the provision index, the provision itself.
  { q: 'pasal 5 huruf n', who: 'asn', shape: 'kutipan', all: [re('pp-94-2021', 'pasal-5-huruf-n')] },
  { q: 'pasal 9 ayat 2', who: 'pelatih', shape: 'kutipan', all: [re('uu-20-2023', 'pasal-9-ayat-2')] },
  { q: 'pasal 254', who: 'asn', shape: 'kutipan', all: [re('pp-11-2017', 'pasal-254')] },

  // Trainers.
  { q: 'kuis netralitas', who: 'pelatih', shape: 'sehari-hari', all: ['/kuis/'] },
  { q: 'bahan presentasi', who: 'pelatih', shape: 'sehari-hari', all: ['/presentasi/'] },
  { q: 'handout', who: 'pelatih', shape: 'sehari-hari', all: ['/cetak/'] },
  { q: 'panduan untuk pelatih', who: 'pelatih', shape: 'sehari-hari', all: [routes.panduan('untuk-pelatih')] },
  { q: 'matriks sanksi', who: 'pelatih', shape: 'istilah', all: [routes.sanksi()] },
  { q: 'bandingkan teks ikrar', who: 'pelatih', shape: 'sehari-hari', all: ['/ikrar/bandingkan/'] },
  {
    q: 'apa saja yang tetap boleh dilakukan asn',
    who: 'pelatih',
    shape: 'pertanyaan',
    all: [routes.panduan('yang-tetap-boleh')],
  },
  { q: 'cara lapor asn tidak netral', who: 'asn', shape: 'pertanyaan', all: [routes.lapor()] },
  { q: 'sanksi moral', who: 'pelatih', shape: 'istilah', all: [gl('sanksi-moral')] },
  { q: 'teks ikrar empat butir', who: 'pelatih', shape: 'sehari-hari', all: [routes.ikrar('empat-butir-2020-2024')] },
  { q: 'ikrar pemilu 2019', who: 'pelatih', shape: 'sehari-hari', all: [routes.ikrar('enam-butir-2019')] },

  // Journalists: names, places, records.
  {
    q: 'Linus Lusi',
    who: 'jurnalis',
    shape: 'nama',
    all: [routes.pejabat('linus-lusi')],
    any: [dk('2024-10-17-kota-kupang-apel-korpri-deklarasi'), dk('2024-09-09-kota-kupang-apel-gabungan')],
    why: 'the official has a page listing his records',
  },
  {
    q: 'Fahrensy Funay',
    who: 'jurnalis',
    shape: 'nama',
    all: [routes.pejabat('fahrensy-priestley-funay')],
    why: 'the name as people shorten it finds his page (three Kota Kupang records)',
  },
  {
    q: 'Tjahjo Kumolo',
    who: 'jurnalis',
    shape: 'nama',
    all: [routes.pejabat('tjahjo-kumolo')],
    any: [
      dk('2019-03-22-nasional-kemendagri-bnpp-apel-ikrar-simulasi'),
      dk('2019-04-05-nasional-kemendagri-bnpp-apel-ikrar-monas'),
    ],
  },
  {
    q: 'Nana Sudjana',
    who: 'jurnalis',
    shape: 'nama',
    all: [dk('2023-09-26-provinsi-jawa-tengah-ikrar-pakta-integritas')],
  },
  {
    q: 'Adhy Karyono',
    who: 'jurnalis',
    shape: 'nama',
    all: [dk('2023-10-31-provinsi-jawa-timur-deklarasi-pemilu-damai-kodam')],
  },
  {
    q: 'Zainal Paliwang',
    who: 'jurnalis',
    shape: 'nama',
    all: [dk('2022-12-08-provinsi-kalimantan-utara-deklarasi-opd')],
  },
  {
    q: 'Rahmat Bagja',
    who: 'jurnalis',
    shape: 'nama',
    any: [
      dk('2022-09-27-nasional-bawaslu-pakta-integritas-ppk'),
      dk('2022-12-07-provinsi-bengkulu-bawaslu-pakta-kepala-daerah'),
      dk('2024-09-17-nasional-bawaslu-rakornas-netralitas-asn'),
    ],
  },
  { q: 'kupang', who: 'jurnalis', shape: 'tempat', all: [routes.wilayah('53.71'), routes.wilayah('53.01')] },
  { q: 'Kota Kupang', who: 'jurnalis', shape: 'tempat', all: [routes.wilayah('53.71')] },
  { q: 'Jawa Timur', who: 'jurnalis', shape: 'tempat', all: [routes.provinsi('35')] },
  { q: 'jatim', who: 'jurnalis', shape: 'tempat', all: [routes.provinsi('35')] },
  { q: 'ntt', who: 'jurnalis', shape: 'tempat', all: [routes.provinsi('53')] },
  { q: 'Sulawesi Selatan', who: 'jurnalis', shape: 'tempat', all: [routes.provinsi('73')] },
  { q: 'deklarasi di jogja', who: 'jurnalis', shape: 'tempat', all: [routes.provinsi('34')] },
  { q: 'kendari', who: 'jurnalis', shape: 'tempat', all: [routes.wilayah('74.71')] },
  { q: 'trenggalek', who: 'jurnalis', shape: 'tempat', all: [routes.wilayah('35.03')] },
  { q: 'ikrar kota tual', who: 'jurnalis', shape: 'tempat', all: [routes.ikrar('kota-tual-2023')] },
  { q: 'ikrar pemprov jateng', who: 'jurnalis', shape: 'tempat', all: [routes.ikrar('pemprov-jateng-2023')] },
  {
    q: 'apel korpri kupang',
    who: 'jurnalis',
    shape: 'tempat',
    all: [dk('2024-10-17-kota-kupang-apel-korpri-deklarasi')],
  },
  {
    q: 'pakta integritas bawaslu bengkulu',
    who: 'jurnalis',
    shape: 'tempat',
    all: [dk('2022-12-07-provinsi-bengkulu-bawaslu-pakta-kepala-daerah')],
  },
  {
    q: 'deklarasi asn tni polri ntt',
    who: 'jurnalis',
    shape: 'tempat',
    all: [dk('2024-09-30-provinsi-ntt-bawaslu-deklarasi-asn-tni-polri')],
  },
  { q: 'psu papua', who: 'jurnalis', shape: 'tempat', all: [dk('2025-07-21-provinsi-papua-psu-apel-deklarasi-pakta')] },
  { q: 'unduh data deklarasi csv', who: 'jurnalis', shape: 'sehari-hari', all: [routes.data()] },
  { q: 'linimasa deklarasi', who: 'jurnalis', shape: 'sehari-hari', all: ['/deklarasi/linimasa/'] },
  { q: 'panduan jurnalis', who: 'jurnalis', shape: 'sehari-hari', all: [routes.panduan('untuk-jurnalis')] },
];
