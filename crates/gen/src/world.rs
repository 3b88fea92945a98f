//! The simulated world of documents, in date order: every step issues one document
//! (numbered from its body's series), and a share of them goes into the archive. A
//! document implements recent documents of the levels above it (central → province →
//! district → commune), so chains form; the ones not archived are cited all the same and
//! become the citations whose `target` is null.
//!
//! Numbering follows the real rules (domain.md §4.2): a party series runs through a
//! five-year term, a state series through a calendar year; every province's series of a
//! kind walks the same sparse sequence of numbers, so the same `702-CV/TU` is issued by
//! many provinces, and a province's `15-CT/TU` comes back in the next term. Series are
//! shared by the bodies whose ids would clash (all district `UBND`s of a province with
//! the provincial one, all `HU`s of a province), so an id `<jurisdiction>/<year>/<ref>`
//! names exactly one document.

use crate::bodies::{jur_name, Body, DocKind, Kind, Organ, JUR_QG, JUR_TW, SECTORS};
use crate::date;
use crate::geo::{self, PROVINCES};
use crate::rng::{hash, hash_str, Rng};
use crate::text::{can_chi, roman, slug};
use crate::topics::{Topic, TOPICS};
use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;
use std::rc::Rc;

/// What other documents need to know of a document to cite it.
#[derive(Debug)]
pub(crate) struct Meta {
    /// The document's id (SCHEMA.md §3).
    pub key: String,
    pub reff: String,
    pub number: String,
    pub kind: DocKind,
    pub body: Body,
    pub organ: Organ,
    pub date: i32,
    /// How citations name the issuer.
    pub cite_issuer: String,
    pub jur: u8,
    /// The subject without `về`/`V/v`, in lower case.
    pub core: String,
    pub topic: u8,
    pub in_archive: bool,
}

impl Meta {
    /// The state system (for the type code of a công văn).
    pub(crate) fn state(&self) -> bool {
        !self.body.party()
    }

    /// `type.code` of a record or citation.
    pub(crate) fn type_code(&self) -> Option<&'static str> {
        if self.kind == DocKind::Cv && self.state() {
            None
        } else {
            Some(self.kind.code())
        }
    }
}

/// What a citation points to.
#[derive(Debug)]
pub(crate) enum Target {
    /// A numbered document (in the archive or not).
    Doc(Rc<Meta>),
    /// A law cited by name and date.
    Luat { name: &'static str, date: i32 },
    /// An Điện, cited by date and issuer only.
    Dien { date: i32, issuer: String, jur: u8 },
    /// The resolution of a party congress, without number or date.
    DaiHoi {
        issuer: String,
        jur: u8,
        term: String,
    },
}

/// The relation of a citation (SCHEMA.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    Implements,
    Basis,
    Replaces,
    Amends,
    Repeals,
    Responds,
    Mentions,
}

impl Rel {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Rel::Implements => "implements",
            Rel::Basis => "basis",
            Rel::Replaces => "replaces",
            Rel::Amends => "amends",
            Rel::Repeals => "repeals",
            Rel::Responds => "responds",
            Rel::Mentions => "mentions",
        }
    }
}

#[derive(Debug)]
pub(crate) struct Cite {
    pub target: Target,
    pub rel: Rel,
}

/// One archived document to write.
pub(crate) struct Plan {
    /// Position in the archive (0-based).
    pub index: usize,
    pub meta: Rc<Meta>,
    pub topic: &'static Topic,
    /// Citations; the first `Implements`/`Basis` one, if any, is the primary parent.
    pub cites: Vec<Cite>,
    /// The primary parent (also in `cites`).
    pub parent: Option<Rc<Meta>>,
}

/// A bounded list of recent documents.
struct Ring {
    items: VecDeque<Rc<Meta>>,
    cap: usize,
}

impl Ring {
    fn new(cap: usize) -> Ring {
        Ring {
            items: VecDeque::with_capacity(cap),
            cap,
        }
    }

    fn push(&mut self, m: Rc<Meta>) {
        if self.items.len() == self.cap {
            self.items.pop_front();
        }
        self.items.push_back(m);
    }

    /// One of the (up to 8) newest documents that pass `ok` and are not older than
    /// `window` days.
    fn choose(
        &self,
        rng: &mut Rng,
        day: i32,
        window: i32,
        ok: impl Fn(&Meta) -> bool,
    ) -> Option<Rc<Meta>> {
        let mut found: [Option<&Rc<Meta>>; 8] = Default::default();
        let mut n = 0;
        for m in self.items.iter().rev() {
            if m.date < day - window {
                break;
            }
            if m.date <= day && ok(m) {
                found[n] = Some(m);
                n += 1;
                if n == 8 {
                    break;
                }
            }
        }
        if n == 0 {
            None
        } else {
            found[rng.below(n)].map(Rc::clone)
        }
    }
}

const RING: usize = 48;
const MAX_DISTRICTS: usize = 8;

/// Yearly volume of a kind of series (sets where the numbering of the first period starts).
fn yearly(kind: DocKind) -> u32 {
    match kind {
        DocKind::Cv => 400,
        DocKind::Qd => 300,
        DocKind::Ttr => 100,
        DocKind::Kh => 60,
        DocKind::Tb => 50,
        DocKind::Hd | DocKind::Kl => 20,
        DocKind::Cd => 10,
        DocKind::Ct => 6,
        DocKind::Nq => 4,
        DocKind::Ctr => 3,
        DocKind::Nd => 120,
    }
}

/// Period of a series: the party term (five years, 2001–2005 = 0) or the calendar year.
fn period(party: bool, day: i32) -> i32 {
    let y = date::year(day);
    if party {
        (y - 2001).div_euclid(5)
    } else {
        y
    }
}

fn period_bounds(party: bool, p: i32) -> (i32, i32) {
    if party {
        let y0 = 2001 + 5 * p;
        (date::from_ymd(y0, 1, 1), date::from_ymd(y0 + 4, 12, 31))
    } else {
        (date::from_ymd(p, 1, 1), date::from_ymd(p, 12, 31))
    }
}

/// The world.
pub(crate) struct World {
    seed: u64,
    rng: Rng,
    docs: usize,
    pub(crate) start: i32,
    end: i32,
    active: Vec<u8>,
    prov_w: Vec<u32>,
    counters: HashMap<u64, (i32, u32)>,
    central_party: Ring,
    central_state: Ring,
    prov_party: Vec<Ring>,
    prov_state: Vec<Ring>,
    district: Vec<Ring>,
    landmark_central: Ring,
    landmark_prov: Vec<Ring>,
    own: HashMap<u64, Ring>,
    /// While planning citations: only documents on this topic.
    want_topic: Option<u8>,
    archived: usize,
    last_day: i32,
}

impl World {
    pub(crate) fn new(docs: usize, seed: u64) -> World {
        let mut rng = Rng::new(hash(&[seed, 0x57A7]));
        let end = date::from_ymd(2025, 6, 30);
        let earliest = date::from_ymd(2005, 1, 1);
        let years = (docs as f64 / 12_000.0).clamp(2.0, 20.5);
        let span = (years * 365.25) as i32;
        let room = (end - earliest - span).max(0);
        let start = earliest
            + if room > 0 {
                rng.below(room as usize) as i32
            } else {
                0
            };
        let k = (docs / 50).clamp(3, 63);
        let active: Vec<u8> = rng.subset(63, k).into_iter().map(|i| i as u8).collect();
        let prov_w = active
            .iter()
            .map(|&p| 2 + (hash(&[seed, p as u64, 0xAC7]) % 6) as u32)
            .collect();
        World {
            seed,
            rng,
            docs: docs.max(1),
            start,
            end: start + span,
            active,
            prov_w,
            counters: HashMap::new(),
            central_party: Ring::new(RING),
            central_state: Ring::new(RING),
            prov_party: (0..63).map(|_| Ring::new(RING)).collect(),
            prov_state: (0..63).map(|_| Ring::new(RING)).collect(),
            district: (0..63 * MAX_DISTRICTS).map(|_| Ring::new(24)).collect(),
            landmark_central: Ring::new(32),
            landmark_prov: (0..63).map(|_| Ring::new(16)).collect(),
            own: HashMap::new(),
            want_topic: None,
            archived: 0,
            last_day: start,
        }
    }

    pub(crate) fn seed(&self) -> u64 {
        self.seed
    }

    /// The next archived document.
    pub(crate) fn next_plan(&mut self) -> Plan {
        loop {
            if let Some(plan) = self.step() {
                return plan;
            }
        }
    }

    fn clock(&mut self) -> i32 {
        let span = (self.end - self.start) as i64;
        let base = self.start + (self.archived as i64 * span / self.docs as i64) as i32;
        let mut day = (base + self.rng.below(3) as i32).max(self.last_day);
        if date::weekday(day) == 6 {
            day += 1;
        }
        self.last_day = day;
        day
    }

    fn pick_province(&mut self) -> u8 {
        let i = self.rng.weighted(&self.prov_w);
        self.active[i]
    }

    fn pick_body(&mut self, day: i32) -> Body {
        loop {
            let level = self.rng.weighted(&[3, 8, 24, 30, 17, 14, 4]);
            let rng = &mut self.rng;
            let kind = match level {
                0 => *rng.pick(&[
                    Kind::Tw,
                    Kind::Tw,
                    Kind::Tw,
                    Kind::Vptw,
                    Kind::Btgtw,
                    Kind::Btctw,
                    Kind::Bdvtw,
                    Kind::Ubkttw,
                ]),
                1 => match rng.weighted(&[35, 10, 15, 40]) {
                    0 => Kind::Ttg,
                    1 => Kind::Cp,
                    2 => Kind::Vpcp,
                    _ => Kind::Bo(rng.below(SECTORS.len()) as u8),
                },
                2 => match rng.weighted(&[65, 15, 8, 12]) {
                    0 => Kind::Tu,
                    1 => Kind::Btgtu,
                    2 => Kind::Ubkttu,
                    _ => Kind::Duk(rng.below(2) as u8),
                },
                3 => {
                    if rng.chance(0.6) {
                        Kind::Ubndt
                    } else {
                        Kind::So(rng.below(SECTORS.len() - 1) as u8)
                    }
                }
                4 => Kind::Hu,
                5 => Kind::Ubndh,
                _ => Kind::Dux,
            };
            let mut body = Body::central(kind);
            if level >= 2 {
                body.prov = self.pick_province();
                if body.level() >= 2 {
                    let nd = PROVINCES[body.prov as usize].districts.len();
                    body.dist = self.rng.below(nd) as u8;
                }
                if body.level() == 3 {
                    body.comm = self.rng.below(2) as u8;
                }
            }
            if body.exists(day) {
                return body;
            }
        }
    }

    fn pick_kind(&mut self, body: &Body) -> DocKind {
        use DocKind::*;
        let table: &[(DocKind, u32)] = match body.kind {
            Kind::Tw => &[(Ct, 20), (Kl, 25), (Nq, 10), (Qd, 15), (Tb, 20)],
            Kind::Vptw => &[(Hd, 50), (Cv, 50)],
            Kind::Btgtw => &[(Hd, 50), (Kh, 30), (Cv, 20)],
            Kind::Btctw => &[(Hd, 60), (Cv, 40)],
            Kind::Bdvtw => &[(Hd, 50), (Kh, 50)],
            Kind::Ubkttw => &[(Hd, 40), (Tb, 60)],
            Kind::Ttg => &[(Ct, 35), (Cd, 35), (Qd, 30)],
            Kind::Cp => &[(Nq, 100)],
            Kind::Vpcp => &[(Tb, 60), (Cv, 40)],
            Kind::Bo(_) => &[(Cv, 45), (Kh, 15), (Qd, 15), (Hd, 10), (Ct, 10), (Cd, 5)],
            Kind::Tu => &[
                (Cv, 30),
                (Ct, 12),
                (Kh, 18),
                (Kl, 12),
                (Tb, 10),
                (Qd, 8),
                (Nq, 5),
                (Ctr, 5),
            ],
            Kind::Btgtu => &[(Kh, 40), (Hd, 40), (Cv, 20)],
            Kind::Ubkttu => &[(Tb, 40), (Kh, 30), (Hd, 30)],
            Kind::Duk(_) => &[(Cv, 40), (Kh, 30), (Nq, 15), (Qd, 15)],
            Kind::Ubndt => &[(Cv, 35), (Kh, 20), (Qd, 20), (Ct, 10), (Cd, 7), (Tb, 8)],
            Kind::So(_) => &[(Cv, 60), (Kh, 25), (Hd, 15)],
            Kind::Hu => &[(Cv, 35), (Kh, 25), (Ct, 10), (Kl, 12), (Tb, 10), (Qd, 8)],
            Kind::Ubndh => &[(Cv, 45), (Kh, 30), (Qd, 15), (Cd, 10)],
            Kind::Dux => &[(Cv, 50), (Kh, 30), (Nq, 20)],
        };
        let ws: Vec<u32> = table.iter().map(|t| t.1).collect();
        table[self.rng.weighted(&ws)].0
    }

    fn pick_organ(&mut self, body: &Body, kind: DocKind) -> Organ {
        let r = &mut self.rng;
        match (body.kind, kind) {
            (Kind::Tw, DocKind::Ct) => {
                if r.chance(0.6) {
                    Organ::Bbt
                } else {
                    Organ::Bct
                }
            }
            (Kind::Tw, DocKind::Nq) => {
                if r.chance(0.6) {
                    Organ::Bct
                } else {
                    Organ::Bch
                }
            }
            (Kind::Tw, DocKind::Qd) => {
                if r.chance(0.5) {
                    Organ::Bbt
                } else {
                    Organ::Bct
                }
            }
            (Kind::Tw, _) => {
                if r.chance(0.65) {
                    Organ::Bct
                } else {
                    Organ::Bbt
                }
            }
            (Kind::Tu | Kind::Hu | Kind::Dux | Kind::Duk(_), DocKind::Nq) => Organ::Bch,
            (Kind::Tu | Kind::Hu, DocKind::Tb) => {
                if r.chance(0.7) {
                    Organ::Tt
                } else {
                    Organ::Main
                }
            }
            (Kind::Ubndt | Kind::Ubndh, DocKind::Cd) => Organ::Chair,
            _ => Organ::Main,
        }
    }

    /// Can `body` write about `topic` on `day`?
    pub(crate) fn topic_ok(t: &Topic, body: &Body, day: i32) -> bool {
        let (y, m, _) = date::ymd(day);
        Self::topic_ok_at(t, body, day, y, m)
    }

    /// The topics `body` can write about on `day`, as a bit set.
    fn topic_mask(body: &Body, day: i32) -> u32 {
        let (y, m, _) = date::ymd(day);
        let mut mask = 0;
        for (i, t) in TOPICS.iter().enumerate() {
            if Self::topic_ok_at(t, body, day, y, m) {
                mask |= 1 << i;
            }
        }
        mask
    }

    fn topic_ok_at(t: &Topic, body: &Body, day: i32, y: i32, m: u32) -> bool {
        if y < t.years.0 || y > t.years.1 {
            return false;
        }
        if (body.party() && !t.party) || (!body.party() && !t.state) {
            return false;
        }
        // The staff boards write about their own fields.
        let allowed: &[&str] = match body.kind {
            Kind::Ubkttw | Kind::Ubkttu => &["kiem-tra-dang", "tham-nhung", "dai-hoi"],
            Kind::Btctw => &["dai-hoi", "kiem-tra-dang", "cai-cach-hanh-chinh", "bau-cu"],
            Kind::Bdvtw => &["dan-van", "giam-ngheo", "nong-thon-moi", "tiep-cong-dan"],
            Kind::Vptw => &[
                "chuyen-doi-so",
                "cai-cach-hanh-chinh",
                "tet",
                "ky-niem-dang",
            ],
            _ => &[],
        };
        if !allowed.is_empty() && !allowed.contains(&t.id) {
            return false;
        }
        match t.id {
            // From June of the year before an election to May of the election year.
            "bau-cu" => [2011, 2016, 2021]
                .iter()
                .any(|&e| (y == e - 1 && m >= 6) || (y == e && m <= 5)),
            // From June of the year before a congress year to October of it.
            "dai-hoi" => [2010, 2015, 2020, 2025]
                .iter()
                .any(|&c| (y == c - 1 && m >= 6) || (y == c && m <= 10)),
            "covid" => day >= date::from_ymd(2020, 2, 1),
            _ => true,
        }
    }

    fn pick_topic(&mut self, body: &Body, day: i32) -> u8 {
        let m = date::month(day);
        let sector = match body.kind {
            Kind::Bo(i) | Kind::So(i) => Some(i as usize),
            _ => None,
        };
        let ws: Vec<u32> = TOPICS
            .iter()
            .map(|t| {
                if !Self::topic_ok(t, body, day) {
                    return 0;
                }
                let mut w = if t.months == 0 || t.months & (1 << m) != 0 {
                    10
                } else {
                    1
                };
                if t.id == "covid" && date::year(day) <= 2021 {
                    w *= 4;
                }
                if let Some(s) = sector {
                    if t.sector == s {
                        w *= 12;
                    }
                }
                w
            })
            .collect();
        if ws.iter().all(|&w| w == 0) {
            return 0;
        }
        self.rng.weighted(&ws) as u8
    }

    fn series(body: &Body, kind: DocKind) -> u64 {
        hash(&[body.jur() as u64, hash_str(body.code()), kind.index()])
    }

    fn first_number(&self, party: bool, kind: DocKind, p: i32) -> u32 {
        if p != period(party, self.start) {
            return 1;
        }
        let (ps, pe) = period_bounds(party, p);
        let frac = (self.start - ps) as f64 / (pe - ps + 1) as f64;
        let vol = yearly(kind) * if party { 5 } else { 1 };
        1 + (frac * vol as f64) as u32
    }

    fn next_number(&mut self, body: &Body, kind: DocKind, day: i32) -> u32 {
        let party = body.party();
        let p = period(party, day);
        let series = Self::series(body, kind);
        let first = self.first_number(party, kind, p);
        let k = kind.step() as u64;
        let step =
            |p: i32, n: u32| 1 + (hash(&[kind.index(), p as u64, n as u64]) % (2 * k - 1)) as u32;
        let e = self.counters.entry(series).or_insert_with(|| {
            // Each series starts a few steps into the shared sequence of its kind.
            let mut n = first;
            for _ in 0..hash(&[series, p as u64]) % 5 {
                n += step(p, n);
            }
            (p, n)
        });
        if e.0 < p {
            *e = (p, 1);
        }
        let n = e.1;
        e.1 = n + step(p, n);
        n
    }

    /// The subject of a document on `topic` dated `day` by `body`.
    pub(crate) fn core(&self, topic: &Topic, body: &Body, day: i32, variant: u64) -> String {
        let t = topic.cores[(variant % topic.cores.len() as u64) as usize];
        fill(t, body, day)
    }

    // The fields of a document, as issued; a struct would only rename them.
    #[allow(clippy::too_many_arguments)]
    fn make_meta(
        &self,
        body: Body,
        kind: DocKind,
        organ: Organ,
        day: i32,
        number: u32,
        topic: u8,
        variant: u64,
        in_archive: bool,
    ) -> Meta {
        let number_s = if number < 10 {
            format!("{number:02}")
        } else {
            number.to_string()
        };
        let reff = make_ref(&body, kind, &number_s, day, variant);
        let jur = body.jur();
        let key = format!(
            "{}/{}/{}",
            crate::text::JUR_SLUGS[jur as usize],
            date::year(day),
            reff
        );
        let cite_issuer = if kind == DocKind::Ttr {
            format!("Giám đốc {}", body.organ_name(organ))
        } else {
            body.organ_name(organ)
        };
        let core = if kind == DocKind::Qd {
            let t = &TOPICS[topic as usize];
            let unit = match body.level() {
                0 => String::new(),
                1 => format!(" {}", geo::unit(body.province())),
                2 => format!(" {}", body.district().0.word()),
                _ => format!(" {}", body.district().0.commune_word()),
            };
            if variant.is_multiple_of(3) {
                format!(
                    "việc ban hành Kế hoạch {}",
                    self.core(t, &body, day, variant / 3)
                )
            } else if variant % 3 == 1 {
                format!("việc thành lập Ban Chỉ đạo {}{unit}", t.bcd)
            } else {
                format!("việc kiện toàn Ban Chỉ đạo {}{unit}", t.bcd)
            }
        } else {
            self.core(&TOPICS[topic as usize], &body, day, variant)
        };
        Meta {
            key,
            reff,
            number: number_s,
            kind,
            body,
            organ,
            date: day,
            cite_issuer,
            jur,
            core,
            topic,
            in_archive,
        }
    }

    fn register(&mut self, m: &Rc<Meta>) {
        let b = m.body;
        match b.level() {
            0 if b.party() => self.central_party.push(Rc::clone(m)),
            0 => self.central_state.push(Rc::clone(m)),
            1 if b.party() => self.prov_party[b.prov as usize].push(Rc::clone(m)),
            1 => self.prov_state[b.prov as usize].push(Rc::clone(m)),
            2 => {
                self.district[b.prov as usize * MAX_DISTRICTS + b.dist as usize].push(Rc::clone(m))
            }
            _ => {}
        }
        let landmark = matches!(
            m.kind,
            DocKind::Ct | DocKind::Nq | DocKind::Kl | DocKind::Ctr
        );
        if landmark && b.kind == Kind::Tw {
            self.landmark_central.push(Rc::clone(m));
        }
        if landmark && matches!(b.kind, Kind::Tu | Kind::Ubndt) {
            self.landmark_prov[b.prov as usize].push(Rc::clone(m));
        }
        self.own
            .entry(b.key())
            .or_insert_with(|| Ring::new(8))
            .push(Rc::clone(m));
    }

    /// One document of the world; `Some` when it goes into the archive.
    fn step(&mut self) -> Option<Plan> {
        let day = self.clock();
        let body = self.pick_body(day);
        let kind = self.pick_kind(&body);
        let organ = self.pick_organ(&body, kind);
        let mut parent = self.pick_parent(&body, day);
        // A document is about what the one it implements is about.
        let topic = match &parent {
            Some(p) if Self::topic_ok(&TOPICS[p.topic as usize], &body, day) => p.topic,
            _ => {
                parent = None;
                self.pick_topic(&body, day)
            }
        };
        let number = self.next_number(&body, kind, day);
        let share = match body.level() {
            0 => 0.8,
            _ => 0.72,
        };
        let in_archive = self.rng.chance(share);
        let variant = self.rng.next_u64() >> 8;
        let meta =
            Rc::new(self.make_meta(body, kind, organ, day, number, topic, variant, in_archive));
        // Citations are planned before the document joins the rings (no self-citation).
        let plan = if in_archive {
            let cites = self.plan_cites(&meta, parent.clone());
            Some(Plan {
                index: self.archived,
                topic: &TOPICS[topic as usize],
                meta: Rc::clone(&meta),
                cites,
                parent,
            })
        } else {
            None
        };
        self.register(&meta);
        if plan.is_some() {
            self.archived += 1;
        }
        plan
    }

    /// The primary document a new one implements, if any.
    fn pick_parent(&mut self, body: &Body, day: i32) -> Option<Rc<Meta>> {
        let b = *body;
        let want = self.want_topic;
        let mask = Self::topic_mask(body, day);
        let ok = move |m: &Meta| {
            mask & (1 << m.topic) != 0
                && m.kind != DocKind::Ttr
                && want.is_none_or(|w| m.topic == w)
        };
        let p = body.prov as usize;
        let d = p * MAX_DISTRICTS + body.dist as usize;
        let r = self.rng.below(100) as u32;
        let found = match body.kind {
            Kind::Tw if r < 35 => self.central_party.choose(&mut self.rng, day, 540, ok),
            Kind::Vptw | Kind::Btgtw | Kind::Btctw | Kind::Bdvtw | Kind::Ubkttw if r < 70 => {
                self.central_party.choose(&mut self.rng, day, 540, |m| {
                    ok(m) && m.body.kind == Kind::Tw
                })
            }
            Kind::Ttg | Kind::Cp | Kind::Vpcp if r < 25 => {
                self.central_party.choose(&mut self.rng, day, 540, |m| {
                    ok(m) && m.body.kind == Kind::Tw
                })
            }
            Kind::Ttg | Kind::Cp | Kind::Vpcp if r < 50 => {
                self.central_state.choose(&mut self.rng, day, 365, |m| {
                    ok(m) && matches!(m.body.kind, Kind::Ttg | Kind::Cp)
                })
            }
            Kind::Bo(_) if r < 50 => self.central_state.choose(&mut self.rng, day, 365, |m| {
                ok(m) && matches!(m.body.kind, Kind::Ttg | Kind::Cp)
            }),
            Kind::Bo(_) if r < 60 => self.central_party.choose(&mut self.rng, day, 540, |m| {
                ok(m) && m.body.kind == Kind::Tw
            }),
            Kind::Tu if r < 45 => self.central_party.choose(&mut self.rng, day, 540, ok),
            Kind::Tu if r < 60 => self.central_state.choose(&mut self.rng, day, 365, |m| {
                ok(m) && matches!(m.body.kind, Kind::Ttg | Kind::Cp)
            }),
            Kind::Tu if r < 70 => self.prov_party[p].choose(&mut self.rng, day, 365, |m| {
                ok(m) && m.body.kind == Kind::Tu
            }),
            Kind::Btgtu | Kind::Ubkttu | Kind::Duk(_) if r < 50 => {
                self.prov_party[p].choose(&mut self.rng, day, 365, |m| {
                    ok(m) && m.body.kind == Kind::Tu
                })
            }
            Kind::Btgtu | Kind::Ubkttu | Kind::Duk(_) if r < 75 => {
                self.central_party.choose(&mut self.rng, day, 540, ok)
            }
            Kind::Ubndt if r < 40 => self.central_state.choose(&mut self.rng, day, 365, ok),
            Kind::Ubndt if r < 65 => self.prov_party[p].choose(&mut self.rng, day, 365, |m| {
                ok(m) && m.body.kind == Kind::Tu
            }),
            Kind::Ubndt if r < 75 => self.prov_state[p].choose(&mut self.rng, day, 365, |m| {
                ok(m) && m.body.kind == Kind::Ubndt
            }),
            Kind::So(_) if r < 40 => self.prov_state[p].choose(&mut self.rng, day, 365, |m| {
                ok(m) && m.body.kind == Kind::Ubndt
            }),
            Kind::So(s) if r < 75 => self.central_state.choose(&mut self.rng, day, 365, |m| {
                ok(m) && (m.body.kind == Kind::Bo(s) || m.body.kind == Kind::Ttg)
            }),
            Kind::Hu if r < 60 => self.prov_party[p].choose(&mut self.rng, day, 365, |m| {
                ok(m) && m.body.kind == Kind::Tu
            }),
            Kind::Hu if r < 70 => self.central_party.choose(&mut self.rng, day, 540, ok),
            Kind::Hu if r < 80 => {
                self.district[d].choose(&mut self.rng, day, 240, |m| ok(m) && m.body == b)
            }
            Kind::Ubndh if r < 50 => self.prov_state[p].choose(&mut self.rng, day, 365, |m| {
                ok(m) && m.body.kind == Kind::Ubndt
            }),
            Kind::Ubndh if r < 70 => self.district[d].choose(&mut self.rng, day, 240, |m| {
                ok(m) && m.body.kind == Kind::Hu && m.body.dist == b.dist
            }),
            Kind::Dux if r < 60 => self.district[d].choose(&mut self.rng, day, 240, |m| {
                ok(m) && m.body.kind == Kind::Hu && m.body.dist == b.dist
            }),
            Kind::Dux if r < 80 => self.prov_party[p].choose(&mut self.rng, day, 365, |m| {
                ok(m) && m.body.kind == Kind::Tu
            }),
            _ => None,
        };
        if found.is_some() || r >= 85 {
            return found;
        }
        // Nothing recent to implement: an older document from before the world began.
        if day - self.start < 400 && self.rng.chance(0.5) {
            return self.preworld_superior(body, day);
        }
        None
    }

    /// A document from before the archive's first day, by a body above `body`.
    fn preworld_superior(&mut self, body: &Body, day: i32) -> Option<Rc<Meta>> {
        let sup = match body.kind {
            Kind::Tw | Kind::Vptw | Kind::Btgtw | Kind::Btctw | Kind::Bdvtw | Kind::Ubkttw => {
                (Body::central(Kind::Tw), DocKind::Ct)
            }
            Kind::Ttg | Kind::Cp | Kind::Vpcp | Kind::Bo(_) => {
                (Body::central(Kind::Ttg), DocKind::Ct)
            }
            Kind::Tu => (Body::central(Kind::Tw), DocKind::Nq),
            Kind::Ubndt | Kind::So(_) => (
                Body {
                    kind: Kind::Ubndt,
                    ..*body
                },
                DocKind::Kh,
            ),
            Kind::Ubndh => (
                Body {
                    kind: Kind::Ubndt,
                    ..*body
                },
                DocKind::Ct,
            ),
            Kind::Btgtu | Kind::Ubkttu | Kind::Duk(_) | Kind::Hu | Kind::Dux => (
                Body {
                    kind: Kind::Tu,
                    ..*body
                },
                DocKind::Ct,
            ),
        };
        let _ = day;
        self.preworld(sup.0, sup.1)
    }

    /// A document of `body`'s `kind` series issued before the world's first day: its
    /// number lies below the first number the world uses in that period (or in the
    /// period before), and everything about it follows from (series, period, number),
    /// so citing the same one twice gives the same record.
    fn preworld(&mut self, body: Body, kind: DocKind) -> Option<Rc<Meta>> {
        let party = body.party();
        let p0 = period(party, self.start);
        let n0 = self.first_number(party, kind, p0);
        let (p, max) = if n0 > 3 && self.rng.chance(0.6) {
            (p0, n0 - 1)
        } else {
            (p0 - 1, yearly(kind) * if party { 5 } else { 1 })
        };
        let n = 1 + self.rng.below(max as usize) as u32;
        let (ps, pe) = period_bounds(party, p);
        let pe = pe.min(self.start - 1);
        if pe <= ps {
            return None;
        }
        let day = ps + ((n - 1) as i64 * (pe - ps) as i64 / max as i64) as i32;
        let h = hash(&[Self::series(&body, kind), p as u64, n as u64]);
        let ws: Vec<u32> = TOPICS
            .iter()
            .map(|t| u32::from(Self::topic_ok(t, &body, day)))
            .collect();
        if ws.iter().all(|&w| w == 0) {
            return None;
        }
        // A deterministic topic: the h-th valid one.
        let valid: Vec<usize> = (0..TOPICS.len()).filter(|&i| ws[i] == 1).collect();
        let topic = valid[(h % valid.len() as u64) as usize] as u8;
        let organ = match (body.kind, kind) {
            (Kind::Tw, _) => {
                if h.is_multiple_of(2) {
                    Organ::Bct
                } else {
                    Organ::Bbt
                }
            }
            _ => Organ::Main,
        };
        Some(Rc::new(self.make_meta(
            body,
            kind,
            organ,
            day,
            n,
            topic,
            h >> 3,
            false,
        )))
    }

    /// The citations of an archived document.
    fn plan_cites(&mut self, meta: &Meta, parent: Option<Rc<Meta>>) -> Vec<Cite> {
        let body = meta.body;
        let day = meta.date;
        let kind = meta.kind;
        let state = !body.party();
        let p = body.prov as usize;
        let mut cites: Vec<Cite> = Vec::new();
        let decision = kind == DocKind::Qd || (kind == DocKind::Nq && body.kind == Kind::Cp);

        // Laws and decrees as legal basis of a state decision or resolution.
        if state && decision {
            for law in laws_for(&body, meta.topic, day, &mut self.rng) {
                cites.push(Cite {
                    target: law,
                    rel: Rel::Basis,
                });
            }
            if let Kind::Bo(s) = body.kind {
                cites.push(Cite {
                    target: Target::Doc(decree(s as usize, day)),
                    rel: Rel::Basis,
                });
            }
        }
        // The primary parent.
        if let Some(par) = &parent {
            let rel = if (decision && self.rng.chance(0.5))
                || (kind == DocKind::Kh && self.rng.chance(0.15))
            {
                Rel::Basis
            } else if state
                && kind == DocKind::Cv
                && par.kind == DocKind::Cv
                && !par.body.party()
                && self.rng.chance(0.4)
            {
                Rel::Responds
            } else {
                Rel::Implements
            };
            cites.push(Cite {
                target: Target::Doc(Rc::clone(par)),
                rel,
            });
        }
        // More documents implemented.
        let extra = self.rng.weighted(&[30, 35, 22, 13]);
        self.want_topic = Some(meta.topic);
        for _ in 0..extra {
            if let Some(m) = self.pick_parent(&body, day) {
                let rel = if decision && self.rng.chance(0.4) {
                    Rel::Basis
                } else {
                    Rel::Implements
                };
                push_doc(&mut cites, m, rel);
            }
        }
        self.want_topic = None;
        // An older landmark (a chỉ thị or nghị quyết still in force) on the same topic.
        if self.rng.chance(0.25) {
            let topic = meta.topic;
            let m = if body.level() == 0 || self.rng.chance(0.4) {
                self.landmark_central
                    .choose(&mut self.rng, day, 3650, |m| m.topic == topic)
            } else {
                self.landmark_prov[p].choose(&mut self.rng, day, 3650, |m| {
                    m.topic == topic
                        && (m.body.kind == Kind::Tu || (state && m.body.kind == Kind::Ubndt))
                })
            };
            if let Some(m) = m {
                if day - m.date > 300 {
                    push_doc(&mut cites, m, Rel::Implements);
                }
            }
        }
        // An Điện (party, no number).
        let party_local = matches!(body.kind, Kind::Tu | Kind::Hu | Kind::Dux);
        if party_local
            && matches!(kind, DocKind::Cv | DocKind::Kl | DocKind::Tb | DocKind::Kh)
            && self.rng.chance(0.12)
        {
            let back = 1 + self.rng.below(6) as i32;
            let (issuer, jur) = if body.kind == Kind::Tu || self.rng.chance(0.5) {
                ("Thường trực Ban Bí thư".to_string(), JUR_TW)
            } else {
                (
                    format!("Thường trực {}", geo::committee(body.province())),
                    body.prov,
                )
            };
            cites.push(Cite {
                target: Target::Dien {
                    date: day - back,
                    issuer,
                    jur,
                },
                rel: Rel::Implements,
            });
        }
        // The resolution of the provincial party congress.
        if matches!(body.kind, Kind::Tu | Kind::Hu)
            && matches!(kind, DocKind::Kh | DocKind::Ctr | DocKind::Nq)
            && self.rng.chance(0.3)
        {
            let y = date::year(day);
            let c = if y <= 2005 {
                2000
            } else {
                2005 + 5 * ((y - 2006) / 5)
            };
            let n = 13 + (c - 2000) / 5 + (hash(&[self.seed, p as u64, 0xDA1]) % 4) as i32;
            let unit = geo::unit(body.province());
            cites.push(Cite {
                target: Target::DaiHoi {
                    issuer: format!(
                        "Đại hội đại biểu Đảng bộ {unit} lần thứ {}",
                        roman(n as u32)
                    ),
                    jur: body.prov,
                    term: format!("{c} - {}", c + 5),
                },
                rel: Rel::Implements,
            });
        }
        // A Tờ trình answered by a decision of the provincial UBND.
        if body.kind == Kind::Ubndt && kind == DocKind::Qd && self.rng.chance(0.55) {
            let sector = SECTORS[..SECTORS.len() - 1]
                .iter()
                .enumerate()
                .filter(|(i, _)| {
                    Body {
                        kind: Kind::So(*i as u8),
                        ..body
                    }
                    .exists(day)
                })
                .map(|(i, _)| i)
                .collect::<Vec<_>>();
            let topic_sector = TOPICS[meta.topic as usize].sector;
            let s = if sector.contains(&topic_sector) && self.rng.chance(0.8) {
                topic_sector
            } else {
                *self.rng.pick(&sector)
            };
            let so = Body {
                kind: Kind::So(s as u8),
                ..body
            };
            let n = self.next_number(&so, DocKind::Ttr, day);
            let jan1 = date::from_ymd(date::year(day), 1, 1);
            let tday = (day - 3 - self.rng.below(12) as i32).max(jan1);
            let t = Rc::new(self.make_meta(
                so,
                DocKind::Ttr,
                Organ::Main,
                tday,
                n,
                meta.topic,
                1,
                false,
            ));
            cites.push(Cite {
                target: Target::Doc(t),
                rel: Rel::Responds,
            });
        }
        // Replacing, amending, repealing an earlier document of the same body.
        if matches!(kind, DocKind::Qd | DocKind::Ct) && self.rng.chance(0.3) {
            let own = self.own.get(&body.key()).and_then(|r| {
                r.choose(&mut self.rng, day, 3650, |m| {
                    m.kind == kind && m.date < day - 30
                })
            });
            let own = own.or_else(|| {
                if self.rng.chance(0.5) {
                    self.preworld(body, kind)
                } else {
                    None
                }
            });
            if let Some(m) = own {
                let rel = if kind == DocKind::Ct {
                    Rel::Replaces
                } else {
                    *self
                        .rng
                        .pick(&[Rel::Replaces, Rel::Replaces, Rel::Amends, Rel::Repeals])
                };
                push_doc(&mut cites, m, rel);
            }
        }
        // A document only mentioned (in the background or inside a task).
        if self.rng.chance(0.25) {
            self.want_topic = Some(meta.topic);
            if let Some(m) = self.pick_parent(&body, day) {
                push_doc(&mut cites, m, Rel::Mentions);
            }
            self.want_topic = None;
        }
        // At most five.
        while cites.len() > 5 {
            let i = cites
                .iter()
                .rposition(|c| c.rel == Rel::Mentions || c.rel == Rel::Implements)
                .unwrap_or(cites.len() - 1);
            cites.remove(i);
        }
        cites
    }
}

/// Adds a document citation unless the document is cited already.
fn push_doc(cites: &mut Vec<Cite>, m: Rc<Meta>, rel: Rel) {
    let dup = cites
        .iter()
        .any(|c| matches!(&c.target, Target::Doc(d) if d.key == m.key));
    if !dup {
        cites.push(Cite {
            target: Target::Doc(m),
            rel,
        });
    }
}

/// The ref of a document: party `N-CODE/ISSUER`, state `N/CODE-ISSUER`, state công văn
/// `N/ISSUER-UNIT`.
fn make_ref(body: &Body, kind: DocKind, number: &str, _day: i32, variant: u64) -> String {
    let code = body.code();
    if body.party() {
        format!("{number}-{}/{code}", kind.code())
    } else if kind == DocKind::Cv {
        let units = body.cv_units();
        format!(
            "{number}/{code}-{}",
            units[(variant % units.len() as u64) as usize]
        )
    } else {
        format!("{number}/{}-{code}", kind.code())
    }
}

/// Laws cited by name (`Luật … ngày …`), with their dates.
const LAWS: [(&str, i32, u32, u32, &str); 24] = [
    ("Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", 2003, 11, 26, "local-old"),
    ("Tổ chức chính quyền địa phương", 2015, 6, 19, "local"),
    (
        "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
        2019,
        11,
        22,
        "local2",
    ),
    ("Tổ chức Chính phủ", 2001, 12, 25, "gov-old"),
    ("Tổ chức Chính phủ", 2015, 6, 19, "gov"),
    ("Phòng, chống thiên tai", 2013, 6, 19, "thien-tai"),
    ("Phòng, chống bệnh truyền nhiễm", 2007, 11, 21, "covid"),
    ("Phòng, chống bệnh truyền nhiễm", 2007, 11, 21, "sot-xuat-huyet"),
    ("An toàn thực phẩm", 2010, 6, 17, "an-toan-thuc-pham"),
    ("Bảo vệ và phát triển rừng", 2004, 12, 3, "rung-old"),
    ("Lâm nghiệp", 2017, 11, 15, "rung"),
    ("Phòng cháy và chữa cháy", 2001, 6, 29, "pccc"),
    ("Phòng, chống tham nhũng", 2005, 11, 29, "tham-nhung-old"),
    ("Phòng, chống tham nhũng", 2018, 11, 20, "tham-nhung"),
    ("Bảo vệ môi trường", 2014, 6, 23, "moi-truong-old"),
    ("Bảo vệ môi trường", 2020, 11, 17, "moi-truong"),
    ("Nghĩa vụ quân sự", 2015, 6, 19, "tuyen-quan"),
    ("Giáo dục", 2019, 6, 14, "nam-hoc"),
    ("Giao thông đường bộ", 2008, 11, 13, "an-toan-giao-thong"),
    ("Tiếp công dân", 2013, 11, 25, "tiep-cong-dan"),
    ("Đầu tư công", 2019, 6, 13, "dau-tu-cong"),
    ("Ngân sách nhà nước", 2015, 6, 25, "ngan-sach"),
    ("Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", 2015, 6, 25, "bau-cu"),
    ("Thú y", 2015, 6, 19, "dich-benh-dong-vat"),
];

/// The laws a state decision of `body` on `topic` rests on.
fn laws_for(body: &Body, topic: u8, day: i32, rng: &mut Rng) -> Vec<Target> {
    let law_day = |i: usize| date::from_ymd(LAWS[i].1, LAWS[i].2, LAWS[i].3);
    let mut out = Vec::new();
    let push = |i: usize, out: &mut Vec<Target>| {
        out.push(Target::Luat {
            name: LAWS[i].0,
            date: law_day(i),
        })
    };
    let y2016 = date::from_ymd(2016, 1, 1);
    match body.kind {
        Kind::Ubndt | Kind::Ubndh => {
            if day < y2016 {
                push(0, &mut out);
            } else {
                push(1, &mut out);
                if day > date::from_ymd(2020, 7, 1) && rng.chance(0.5) {
                    push(2, &mut out);
                }
            }
        }
        Kind::Ttg | Kind::Cp => push(if day < y2016 { 3 } else { 4 }, &mut out),
        _ => {}
    }
    if rng.chance(0.5) {
        let id = crate::topics::TOPICS[topic as usize].id;
        // The newest law of the topic already in force.
        let best = (0..LAWS.len())
            .filter(|&i| {
                let tag = LAWS[i].4;
                (tag == id || tag.strip_suffix("-old") == Some(id)) && law_day(i) < day - 30
            })
            .max_by_key(|&i| law_day(i));
        if let Some(i) = best {
            push(i, &mut out);
        }
    }
    out
}

/// The decree on a ministry's functions in force on `day` (a Nghị định of the
/// Government, outside the simulated series: one per ministry and term, numbers distinct).
fn decree(sector: usize, day: i32) -> Rc<Meta> {
    let decree_of = |term: i32| {
        let year = 2003 + 5 * term;
        let n = 11 + ((term.rem_euclid(20) as usize * 17 + sector * 5) % 90) as u32;
        let d = date::from_ymd(year, 1 + (sector as u32 % 12), 5 + (sector as u32 * 3) % 20);
        (year, n, d)
    };
    let mut term = (date::year(day) - 2003).div_euclid(5);
    let (mut year, mut n, mut d) = decree_of(term);
    while d > day - 30 {
        term -= 1;
        (year, n, d) = decree_of(term);
    }
    let reff = format!("{n}/{year}/NĐ-CP");
    Rc::new(Meta {
        key: format!("quoc-gia/{year}/{reff}"),
        reff,
        number: n.to_string(),
        kind: DocKind::Nd,
        body: Body::central(Kind::Cp),
        organ: Organ::Main,
        date: d,
        cite_issuer: "Chính phủ".into(),
        jur: JUR_QG,
        core: format!(
            "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {}",
            SECTORS[sector].ministry
        ),
        topic: 0,
        in_archive: false,
    })
}

/// Fills the placeholders of a topic text for `body` on `day` (unknown ones are kept).
pub(crate) fn fill(t: &str, body: &Body, day: i32) -> String {
    if !t.contains('{') {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len() + 32);
    let mut rest = t;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let Some(j) = rest[i..].find('}').map(|j| i + j) else {
            break;
        };
        let name = &rest[i + 1..j];
        if !placeholder(&mut out, name, body, day) {
            out.push('{');
            out.push_str(name);
            out.push('}');
        }
        rest = &rest[j + 1..];
    }
    out.push_str(rest);
    out
}

/// Appends the value of placeholder `name` for `body` on `day`; false if unknown.
pub(crate) fn placeholder(out: &mut String, name: &str, body: &Body, day: i32) -> bool {
    let (y, m, _) = date::ymd(day);
    let tet_year = if m >= 9 { y + 1 } else { y };
    let _ = match name {
        "Y" => write!(out, "{y}"),
        "Y1" => write!(out, "{}", y + 1),
        "Y0" => write!(out, "{}", y - 1),
        "MK" => {
            if m >= 10 {
                write!(out, "{y} - {}", y + 1)
            } else {
                write!(out, "{} - {y}", y - 1)
            }
        }
        "TET" => write!(out, "{} năm {tet_year}", can_chi(tet_year)),
        "TY" => write!(out, "{tet_year}"),
        "NH" => {
            if m >= 6 {
                write!(out, "{y} - {}", y + 1)
            } else {
                write!(out, "{} - {y}", y - 1)
            }
        }
        "QH" | "NK" => {
            let e = [2011, 2016, 2021]
                .into_iter()
                .find(|&e| y < e || (y == e && m <= 5))
                .unwrap_or(2021);
            if name == "QH" {
                out.push_str(match e {
                    2011 => "XIII",
                    2016 => "XIV",
                    _ => "XV",
                });
                Ok(())
            } else {
                write!(out, "{e} - {}", e + 5)
            }
        }
        "C" | "C5" | "DH" => {
            let c = [2010, 2015, 2020, 2025]
                .into_iter()
                .find(|&c| y < c || (y == c && m <= 10))
                .unwrap_or(2025);
            match name {
                "C" => write!(out, "{c}"),
                "C5" => write!(out, "{}", c + 5),
                _ => {
                    out.push_str(match c {
                        2010 => "XI",
                        2015 => "XII",
                        2020 => "XIII",
                        _ => "XIV",
                    });
                    Ok(())
                }
            }
        }
        "N" => write!(out, "{}", tet_year - 1930),
        "DIA" => {
            out.push_str(&territory(body));
            Ok(())
        }
        _ => return false,
    };
    true
}

/// `trên địa bàn tỉnh`, `trên cả nước`, …
pub(crate) fn territory(body: &Body) -> String {
    match body.level() {
        0 => "trên cả nước".to_string(),
        1 => format!("trên địa bàn {}", geo::unit(body.province())),
        2 => format!("trên địa bàn {}", body.district().0.word()),
        _ => format!("trên địa bàn {}", body.district().0.commune_word()),
    }
}

/// The key (`target_key`) of a citation target, and its jurisdiction.
pub(crate) fn target_key(t: &Target) -> String {
    match t {
        Target::Doc(m) => m.key.clone(),
        Target::Luat { name, date: d } => format!("quoc-gia/{}/luat/{}", date::iso(*d), slug(name)),
        Target::Dien {
            date: d,
            issuer,
            jur,
        } => format!(
            "{}/{}/dien/{}",
            slug(jur_name(*jur)),
            date::iso(*d),
            slug(issuer)
        ),
        Target::DaiHoi { issuer, jur, .. } => {
            format!(
                "{}/undated/nghi-quyet/{}",
                slug(jur_name(*jur)),
                slug(issuer)
            )
        }
    }
}

pub(crate) fn target_jur(t: &Target) -> u8 {
    match t {
        Target::Doc(m) => m.jur,
        Target::Luat { .. } => JUR_QG,
        Target::Dien { jur, .. } | Target::DaiHoi { jur, .. } => *jur,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_citations_point_backwards() {
        let mut w = World::new(400, 3);
        let mut ids = std::collections::HashSet::new();
        let mut prev = 0;
        for _ in 0..400 {
            let plan = w.next_plan();
            assert!(
                ids.insert(plan.meta.key.clone()),
                "duplicate {}",
                plan.meta.key
            );
            assert!(plan.meta.date >= prev);
            prev = plan.meta.date;
            for c in &plan.cites {
                if let Target::Doc(m) = &c.target {
                    assert!(
                        m.date <= plan.meta.date,
                        "{} cites later {}",
                        plan.meta.key,
                        m.key
                    );
                    assert_ne!(m.key, plan.meta.key);
                }
            }
        }
    }

    #[test]
    fn documents_are_about_topics_their_bodies_treat() {
        let mut w = World::new(2000, 77);
        for _ in 0..2000 {
            let p = w.next_plan();
            let docs = p.cites.iter().filter_map(|c| match &c.target {
                Target::Doc(m) if m.kind != DocKind::Nd => Some(m),
                _ => None,
            });
            for m in docs.chain(std::iter::once(&p.meta)) {
                let t = &TOPICS[m.topic as usize];
                assert!(World::topic_ok(t, &m.body, m.date), "{} on {}", m.key, t.id);
            }
        }
    }

    #[test]
    fn placeholders_are_filled() {
        let body = Body::central(Kind::Tw);
        for t in TOPICS.iter() {
            for c in t.cores.iter().chain(t.background).chain(t.objects) {
                let s = fill(c, &body, date::from_ymd(2021, 3, 1));
                assert!(!s.contains('{'), "{s}");
            }
        }
    }
}
