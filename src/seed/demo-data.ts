/**
 * Realistic-looking demo customers, made deterministically from an index:
 * the same index always gives the same person, so seeded data is
 * reproducible and needs no faker-style dependency.
 */

const FIRST_NAMES = [
  'Ada',
  'Grace',
  'Alan',
  'Edsger',
  'Barbara',
  'Ken',
  'Margaret',
  'Linus',
  'Frances',
  'Donald',
  'Sofia',
  'Liam',
  'Emma',
  'Noah',
  'Olivia',
  'Mateo',
  'Amara',
  'Yuki',
  'Hiroshi',
  'Priya',
  'Arjun',
  'Fatima',
  'Omar',
  'Chloé',
  'Lucas',
  'Léa',
  'Hugo',
  'Ingrid',
  'Lars',
  'Astrid',
  'Giulia',
  'Marco',
  'Elena',
  'Pablo',
  'Lucía',
  'Chen',
  'Mei',
  'Kwame',
  'Zanele',
  'Thabo',
  'Aisha',
  'Jonas',
  'Mia',
  'Felix',
  'Hannah',
  'Ethan',
  'Ava',
  'Isabella',
  'Mohammed',
  'Leila',
];

const LAST_NAMES = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Thompson',
  'Hamilton',
  'Torvalds',
  'Allen',
  'Knuth',
  'García',
  'Müller',
  'Rossi',
  'Dubois',
  'Nakamura',
  'Sato',
  'Patel',
  'Sharma',
  'Okafor',
  'Mensah',
  'Andersson',
  'Nielsen',
  'Kowalski',
  'Novak',
  'Silva',
  'Santos',
  'Fernández',
  'Schmidt',
  'Weber',
  'Bianchi',
  'Martin',
  'Bernard',
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Wang',
  'Li',
  'Kim',
  'Haddad',
  'Nguyen',
  'Tanaka',
  'Ivanova',
  'Popescu',
  'Horvat',
  'Jansen',
  'De Vries',
  'Murphy',
  "O'Brien",
];

/** [city, ISO country, region code, region name, postcode pattern (# digit, A letter), phone prefix] */
const CITIES: [string, string, string | null, string, string, string][] = [
  ['Austin', 'US', 'TX', 'Texas', '787##', '+1 512'],
  ['Portland', 'US', 'OR', 'Oregon', '972##', '+1 503'],
  ['Brooklyn', 'US', 'NY', 'New York', '112##', '+1 718'],
  ['Toronto', 'CA', 'ON', 'Ontario', 'M#A #A#', '+1 416'],
  ['Berlin', 'DE', 'BE', 'Berlin', '10###', '+49 30'],
  ['Munich', 'DE', 'BY', 'Bayern', '80###', '+49 89'],
  ['Lyon', 'FR', null, 'Auvergne-Rhône-Alpes', '6900#', '+33 4'],
  ['Paris', 'FR', null, 'Île-de-France', '750##', '+33 1'],
  ['Milan', 'IT', 'MI', 'Lombardia', '201##', '+39 02'],
  ['Madrid', 'ES', 'M', 'Madrid', '280##', '+34 91'],
  ['Amsterdam', 'NL', 'NH', 'Noord-Holland', '10## AA', '+31 20'],
  ['Stockholm', 'SE', 'AB', 'Stockholm', '1## ##', '+46 8'],
  ['Copenhagen', 'DK', '84', 'Hovedstaden', '1###', '+45'],
  ['Warsaw', 'PL', 'MZ', 'Mazowieckie', '0#-###', '+48 22'],
  ['Leeds', 'GB', null, 'West Yorkshire', 'LS# #AA', '+44 113'],
  ['Dublin', 'IE', 'D', 'Dublin', 'D## A#A#', '+353 1'],
  ['Osaka', 'JP', '27', 'Osaka', '5##-####', '+81 6'],
  ['Melbourne', 'AU', 'VIC', 'Victoria', '3###', '+61 3'],
  ['São Paulo', 'BR', 'SP', 'São Paulo', '0####-###', '+55 11'],
  ['Cape Town', 'ZA', 'WC', 'Western Cape', '8###', '+27 21'],
];

const ENGLISH_STREETS = [
  'Main Street',
  'High Street',
  'Station Road',
  'Church Lane',
  'Maple Avenue',
  'Oak Street',
  'Park Avenue',
  'King Street',
];

/** Street names by country, and whether the house number follows the name ("Hauptstraße 12"). */
const STREETS: Record<string, { names: string[]; numberAfter: boolean }> = {
  DE: { names: ['Hauptstraße', 'Bahnhofstraße', 'Gartenstraße', 'Schillerstraße'], numberAfter: true },
  FR: { names: ['rue de la Paix', 'avenue Victor Hugo', 'rue du Marché', 'boulevard Voltaire'], numberAfter: false },
  IT: { names: ['Via Roma', 'Via Garibaldi', 'Corso Venezia', 'Via Dante'], numberAfter: true },
  ES: { names: ['Calle Mayor', 'Gran Vía', 'Calle de Alcalá', 'Paseo del Prado'], numberAfter: true },
  NL: { names: ['Kerkstraat', 'Dorpsstraat', 'Prinsengracht', 'Molenweg'], numberAfter: true },
  SE: { names: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Skolgatan'], numberAfter: true },
  DK: { names: ['Vesterbrogade', 'Nørregade', 'Strandvejen', 'Østergade'], numberAfter: true },
  PL: { names: ['ul. Długa', 'ul. Marszałkowska', 'ul. Polna', 'ul. Ogrodowa'], numberAfter: true },
  BR: { names: ['Rua Augusta', 'Avenida Paulista', 'Rua das Flores', 'Rua Oscar Freire'], numberAfter: true },
  JP: { names: ['Chuo-dori', 'Sakura-dori', 'Midosuji', 'Honmachi'], numberAfter: false },
};

const COMPANIES = [
  'Acme Trading',
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella Supplies',
  'Stark Outfitters',
  'Wayne Retail',
  'Blue Harbor Co.',
  'Green Valley Farms',
  'Redwood Studio',
  'Silverline Logistics',
  'Bright Ideas GmbH',
];

export const GROUP_NAMES = [
  'General',
  'Wholesale',
  'Retailer',
  'VIP',
  'Loyalty Gold',
  'Loyalty Silver',
  'Loyalty Bronze',
  'Employees',
  'Newsletter',
  'B2B Net 30',
  'Trade',
  'Education',
  'Non-profit',
  'Press',
  'Partners',
  'Resellers',
  'Outlet',
  'Beta Testers',
  'Creators',
  'Returning',
];

/** The name of the i-th demo group: the list above, then "Segment 21", "Segment 22", … */
export function groupName(i: number): string {
  return GROUP_NAMES[i] ?? `Segment ${i + 1}`;
}

/** Magento's group code: lower case, underscores, at most 32 characters. */
export function groupCode(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 32);
}

/** mulberry32: a small, fast PRNG; seeded per customer so each is reproducible on its own. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;

export interface DemoAddress {
  label: string;
  company: string | null;
  street: string[];
  city: string;
  postalCode: string;
  regionCode: string | null;
  regionName: string;
  countryCode: string;
  phone: string;
  isDefault: boolean;
}

export interface DemoCustomer {
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  companyName: string | null;
  dateOfBirth: string | null;
  gender: 'MALE' | 'FEMALE' | 'NOT_SPECIFIED' | null;
  hasAccount: boolean;
  isSubscribed: boolean;
  groupIndex: number;
  createdAt: Date;
  updatedAt: Date;
  addresses: [DemoAddress, DemoAddress];
}

/** ASCII local part for an email: "Chloé O'Brien" -> "chloe.obrien". */
function emailPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/**
 * The i-th demo customer of a run. `tag` keeps emails unique across runs;
 * `now` anchors createdAt (spread over the two years before it).
 */
export function demoCustomer(i: number, tag: string, groups: number, now: number): DemoCustomer {
  const rnd = random(i * 2654435761 + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const firstName = pick(FIRST_NAMES);
  const lastName = pick(LAST_NAMES);
  const [city, countryCode, regionCode, regionName, postcode, dial] = pick(CITIES);
  const postalCode = postcode
    .replace(/#/g, () => String(Math.floor(rnd() * 10)))
    .replace(/A/g, () => String.fromCharCode(65 + Math.floor(rnd() * 26)));
  const phone = `${dial} ${digits(3)} ${digits(4)}`;
  const company = rnd() < 0.25 ? pick(COMPANIES) : null;
  const createdAt = new Date(now - Math.floor(rnd() * 730 * DAY_MS));
  const updatedAt = new Date(Math.min(now, createdAt.getTime() + Math.floor(rnd() * 90 * DAY_MS)));
  const birthYear = 1950 + Math.floor(rnd() * 55);
  const dateOfBirth =
    rnd() < 0.6
      ? `${birthYear}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
      : null;
  const gender = rnd() < 0.7 ? pick(['MALE', 'FEMALE', 'NOT_SPECIFIED'] as const) : null;
  const style = STREETS[countryCode] ?? { names: ENGLISH_STREETS, numberAfter: false };
  const streetLine = () => {
    const number = 1 + Math.floor(rnd() * 250);
    const name = pick(style.names);
    return style.numberAfter ? `${name} ${number}` : `${number} ${name}`;
  };
  const home: DemoAddress = {
    label: 'Home',
    company: null,
    street: rnd() < 0.3 ? [streetLine(), `Apt ${1 + Math.floor(rnd() * 40)}`] : [streetLine()],
    city,
    postalCode,
    regionCode,
    regionName,
    countryCode,
    phone,
    isDefault: true,
  };
  const work: DemoAddress = { ...home, label: 'Work', company: company ?? pick(COMPANIES), street: [streetLine()], isDefault: false };
  return {
    email: `${emailPart(firstName)}.${emailPart(lastName)}.${tag}-${i}@example.com`,
    firstName,
    lastName,
    phone,
    companyName: company,
    dateOfBirth,
    gender,
    hasAccount: rnd() < 0.4,
    isSubscribed: rnd() < 0.3,
    groupIndex: i % groups,
    createdAt,
    updatedAt,
    addresses: [home, work],
  };
}
