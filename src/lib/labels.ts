// Display labels for enum values stored in content.
export const STATUS_LABEL: Record<string, string> = {
  berlaku: 'Berlaku',
  diubah: 'Berlaku dengan perubahan',
  dicabut: 'Dicabut',
  'tidak-berlaku': 'Tidak berlaku lagi',
};

export const RELATION_LABEL: Record<string, { forward: string; inverse: string }> = {
  mencabut: { forward: 'Mencabut', inverse: 'Dicabut oleh' },
  mengubah: { forward: 'Mengubah', inverse: 'Diubah oleh' },
  melaksanakan: { forward: 'Melaksanakan', inverse: 'Dilaksanakan oleh' },
  'dasar-hukum': { forward: 'Berdasarkan', inverse: 'Menjadi dasar hukum bagi' },
  'menggantikan-fungsi': { forward: 'Menggantikan fungsi', inverse: 'Fungsinya digantikan oleh' },
};

export const VIOLATION_LABEL: Record<string, string> = {
  'kode-etik': 'Pelanggaran kode etik',
  disiplin: 'Pelanggaran disiplin',
  pidana: 'Tindak pidana',
};

export const SANCTION_LABEL: Record<string, string> = {
  moral: 'Sanksi moral',
  ringan: 'Hukuman disiplin ringan',
  sedang: 'Hukuman disiplin sedang',
  berat: 'Hukuman disiplin berat',
  ptdh: 'Pemberhentian tidak dengan hormat',
  pidana: 'Pidana',
  'sesuai-ketentuan': 'Sesuai ketentuan yang dilanggar',
};

// Order from lightest to heaviest, for sorting the sanction matrix.
export const SANCTION_ORDER = ['moral', 'ringan', 'sedang', 'berat', 'ptdh', 'pidana', 'sesuai-ketentuan'];

export const GROUP_LABEL: Record<string, string> = {
  'media-sosial': 'Media sosial',
  'kampanye-dan-acara-calon': 'Kampanye dan acara calon',
  'atribut-dan-alat-peraga': 'Atribut dan alat peraga',
  'fasilitas-dan-kewenangan-jabatan': 'Fasilitas dan kewenangan jabatan',
  'keputusan-yang-menguntungkan-atau-merugikan': 'Keputusan yang menguntungkan atau merugikan calon',
  'partai-politik-dan-pencalonan-diri': 'Partai politik dan pencalonan diri',
  'keluarga-yang-menjadi-calon': 'Keluarga yang menjadi calon',
  'pemberian-barang-atau-uang': 'Pemberian barang atau uang',
};

export const EVENT_LABEL: Record<string, string> = {
  deklarasi: 'Deklarasi',
  ikrar: 'Ikrar',
  'pakta-integritas': 'Pakta integritas',
  apel: 'Apel',
  sosialisasi: 'Sosialisasi',
  'rapat-koordinasi': 'Rapat koordinasi',
  'surat-edaran': 'Surat edaran',
  'kunjungan-kerja': 'Kunjungan kerja',
  lainnya: 'Lainnya',
};

export const LEVEL_LABEL: Record<string, string> = {
  nasional: 'Nasional',
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  kecamatan: 'Kecamatan',
  opd: 'Perangkat daerah (OPD)',
  'instansi-vertikal': 'Instansi vertikal',
};

export const ELECTION_LABEL: Record<string, string> = {
  'pemilu-2019': 'Pemilu 2019',
  'pilkada-2020': 'Pilkada 2020',
  'pemilu-2024': 'Pemilu 2024',
  'pilkada-2024': 'Pilkada 2024',
};

export const PARTICIPANT_LABEL: Record<string, string> = {
  pns: 'PNS',
  pppk: 'PPPK',
  'non-asn': 'Pegawai non-ASN (PTT/honorer)',
  'kepala-desa': 'Kepala desa',
  'perangkat-desa': 'Perangkat desa',
  tni: 'TNI',
  polri: 'Polri',
  'pejabat-daerah': 'Pejabat daerah',
};

export const TOPIC_LABEL: Record<string, { label: string; question: string }> = {
  'media-sosial': { label: 'Media sosial', question: 'Sesuatu di media sosial (unggah, suka, komentar, bagikan, ikuti, grup)' },
  'acara-kampanye': { label: 'Acara kampanye', question: 'Menghadiri atau membantu acara kampanye, deklarasi, atau sosialisasi calon' },
  'keluarga-calon': { label: 'Keluarga calon', question: 'Suami, istri, atau keluarga saya menjadi calon' },
  'fasilitas-dinas': { label: 'Fasilitas dinas', question: 'Memakai mobil dinas, gedung, anggaran, atau fasilitas kantor' },
  'keputusan-jabatan': { label: 'Keputusan jabatan', question: 'Keputusan, program, atau kebijakan dalam jabatan saya' },
  'pemberian-barang': { label: 'Pemberian barang', question: 'Memberi atau menerima uang, sembako, atau barang' },
  'masa-tenang': { label: 'Masa tenang', question: 'Sesuatu pada masa tenang menjelang pemungutan suara' },
  'hari-pemungutan-suara': { label: 'Hari pemungutan suara', question: 'Sesuatu pada hari pemungutan suara atau di TPS' },
  'partai-dan-pencalonan': { label: 'Partai dan pencalonan', question: 'Partai politik, atau saya sendiri ingin mencalonkan diri' },
  'pppk-dan-non-asn': { label: 'PPPK dan non-ASN', question: 'Saya PPPK, honorer, atau pegawai tidak tetap' },
};

export const VERDICT_LABEL: Record<string, { label: string; cls: string }> = {
  boleh: { label: 'Boleh', cls: 'ok' },
  'tidak-boleh': { label: 'Tidak boleh', cls: 'no' },
  tergantung: { label: 'Tergantung', cls: 'warn' },
};

/** Short sanction names for dense printed sheets. */
export const SANCTION_SHORT: Record<string, string> = {
  moral: 'sanksi moral',
  ringan: 'disiplin ringan',
  sedang: 'disiplin sedang',
  berat: 'disiplin berat',
  ptdh: 'PTDH',
  pidana: 'pidana',
  'sesuai-ketentuan': 'sesuai aturan yang dilanggar',
};

/** The provisions that define each sanction; their text comes from content/regulasi. */
export const SANCTION_DEFINED_BY: Record<string, { regulasi: string; pasal: string }[]> = {
  moral: [{ regulasi: 'pp-42-2004', pasal: 'pasal-15-ayat-3' }],
  sedang: [{ regulasi: 'pp-94-2021', pasal: 'pasal-8-ayat-3' }],
  berat: [{ regulasi: 'pp-94-2021', pasal: 'pasal-8-ayat-4' }],
  ptdh: [{ regulasi: 'uu-20-2023', pasal: 'pasal-52-ayat-4' }],
  pidana: [{ regulasi: 'uu-7-2017', pasal: 'pasal-494' }, { regulasi: 'uu-10-2016', pasal: 'pasal-188' }],
};
