//! Task accuracy against the hand-written expected tasks: items found (precision,
//! recall), assignees exactly right, the bodies worked with (`coordinators`) exactly
//! right, actions micro precision/recall/F1 overall and per category, deadlines right.
//! The bars are issue 3's (and, for coordinators, what was reached when they were
//! added, less a margin).

use crate::common::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use vanban::Pipeline;
use vanban_lexicon::Lexicon;

#[derive(Default, Debug)]
pub(crate) struct Score {
    items_tp: usize,
    items_fp: usize,
    items_fn: usize,
    assignees_ok: usize,
    coordinators_ok: usize,
    /// Matched tasks whose expected coordinators are not empty.
    coordinated: usize,
    deadlines_ok: usize,
    matched: usize,
    /// Per action: (tp, fp, fn).
    actions: BTreeMap<String, (usize, usize, usize)>,
    pub(crate) misses: Vec<String>,
}

fn f1(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp == 0 {
        1.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let r = if tp + fn_ == 0 {
        1.0
    } else {
        tp as f64 / (tp + fn_) as f64
    };
    (
        p,
        r,
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        },
    )
}

impl Score {
    pub(crate) fn items(&self) -> (f64, f64, f64) {
        f1(self.items_tp, self.items_fp, self.items_fn)
    }
    pub(crate) fn actions_micro(&self) -> (f64, f64, f64) {
        let (tp, fp, fn_) = self
            .actions
            .values()
            .fold((0, 0, 0), |a, v| (a.0 + v.0, a.1 + v.1, a.2 + v.2));
        f1(tp, fp, fn_)
    }
    pub(crate) fn assignees(&self) -> f64 {
        self.assignees_ok as f64 / self.matched.max(1) as f64
    }
    pub(crate) fn coordinators(&self) -> f64 {
        self.coordinators_ok as f64 / self.matched.max(1) as f64
    }
    pub(crate) fn deadlines(&self) -> f64 {
        self.deadlines_ok as f64 / self.matched.max(1) as f64
    }
    pub(crate) fn report(&self, name: &str) {
        let (ip, ir, if1) = self.items();
        let (ap, ar, af) = self.actions_micro();
        eprintln!(
            "{name}: items P={ip:.3} R={ir:.3} F1={if1:.3} ({} expected); assignees {}/{} = {:.3}; coordinators {}/{} = {:.3} ({} tasks with some); actions P={ap:.3} R={ar:.3} F1={af:.3}; deadlines {}/{} = {:.3}",
            self.items_tp + self.items_fn,
            self.assignees_ok,
            self.matched,
            self.assignees(),
            self.coordinators_ok,
            self.matched,
            self.coordinators(),
            self.coordinated,
            self.deadlines_ok,
            self.matched,
            self.deadlines()
        );
        for (a, (tp, fp, fn_)) in &self.actions {
            let (p, r, f) = f1(*tp, *fp, *fn_);
            eprintln!(
                "  {a:12} P={p:.3} R={r:.3} F1={f:.3} ({} expected)",
                tp + fn_
            );
        }
    }
}

/// How the expected and found strings (labels, assignees, actions) are compared:
/// in lower case, or also without diacritics (for a text typed without them).
#[derive(Clone, Copy)]
enum Compare {
    LowerCase,
    Folded,
}

impl Compare {
    fn norm(self, s: &str) -> String {
        match self {
            Compare::LowerCase => s.trim().to_lowercase(),
            Compare::Folded => vanban_lexicon::fold(s.trim()),
        }
    }
}

fn norm_list(v: &Value, compare: Compare) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(|s| compare.norm(s))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

pub(crate) fn score(dir: &std::path::Path) -> Score {
    score_damaged(dir, |bytes| bytes)
}

/// [`score`], each file's bytes first passed through `damage`.
fn score_damaged(dir: &std::path::Path, damage: impl Fn(Vec<u8>) -> Vec<u8>) -> Score {
    score_compared(dir, damage, Compare::LowerCase)
}

/// [`score_damaged`], strings compared as `compare` says.
fn score_compared(
    dir: &std::path::Path,
    damage: impl Fn(Vec<u8>) -> Vec<u8>,
    compare: Compare,
) -> Score {
    let pipeline = Pipeline::new(Lexicon::builtin());
    let mut s = Score::default();
    for (folder, docs) in expected_sets(dir) {
        for want in docs {
            if want["status"] == "failed" {
                continue;
            }
            let path = want["path"].as_str().expect("path");
            let bytes = damage(std::fs::read(folder.join(path)).expect("read"));
            let got = serde_json::to_value(pipeline.process_bytes(path, &bytes)).expect("JSON");
            let by_label = |v: &Value| -> BTreeMap<String, Value> {
                v["tasks"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|t| (compare.norm(t["label"].as_str().unwrap_or("")), t.clone()))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let (w, g) = (by_label(&want), by_label(&got));
            for label in w.keys().chain(g.keys()).collect::<BTreeSet<_>>() {
                match (w.get(label), g.get(label)) {
                    (Some(wt), Some(gt)) => {
                        s.items_tp += 1;
                        s.matched += 1;
                        let (wa, ga) = (
                            norm_list(&wt["assignees"], compare),
                            norm_list(&gt["assignees"], compare),
                        );
                        if wa == ga
                            && wt["assignees_implicit"].as_bool().unwrap_or(false)
                                == gt["assignees_implicit"].as_bool().unwrap_or(false)
                        {
                            s.assignees_ok += 1;
                        } else {
                            s.misses
                                .push(format!("{path} {label}: assignees want {wa:?} got {ga:?}"));
                        }
                        let (wc, gc) = (
                            norm_list(&wt["coordinators"], compare),
                            norm_list(&gt["coordinators"], compare),
                        );
                        s.coordinated += usize::from(!wc.is_empty());
                        if wc == gc {
                            s.coordinators_ok += 1;
                        } else {
                            s.misses.push(format!(
                                "{path} {label}: coordinators want {wc:?} got {gc:?}"
                            ));
                        }
                        let (wa, ga): (BTreeSet<_>, BTreeSet<_>) = (
                            norm_list(&wt["actions"], compare).into_iter().collect(),
                            norm_list(&gt["actions"], compare).into_iter().collect(),
                        );
                        for a in wa.union(&ga) {
                            let e = s.actions.entry(a.clone()).or_default();
                            match (wa.contains(a), ga.contains(a)) {
                                (true, true) => e.0 += 1,
                                (false, true) => e.1 += 1,
                                _ => e.2 += 1,
                            }
                        }
                        let dl = |t: &Value| {
                            (
                                t["deadline"]["date"].as_str().map(str::to_string),
                                t["deadline"]["every"].as_str().map(str::to_string),
                            )
                        };
                        if dl(wt) == dl(gt) {
                            s.deadlines_ok += 1;
                        } else {
                            s.misses.push(format!(
                                "{path} {label}: deadline want {:?} got {:?}",
                                dl(wt),
                                dl(gt)
                            ));
                        }
                    }
                    (Some(_), None) => {
                        s.items_fn += 1;
                        s.misses.push(format!("{path} {label}: task missed"));
                    }
                    _ => {
                        s.items_fp += 1;
                        s.misses.push(format!("{path} {label}: task not expected"));
                    }
                }
            }
        }
    }
    s
}

#[test]
fn corpus_tasks_meet_the_bars() {
    let s = score(&repo().join("corpus"));
    s.report("corpus tasks");
    assert!(
        s.items_tp + s.items_fn >= 150,
        "at least 150 expected items"
    );
    assert!(s.coordinated >= 50, "at least 50 tasks with coordinators");
    let ok = s.items().2 >= 0.98
        && s.assignees() >= 0.90
        && s.coordinators() >= 0.97
        && s.actions_micro().2 >= 0.90
        && s.deadlines() >= 0.95;
    assert!(ok, "corpus tasks below the bars (items F1 0.98, assignees 0.90, coordinators 0.97, actions F1 0.90, deadlines 0.95):\n{}", s.misses.join("\n"));
}

#[test]
fn held_out_tasks_meet_the_bars() {
    let s = score(&repo().join("tests/held_out"));
    s.report("held-out tasks");
    let ok = s.items().2 >= 0.95
        && s.assignees() >= 0.85
        && s.coordinators() >= 0.95
        && s.actions_micro().2 >= 0.85;
    assert!(
        ok,
        "held-out tasks below the bars (items F1 0.95, assignees 0.85, coordinators 0.95, actions F1 0.85):\n{}",
        s.misses.join("\n")
    );
}

#[test]
fn seeds_give_exactly_their_expected_tasks() {
    let s = score(&repo().join("corpus/seeds"));
    assert!(
        s.misses.is_empty() && s.actions_micro().2 == 1.0,
        "{}",
        s.misses.join("\n")
    );
}

#[test]
fn without_blank_lines_or_with_lines_wrapped_every_task_reads_as_before() {
    // Every hand-written set with tasks, its blank lines dropped (as OCR and copies out
    // of PDFs leave a directive), its long lines broken at 90 bytes (as a scan keeps the
    // printed lines), and both: the same task fields wrong as before, no new one. A
    // closing paragraph after the last item (`Các cấp ủy … báo cáo … trước ngày
    // 20/02/2016.`) is then set apart by nothing but a line that ends a sentence short
    // of the width; its deadline still binds every task. An item's first line, broken
    // at the width, is no title line (`… từ Quảng Bình đến` / `Phú Yên trực tiếp …`).
    for dir in ["corpus", "tests/held_out"] {
        let before = score(&repo().join(dir));
        assert!(before.matched > 100, "{dir}: {} tasks", before.matched);
        for (what, damage) in crate::corpus::LINE_DAMAGES {
            let after = score_damaged(&repo().join(dir), |bytes| {
                crate::corpus::damage_text(bytes, damage)
            });
            let new: Vec<&String> = after
                .misses
                .iter()
                .filter(|m| !before.misses.contains(m))
                .collect();
            assert!(
                new.is_empty(),
                "{dir}, {what}: task fields wrong only now:\n{}",
                new.iter()
                    .map(|m| m.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}

#[test]
fn typed_without_diacritics_tasks_still_read() {
    // Every hand-written set with tasks, its diacritics dropped (as some offices type),
    // labels and assignees compared without them. When this test was written: items F1
    // 0.986 and 0.995 (corpus, held-out), actions F1 0.971 and 0.981, deadlines all
    // right; assignees 0.843 and 0.880 at first (`va` not read as `và`, `De nghi` not as
    // `Đề nghị`, `Ban can su dang` cut at `can` read as `cần`, `Moi truong` and `Bao ve`
    // read as the heads `mọi` and `báo`, `Kiem lam` cut at `lam`, `- Can cu …` taken for
    // an item), then items 0.998 and 0.995, assignees 0.992 and 1.000 (what the sets
    // give with their diacritics: 0.996 and 0.991); coordinators, when they were added,
    // 0.988 and 1.000 (0.992 and 1.000 with diacritics). The bars keep what was reached, with
    // a margin of a few items; what is still missed is listed when they fail.
    for dir in ["corpus", "tests/held_out"] {
        let s = score_compared(
            &repo().join(dir),
            |bytes| crate::corpus::damage_text(bytes, crate::corpus::drop_diacritics),
            Compare::Folded,
        );
        s.report(&format!("{dir} without diacritics"));
        let ok = s.items().2 >= 0.99
            && s.assignees() >= 0.99
            && s.coordinators() >= 0.97
            && s.actions_micro().2 >= 0.97
            && s.deadlines() == 1.0;
        assert!(
            ok,
            "{dir} without diacritics below the bars (items F1 0.99, assignees 0.99, coordinators 0.97, actions F1 0.97, deadlines 1.0):\n{}",
            s.misses.join("\n")
        );
    }
}

#[test]
fn an_item_of_an_article_that_asks_keeps_its_first_line() {
    // `Điều 2. Tổ chức thực hiện` / `1. Giao Ủy ban nhân dân … tổ chức thực hiện` /
    // `Nghị quyết.`: the item's first line, broken before its end, is the sentence that
    // asks, not a title to drop (as `Điều 6. Trách nhiệm thi hành` is).
    let text = "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 66/2025/NQ-HĐND\n\
                Hà Nội, ngày 10 tháng 12 năm 2025\nNGHỊ QUYẾT\n\
                Quy định mức chi hỗ trợ cho lực lượng dân quân\n\
                HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\
                QUYẾT NGHỊ:\n\
                Điều 1. Quy định mức chi hỗ trợ cho lực lượng dân quân trên địa bàn Thành phố.\n\n\
                Điều 2. Tổ chức thực hiện\n\n\
                1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện\nNghị quyết.\n\n\
                2. Giao Thường trực Hội đồng nhân dân Thành phố, các Ban của Hội đồng nhân dân\n\
                Thành phố giám sát việc tổ chức thực hiện Nghị quyết.\n\n\
                Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Ngọc Tuấn\n";
    let pipeline = Pipeline::new(Lexicon::builtin());
    let got = serde_json::to_value(pipeline.process_bytes("nq.txt", text.as_bytes())).unwrap();
    let tasks: Vec<(String, Vec<String>)> = got["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["label"].as_str().unwrap().to_string(),
                norm_list(&t["assignees"], Compare::LowerCase),
            )
        })
        .collect();
    assert!(
        tasks.contains(&("Điều 2.1".into(), vec!["ủy ban nhân dân thành phố".into()])),
        "{tasks:?}"
    );
}

/// A notice of conclusions answers a province's requests item by item (`Về kiến nghị
/// …: Giao Bộ Tài chính …`): who acts, with whom and what they do are read from the
/// answer; the bodies and verbs of the request (`Về đề nghị Bộ Xây dựng phối hợp với
/// …`) are the province's, not the task's. An item on another topic (`Về việc …:`) is
/// answered so when what follows its colon assigns the work (`Giao Bộ Công Thương …`);
/// one that reports what was done is no task. After TB 623/TB-VPCP, 641/TB-VPCP and
/// 648/TB-VPCP of 2025.
#[test]
fn an_answer_to_a_request_names_its_own_bodies() {
    let text = "VĂN PHÒNG CHÍNH PHỦ\nSố: 700/TB-VPCP\nHà Nội, ngày 2 tháng 12 năm 2025\n\
                THÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại buổi làm việc với tỉnh Gia Lai\n\n\
                III. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n\n\
                1. Về kiến nghị bố trí vốn cho dự án đường ven biển: Giao Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng xem xét, báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.\n\n\
                2. Về đề nghị Bộ Công an phối hợp với các bộ, ngành hỗ trợ tỉnh xây dựng cơ sở dữ liệu dân cư: Ủy ban nhân dân tỉnh Gia Lai chủ động phối hợp với Bộ Công an triển khai thực hiện.\n\n\
                3. Về việc hỗ trợ kinh phí xây dựng hệ thống dữ liệu quốc gia về thương mại quốc tế:\n\n\
                Giao Bộ Công Thương chủ trì nghiên cứu, báo cáo cấp có thẩm quyền.\n\n\
                4. Về việc tổ chức hội nghị xúc tiến đầu tư: tỉnh đã tổ chức thành công trong tháng 10.\n\n\
                5. Về kiến nghị sửa đổi định mức phân bổ vốn: Các bộ, cơ quan liên quan nghiên cứu kỹ nội dung kiến nghị của tỉnh.\n\n\
                6. Về kiến nghị bổ sung vốn cho dự án cảng biển: Bộ Tài chính đã có văn bản trả lời tỉnh.\n\n\
                Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn A\n";
    // (label, assignees, coordinators, deadline date)
    type Row = (String, Vec<String>, Vec<String>, Option<String>);
    let got: Vec<Row> = task_values(text)
        .iter()
        .map(|t| {
            (
                label_of(t),
                assignees_of(t),
                coordinators_of(t),
                deadline_of(t, "date"),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "III.1".to_string(),
                strings(&["Bộ Tài chính"]),
                strings(&["Bộ Xây dựng"]),
                Some("2025-12-31".to_string())
            ),
            (
                "III.2".to_string(),
                strings(&["Ủy ban nhân dân tỉnh Gia Lai"]),
                strings(&["Bộ Công an"]),
                None
            ),
            // (Another topic, answered by an assignment: the answer names the body, and
            // the topic's `hỗ trợ` is no action of the task.)
            (
                "III.3".to_string(),
                strings(&["Bộ Công Thương"]),
                Vec::new(),
                None
            ),
            // (A request answered by naming who is to act asks without a cue verb; an
            // answer that says what was done, `đã có văn bản trả lời`, does not.)
            (
                "III.5".to_string(),
                strings(&["Các bộ, cơ quan liên quan"]),
                Vec::new(),
                None
            ),
        ]
    );
    let actions = &task_values(text)[2]["actions"];
    assert_eq!(actions, &serde_json::json!(["report"]), "{actions}");
    // The task's text keeps the request.
    assert!(task_values(text)[0]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Về kiến nghị bố trí vốn")));
}

/// An item that names no one and opens with a word that urges (`Khẩn trương rà soát …`,
/// `Tập trung vận hành …`, `Đẩy mạnh …`) asks, whether or not its verbs fall in one of
/// the task model's categories (its `actions` may be empty); under a heading of
/// purposes it asks nothing, and an item with neither such a word nor a cue is none
/// (under a heading that names no tasks: see
/// `a_heading_that_names_tasks_leads_tasks`).
/// After TB 623/TB-VPCP and 634/TB-VPCP of 2025.
#[test]
fn an_item_that_urges_asks_without_a_category() {
    let text = "VĂN PHÒNG CHÍNH PHỦ\nSố: 701/TB-VPCP\nHà Nội, ngày 3 tháng 12 năm 2025\n\
                THÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại buổi làm việc với tỉnh Lâm Đồng\n\n\
                I. MỤC ĐÍCH\n\n\
                1. Tăng cường sự thống nhất trong chỉ đạo, điều hành.\n\n\
                II. KẾT LUẬN CỦA THỦ TƯỚNG\n\n\
                1. Khẩn trương rà soát, điều chỉnh các quy hoạch theo thẩm quyền.\n\n\
                2. Tập trung vận hành chính quyền địa phương 02 cấp thông suốt.\n\n\
                3. Cải thiện môi trường đầu tư kinh doanh.\n\n\
                Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn A\n";
    let got: Vec<(String, bool)> = task_values(text)
        .iter()
        .map(|t| {
            (
                label_of(t),
                t["assignees_implicit"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    assert_eq!(
        got,
        [("II.1".to_string(), true), ("II.2".to_string(), true)]
    );
}

/// An article whose label alone is in bold (`**Điều 3. **Chánh Văn phòng` / `Ủy ban
/// nhân dân tỉnh, …`) has no title: its first line, however short, opens its sentence.
/// An article whose bold runs on over its title (`**Điều 2. Trách nhiệm thi
/// hành**`) keeps the title apart. After QĐ 2015/QĐ-UBND of 2025 (An Giang) and the
/// web copies of decisions like it.
#[test]
fn an_article_whose_bold_closes_after_its_label_has_no_title() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 412/QĐ-UBND\n\
                Lâm Đồng, ngày 9 tháng 2 năm 2026\nQUYẾT ĐỊNH\n\
                Về việc công bố danh mục thủ tục hành chính\n\
                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n\
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\
                QUYẾT ĐỊNH:\n\
                **Điều 1. **Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n\n\
                **Điều 2. Trách nhiệm công khai**\n\
                Sở Tư pháp chủ trì tổ chức thực hiện công khai danh mục trên Cổng thông tin điện tử tỉnh.\n\n\
                **Điều 3. **Chánh Văn phòng\n\
                Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Thủ trưởng các sở, ban, ngành tỉnh và\n\
                Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.\n\n\
                Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHỦ TỊCH\nHồ Văn Mười\n";
    let tasks: Vec<(String, Vec<String>)> = task_values(text)
        .iter()
        .map(|t| (label_of(t), assignees_of(t)))
        .collect();
    assert_eq!(
        tasks,
        [
            ("Điều 2".to_string(), strings(&["Sở Tư pháp"])),
            (
                "Điều 3".to_string(),
                strings(&[
                    "Chánh Văn phòng Ủy ban nhân dân tỉnh",
                    "Giám đốc Sở Tư pháp",
                    "Thủ trưởng các sở, ban, ngành tỉnh",
                    "Chủ tịch Ủy ban nhân dân các xã, phường"
                ])
            ),
        ]
    );
}

/// A plan's tasks printed as a table (`| TT | Tên nhiệm vụ | Cơ quan chủ trì | … |
/// Thời gian hoàn thành |`): each row with a label is a task, read by the head's
/// columns — its text the task column, its assignees the lead column, its deadline the
/// column of when (a month, a quarter, a year, a day). A table of targets (no task
/// column) gives none, and a row whose task names the head's words is no head.
#[test]
fn the_rows_of_a_task_table_are_tasks_read_by_column() {
    let text = "CHÍNH PHỦ\nSố: 03/NQ-CP\nHà Nội, ngày 09 tháng 01 năm 2025\n\n\
        NGHỊ QUYẾT\nBan hành Chương trình hành động\n\n\
        Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.\n\n\
        Điều 2. Nghị quyết này có hiệu lực từ ngày ký.\n\n\
        TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nPhạm Minh Chính\n\n\
        CHƯƠNG TRÌNH HÀNH ĐỘNG\n(Kèm theo Nghị quyết số 03/NQ-CP)\n\n\
        I. MỤC TIÊU\n\n1. Đưa khoa học, công nghệ thành động lực phát triển.\n\n\
        PHỤ LỤC I\nCÁC CHỈ TIÊU\n(Kèm theo Chương trình hành động)\n\n\
        | TT | Chỉ tiêu | Đơn vị | Cơ quan chủ trì |\n|---|---|---|---|\n\
        | 1 | Quy mô kinh tế số | % GDP | Bộ Thông tin và Truyền thông |\n\n\
        PHỤ LỤC II\nDANH MỤC NHIỆM VỤ\n(Kèm theo Chương trình hành động)\n\n\
        | TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n\
        |---|---|---|---|---|\n\
        | 5. | Rà soát lại các nhiệm vụ đã được giao trong năm | Đơn vị chủ trì đề án | | 12/2025 |\n\
        | 1. | Xây dựng chương trình truyền thông về chuyển đổi số. | VTV,VOV, TTXVN | Bộ Khoa học và Công nghệ | Quý I/2025 |\n\
        | 2. | Xây dựng, ban hành Đề án đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số. | Bộ Nội vụ | Các bộ, ngành | 6/2025 |\n\
        | 3. | Tổ chức tổng kết thực hiện Chương trình. | Bộ Khoa học và Công nghệ, Bộ Tài chính | | 2026 |\n\
        | 4. | Hoàn thiện cơ sở dữ liệu quốc gia. | Bộ Công an | | 30/6/2025 |\n\
        | 6. | Hoàn thành nhiệm vụ năm | Bộ Tài chính | | 2025 |\n\
        | 8. | Theo dõi, đôn đốc việc thực hiện. | Bộ Khoa học và Công nghệ | | Thường xuyên |\n\n\
        | STT | Đơn vị |\n|---|---|\n| 1 | Sở Xây dựng tổng hợp |\n\n\
        | TT | NHIỆM VỤ | THỜI GIAN HOÀN THÀNH | CƠ QUAN THỰC HIỆN |\n|---|---|---|---|\n\
        | 7 | Tham mưu thành lập Ủy ban dữ liệu quốc gia. | Tháng 3/2025 | Bộ Công an |\n";
    let tasks = task_values(text);
    let rows: Vec<(String, Vec<String>, Option<String>)> = tasks
        .iter()
        .filter(|t| {
            t["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e.as_str().unwrap().starts_with("table row"))
        })
        .map(|t| {
            let text = t["text"].as_str().unwrap().to_string();
            (text, assignees_of(t), deadline_of(t, "date"))
        })
        .collect();
    let s = strings;
    assert_eq!(
        rows,
        [
            (
                "Rà soát lại các nhiệm vụ đã được giao trong năm".to_string(),
                s(&["Đơn vị chủ trì đề án"]),
                Some("2025-12-31".to_string())
            ),
            (
                "Xây dựng chương trình truyền thông về chuyển đổi số.".to_string(),
                s(&["VTV, VOV, TTXVN"]),
                Some("2025-03-31".to_string())
            ),
            (
                "Xây dựng, ban hành Đề án đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số."
                    .to_string(),
                s(&["Bộ Nội vụ"]),
                Some("2025-06-30".to_string())
            ),
            (
                "Tổ chức tổng kết thực hiện Chương trình.".to_string(),
                s(&["Bộ Khoa học và Công nghệ", "Bộ Tài chính"]),
                Some("2026-12-31".to_string())
            ),
            (
                "Hoàn thiện cơ sở dữ liệu quốc gia.".to_string(),
                s(&["Bộ Công an"]),
                Some("2025-06-30".to_string())
            ),
            // (Its short task holds both a task's and a deadline's head words.)
            (
                "Hoàn thành nhiệm vụ năm".to_string(),
                s(&["Bộ Tài chính"]),
                Some("2025-12-31".to_string())
            ),
            // Ongoing: no date, the column's words kept (below).
            (
                "Theo dõi, đôn đốc việc thực hiện.".to_string(),
                s(&["Bộ Khoa học và Công nghệ"]),
                None
            ),
            // A head in capitals, its columns in another order, `thực hiện` for the lead.
            (
                "Tham mưu thành lập Ủy ban dữ liệu quốc gia.".to_string(),
                s(&["Bộ Công an"]),
                Some("2025-03-31".to_string())
            ),
        ]
    );
    let ongoing = tasks
        .iter()
        .find(|t| t["text"] == "Theo dõi, đôn đốc việc thực hiện.")
        .unwrap();
    assert_eq!(ongoing["deadline"]["text"], "Thường xuyên");
    // The attached programme's items start at the top again, not under the
    // resolution's last article (`Điều 2`).
    let labels: Vec<&str> = tasks.iter().map(|t| t["label"].as_str().unwrap()).collect();
    assert!(
        labels.iter().all(|l| !l.starts_with("Điều 2.")),
        "{labels:?}"
    );
    assert_eq!(labels.first(), Some(&"I.5"), "{labels:?}");
    // The targets' table is no task table.
    let texts: Vec<&str> = tasks.iter().map(|t| t["text"].as_str().unwrap()).collect();
    assert!(
        !texts.iter().any(|t| t.contains("Quy mô kinh tế số")),
        "{texts:?}"
    );
    // Nor is a row of another table, of other cells, read by the task table's head.
    assert!(
        !texts.iter().any(|t| t.contains("Sở Xây dựng tổng hợp")),
        "{texts:?}"
    );
}

/// A form attached to a decision, its blanks left to fill in: the body a heading
/// names before its blank (`Ủy ban nhân dân các tỉnh … *(tên)*..….. có trách nhiệm:`)
/// is its items' assignee without the blank, and a request of a blank (`Đề nghị
/// ....(B)...... xem xét`) names no one.
#[test]
fn a_forms_blanks_are_no_part_of_a_name() {
    let text = "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 5042/QĐ-BNNMT\n\
                Hà Nội, ngày 20 tháng 11 năm 2025\nQUYẾT ĐỊNH\nCông bố dịch hại\n\
                QUYẾT ĐỊNH:\n\
                Điều 1. Công bố dịch hại trên cây trồng.\n\n\
                Điều 2. Ủy ban nhân dân các tỉnh, thành phố\n\
                trực thuộc Trung ương *(tên)*..….. có trách nhiệm:\n\n\
                1. Chỉ đạo công tác giám sát để phát hiện kịp thời dịch hại.\n\n\
                2. Tổ chức tuyên truyền cho nông dân về biện pháp phòng trừ dịch.\n\n\
                Điều 3. Đề nghị ....(B)...... xem xét, quyết định cho phép thành lập.\n\n\
                Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nBỘ TRƯỞNG\nTrần Đức Thắng\n";
    let tasks = task_values(text);
    let of = |label: &str| {
        tasks
            .iter()
            .find(|t| label_of(t) == label)
            .map(assignees_of)
    };
    let ubnd = strings(&["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]);
    assert_eq!(of("Điều 2.1"), Some(ubnd.clone()), "{tasks:?}");
    assert_eq!(of("Điều 2.2"), Some(ubnd), "{tasks:?}");
    assert!(
        tasks
            .iter()
            .all(|t| assignees_of(t).iter().all(|a| !a.contains("(B)"))),
        "{tasks:?}"
    );
}

/// A task's assignees as printed.
fn assignees_of(task: &Value) -> Vec<String> {
    strings_of(&task["assignees"])
}

/// Each task as (label, assignees, coordinators): who works on it.
fn who_works(tasks: &[Value]) -> Vec<(String, Vec<String>, Vec<String>)> {
    tasks
        .iter()
        .map(|t| (label_of(t), assignees_of(t), coordinators_of(t)))
        .collect()
}

/// Each task of `text` as (label, assignees).
fn who_does(text: &str) -> Vec<(String, Vec<String>)> {
    who_works(&task_values(text))
        .into_iter()
        .map(|(l, a, _)| (l, a))
        .collect()
}

/// Owned (label, assignees) rows, for comparing with [`who_does`].
fn label_rows(rows: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    rows.iter()
        .map(|(l, a)| (l.to_string(), strings(a)))
        .collect()
}

/// That a task's evidence says where something was read: an entry opening with `said`.
fn assert_said(task: &Value, said: &str) {
    assert!(
        strings_of(&task["evidence"])
            .iter()
            .any(|e| e.starts_with(said)),
        "{said}: {:?}",
        task["evidence"]
    );
}

/// A task's coordinators.
fn coordinators_of(task: &Value) -> Vec<String> {
    strings_of(&task["coordinators"])
}

/// A JSON list of strings.
fn strings_of(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect()
}

/// The tasks of the record of `text`.
fn task_values(text: &str) -> Vec<Value> {
    let pipeline = Pipeline::new(Lexicon::builtin());
    let got = serde_json::to_value(pipeline.process_bytes("doc.txt", text.as_bytes())).unwrap();
    got["tasks"].as_array().unwrap().clone()
}

/// The bodies a task table's column of partners names are its rows' coordinators,
/// split at `,`, `;` and a `và` before a body (`Bộ Nội vụ và các bộ, ngành khác có liên
/// quan`), with those its task's text names after `phối hợp với`; a column that holds
/// the lead and the partners (`Cơ quan chủ trì, phối hợp`) is the lead's only.
#[test]
fn the_partner_column_of_a_task_table_gives_coordinators() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 41/KH-UBND\nLạng Sơn, ngày 12 tháng 3 năm 2025\n\n\
        KẾ HOẠCH\nTriển khai chuyển đổi số năm 2025\n\n\
        I. NHIỆM VỤ\n\n\
        | TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n\
        |---|---|---|---|---|\n\
        | 1 | Xây dựng kho dữ liệu dùng chung của tỉnh | Sở Khoa học và Công nghệ | Sở Nội vụ và các sở, ngành khác có liên quan | Quý II/2025 |\n\
        | 2 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | Sở Tài chính; UBND các xã,phường | 9/2025 |\n\
        | 3 | Đào tạo kỹ năng số, phối hợp với Trường Chính trị tỉnh tổ chức các lớp | Sở Nội vụ | | 2025 |\n\n\
        | TT | Nhiệm vụ | Cơ quan chủ trì, phối hợp | Thời gian hoàn thành |\n|---|---|---|---|\n\
        | 4 | Rà soát thủ tục hành chính | Văn phòng UBND tỉnh | 6/2025 |\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐoàn Thanh Sơn\n";
    let tasks = task_values(text);
    // (Where they were read is said.)
    assert_said(
        &tasks[0],
        "coordinators from the table: \"Sở Nội vụ và các sở, ngành khác có liên quan\"",
    );
    let got = who_works(&tasks);
    let s = strings;
    assert_eq!(
        got,
        [
            (
                "I.1".to_string(),
                s(&["Sở Khoa học và Công nghệ"]),
                s(&["Sở Nội vụ", "các sở, ngành khác có liên quan"])
            ),
            (
                "I.2".to_string(),
                s(&["Sở Nông nghiệp và Môi trường"]),
                s(&["Sở Tài chính", "UBND các xã, phường"])
            ),
            (
                "I.3".to_string(),
                s(&["Sở Nội vụ"]),
                s(&["Trường Chính trị tỉnh"])
            ),
            ("I.4".to_string(), s(&["Văn phòng UBND tỉnh"]), s(&[])),
        ]
    );
}

/// A plan's task printed as fields (`a) Nhiệm vụ:` / `b) Cơ quan thực hiện:` / `-
/// Đơn vị chủ trì: …` / `- Đơn vị phối hợp: …`): the partners' field gives the task's
/// coordinators, said in its evidence; an item's `phối hợp với …` gives its own.
#[test]
fn the_partners_field_of_a_task_printed_as_fields_gives_coordinators() {
    let text =
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 41/KH-UBND\nLạng Sơn, ngày 12 tháng 3 năm 2025\n\n\
        KẾ HOẠCH\nTriển khai chuyển đổi số năm 2025\n\nII. NHIỆM VỤ\n\n\
        1. Xây dựng kho dữ liệu dùng chung của tỉnh\n\
        a) Nhiệm vụ: Xây dựng, vận hành kho dữ liệu dùng chung.\n\
        b) Cơ quan thực hiện:\n\
        - Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n\
        - Đơn vị phối hợp: Sở Tài chính, Sở Tư pháp và Ủy ban nhân dân các xã, phường.\n\
        c) Thời gian thực hiện: Quý III/2025.\n\n\
        2. Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức đào tạo kỹ năng số.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐoàn Thanh Sơn\n";
    let tasks = task_values(text);
    let got = who_works(&tasks);
    let s = strings;
    assert_eq!(
        got,
        [
            (
                "II.1".to_string(),
                s(&["Sở Khoa học và Công nghệ"]),
                s(&[
                    "Sở Tài chính",
                    "Sở Tư pháp",
                    "Ủy ban nhân dân các xã, phường"
                ])
            ),
            (
                "II.2".to_string(),
                s(&["Sở Nội vụ"]),
                s(&["Sở Khoa học và Công nghệ"])
            ),
        ]
    );
    assert_said(&tasks[0], "coordinators from the field: Đơn vị phối hợp:");
}

/// A task's label.
fn label_of(task: &Value) -> String {
    task["label"].as_str().unwrap().to_string()
}

/// A field of a task's deadline (`text`, `date`, `every`), if it has one.
fn deadline_of(task: &Value, field: &str) -> Option<String> {
    task["deadline"][field].as_str().map(str::to_string)
}

/// Owned copies of `v`, for comparing with what a record holds.
fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

/// Each task of a document, as (label, assignees, whether they came from a heading).
fn tasks_with_sources(text: &str) -> Vec<(String, Vec<String>, bool)> {
    let pipeline = Pipeline::new(Lexicon::builtin());
    let got = serde_json::to_value(pipeline.process_bytes("doc.txt", text.as_bytes())).unwrap();
    got["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let from_heading = t["evidence"].as_array().unwrap().iter().any(|e| {
                e.as_str()
                    .unwrap()
                    .starts_with("assignees from the heading")
            });
            (
                t["label"].as_str().unwrap().to_string(),
                assignees_of(t),
                from_heading,
            )
        })
        .collect()
}

/// `1. Sở Y tế` / `a) Chủ trì, phối hợp …`: the items under a heading that names a
/// body are that body's to do (the layout of a plan's `Tổ chức thực hiện`); a heading
/// of a topic (`Công tác tuyên truyền`), a section's title in capitals or a bare `Cơ
/// quan` names no one, and an item that names its own body keeps it. Written after
/// the provincial plans of the real corpus (KH-UBND 157, 165, 624 of 2025).
#[test]
fn a_heading_that_names_a_body_gives_its_items_their_assignee() {
    let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 157/KH-UBND\n\
        Hải Phòng, ngày 12 tháng 6 năm 2025\n\nKẾ HOẠCH\nTriển khai công tác y tế cơ sở\n\n\
        I. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao chất lượng khám, chữa bệnh ban đầu.\n\n\
        II. NHIỆM VỤ TRỌNG TÂM\n\n1. Công tác tuyên truyền\n\n\
        a) Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng.\n\n\
        b) Phổ biến các mô hình hay tại cơ sở.\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n\
        a) Chủ trì, phối hợp với các sở, ngành hướng dẫn, kiểm tra việc thực hiện Kế hoạch.\n\n\
        b) Tổng hợp, báo cáo Ủy ban nhân dân thành phố trước ngày 15/12/2025.\n\n\
        2. Đối với Sở Tài chính:\n\n\
        a) Tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch.\n\n\
        b) Công an thành phố phối hợp bảo đảm an ninh tại các cơ sở y tế.\n\n\
        3. Ủy ban nhân dân các xã, phường có trách nhiệm:\n\n\
        a) Triển khai thực hiện Kế hoạch trên địa bàn.\n\n\
        b) Kiểm tra việc bố trí nhân lực cho trạm y tế.\n\n\
        4. Cơ quan chủ trì giải quyết thủ tục\n\n\
        a) Chủ động phối hợp với các cơ quan, đơn vị liên quan.\n\n\
        Nơi nhận:\n- Sở Y tế;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Trung Kiên\n";
    let tasks = tasks_with_sources(text);
    let of = |label: &str| {
        tasks
            .iter()
            .find(|t| t.0 == label)
            .unwrap_or_else(|| panic!("no task {label}: {tasks:?}"))
    };
    let s = strings;
    assert_eq!(of("III.1.a").1, s(&["Sở Y tế"]));
    assert!(of("III.1.a").2, "{tasks:?}");
    assert_eq!(of("III.1.b").1, s(&["Sở Y tế"]));
    assert_eq!(of("III.2.a").1, s(&["Sở Tài chính"]));
    // Its own body before the heading's.
    assert_eq!(of("III.2.b").1, s(&["Công an thành phố"]));
    assert!(!of("III.2.b").2);
    assert_eq!(of("III.3.a").1, s(&["Ủy ban nhân dân các xã, phường"]));
    assert_eq!(of("III.3.b").1, s(&["Ủy ban nhân dân các xã, phường"]));
    // A topic names no one; the lead agency of a procedure (`Cơ quan chủ trì giải quyết
    // thủ tục đầu tư dự án`, CT 10/CT-UBND) is a body.
    assert_eq!(of("II.1.a").1, Vec::<String>::new());
    assert_eq!(of("III.4.a").1, s(&["Cơ quan chủ trì giải quyết thủ tục"]));
}

/// A point that takes its lead from the heading above it (`1. Bộ Công Thương chủ trì,
/// phối hợp với các bộ, cơ quan liên quan:` / `a) …`) also works with the bodies the
/// heading names, unless it names its own. After CĐ 19/CĐ-TTg.
#[test]
fn a_heading_that_names_partners_gives_its_points_their_coordinators() {
    let text = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 21/CĐ-TTg\nHà Nội, ngày 4 tháng 3 năm 2026\n\n\
        CÔNG ĐIỆN\nVề thúc đẩy thương mại điện tử\n\n\
        THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Công Thương, Tài chính;\n\n\
        1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan:\n\n\
        a) Tổ chức tuyên truyền về thương mại điện tử tới doanh nghiệp.\n\n\
        b) Hướng dẫn, kiểm tra hoạt động của các sàn giao dịch; phối hợp với Bộ Công an xử lý nghiêm vi phạm.\n\n\
        2. Bộ Tài chính:\n\n\
        a) Kiểm tra việc kê khai thuế của các sàn giao dịch.\n\n\
        Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nNguyễn Văn B\n";
    let got: Vec<(String, Vec<String>, Vec<String>)> = task_values(text)
        .iter()
        .map(|t| (label_of(t), assignees_of(t), coordinators_of(t)))
        .collect();
    let s = strings;
    assert_eq!(
        got,
        [
            (
                "1.a".to_string(),
                s(&["Bộ Công Thương"]),
                s(&["các bộ, cơ quan liên quan"])
            ),
            // (Its own partner, not the heading's.)
            (
                "1.b".to_string(),
                s(&["Bộ Công Thương"]),
                s(&["Bộ Công an"])
            ),
            ("2.a".to_string(), s(&["Bộ Tài chính"]), vec![]),
        ]
    );
}

/// A decision that approves a plan (`Điều 1. Phê duyệt Đề án …`) states the plan's
/// content, which asks nothing, except its part on who carries it out (`V. TỔ CHỨC
/// THỰC HIỆN` / `1. Bộ Xây dựng` / `a) Chủ trì …`), whose items are the ministries'
/// tasks. In an article, a heading of a rule (`Đoàn kiểm tra, người thực hiện nhiệm vụ
/// kiểm tra thực hiện kiểm tra như sau:`) lends no assignee. After QĐ 2597/QĐ-TTg of
/// 2025 and NĐ 308/2025/NĐ-CP.
#[test]
fn an_approved_plans_implementation_part_is_tasks() {
    let text = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 2597/QĐ-TTg\nHà Nội, ngày 27 tháng 11 năm 2025\n\n\
        QUYẾT ĐỊNH\nPhê duyệt Đề án chuyển đổi số trong hoạt động xây dựng\n\n\
        THỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2 năm 2025;\n\n\
        QUYẾT ĐỊNH:\n\n\
        Điều 1. Phê duyệt Đề án chuyển đổi số trong hoạt động xây dựng với những nội dung chủ yếu sau:\n\n\
        I. MỤC TIÊU\n\n1. Hình thành cơ sở dữ liệu quốc gia về kết cấu hạ tầng.\n\n\
        2. Xây dựng nền tảng số dùng chung của ngành.\n\n\
        II. TỔ CHỨC THỰC HIỆN\n\n1. Bộ Xây dựng\n\n\
        a) Chủ trì, phối hợp với các bộ, ngành tổ chức triển khai thực hiện Đề án.\n\n\
        b) Tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện hằng năm.\n\n\
        2. Đoàn kiểm tra, người thực hiện nhiệm vụ kiểm tra thực hiện kiểm tra như sau:\n\n\
        a) Công bố quyết định kiểm tra.\n\n\
        3. Ủy ban nhân dân các tỉnh, thành phố\n\n\
        a) Căn cứ nội dung Đề án, xây dựng kế hoạch chuyển đổi số của địa phương.\n\n\
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n\n\
        Nơi nhận:\n- Các bộ, cơ quan ngang bộ;\n- Lưu: VT, CN.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Hồng Hà\n";
    let tasks = tasks_with_sources(text);
    let labels: Vec<&str> = tasks.iter().map(|t| t.0.as_str()).collect();
    assert!(
        !labels.iter().any(|l| l.starts_with("Điều 1.I.")),
        "the plan's objectives are no tasks: {tasks:?}"
    );
    let of = |label: &str| tasks.iter().find(|t| t.0 == label);
    let s = strings;
    assert_eq!(
        of("Điều 1.II.1.a").map(|t| t.1.clone()),
        Some(s(&["Bộ Xây dựng"])),
        "{tasks:?}"
    );
    assert_eq!(
        of("Điều 1.II.1.b").map(|t| t.1.clone()),
        Some(s(&["Bộ Xây dựng"]))
    );
    assert_eq!(
        of("Điều 1.II.3.a").map(|t| t.1.clone()),
        Some(s(&["Ủy ban nhân dân các tỉnh, thành phố"]))
    );
    assert!(
        of("Điều 1.II.2.a").is_none_or(|t| !t.2),
        "a rule's heading lends no assignee: {tasks:?}"
    );
}

/// A plan's task table as a legal-text site prints it, one cell per line between `|`
/// lines: each numbered row is a task read by the head's columns (lead body, month or
/// year of completion), in text order among the plan's other tasks; a section's row
/// is none, and a line of a cell that reads as an item (`a) Tổ chức tuyên truyền …`) is
/// the row's, no task of its own. After QĐ 2629/QĐ-TTg and KH 179/KH-UBND of 2025.
#[test]
fn a_task_table_printed_one_cell_per_line_gives_a_task_per_row() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 179/KH-UBND\nBắc Ninh, ngày 01 tháng 12 năm 2025\n\n\
        KẾ HOẠCH\nPhát triển Chính phủ số\n\n\
        I. MỤC TIÊU\n\n1. Hoàn thiện hạ tầng số của tỉnh.\n\n\
        II. NHIỆM VỤ, GIẢI PHÁP\n\n\
        |\n**TT**\n|\n**Nhiệm vụ, giải\npháp**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n**Kết quả**\n|\n**Thời gian thực\nhiện**\n|\n\
        |\n**I**\n|\n**Hoàn thiện thể chế**\n|\n\
        |\n1\n|\nNghiên cứu, xây dựng quy định về dữ liệu số và các\nvăn bản hướng dẫn thi hành.\n|\nSở Khoa học và\nCông nghệ\n|\nCông an tỉnh, Sở Tài\nchính\n|\nTrình Ủy ban nhân dân\ntỉnh\n|\nTháng 12/2025\n|\n\
        |\n2\n|\nXây dựng quy chế bảo đảm an ninh dữ liệu:\na) Tổ chức tuyên truyền, phổ biến quy chế đến các sở, ngành.\n|\nCông an tỉnh\n|\n|\nQuy chế\n|\n2026\n|\n\n\
        III. TỔ CHỨC THỰC HIỆN\n\n\
        1. Sở Khoa học và Công nghệ chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\n\
        Nơi nhận:\n- Các sở, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVương Quốc Tuấn\n";
    let tasks: Vec<(String, Vec<String>, Option<String>)> = task_values(text)
        .iter()
        .map(|t| (label_of(t), assignees_of(t), deadline_of(t, "date")))
        .collect();
    let s = strings;
    assert_eq!(
        tasks,
        [
            (
                "I.1".to_string(),
                s(&["Sở Khoa học và Công nghệ"]),
                Some("2025-12-31".to_string())
            ),
            (
                "I.2".to_string(),
                s(&["Công an tỉnh"]),
                Some("2026-12-31".to_string())
            ),
            ("III.1".to_string(), s(&["Sở Khoa học và Công nghệ"]), None),
        ]
    );
}

/// A field of who does a task may hold clauses, each naming bodies before its verb
/// (`- Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp và các sở, ban,
/// ngành … chủ động tổ chức …`), and asides of scope between its names (`… trong phạm
/// vi chức năng, nhiệm vụ của mình và …`): every body of every clause leads. After KH
/// 172/KH-UBND of 2025 (Thành phố Hồ Chí Minh).
#[test]
fn a_field_of_bodies_in_clauses_names_the_bodies_of_each() {
    let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: 95/KH-UBND\nĐà Nẵng, ngày 3 tháng 3 năm 2026\n\n\
        KẾ HOẠCH\nTriển khai thi hành Luật Dữ liệu\n\n\
        I. NHIỆM VỤ\n\n\
        1. Phổ biến Luật Dữ liệu\n\n\
        - Nội dung: Tổ chức phổ biến Luật Dữ liệu đến cán bộ, công chức, viên chức.\n\n\
        - Cơ quan thực hiện: Sở Khoa học và Công nghệ chủ trì tham mưu Ủy ban nhân dân \
        thành phố ban hành tài liệu; Sở Tư pháp, cơ quan báo chí và Ủy ban nhân dân các \
        phường, xã chủ động tổ chức phổ biến trên địa bàn.\n\n\
        - Thời gian thực hiện: Quý II/2026.\n\n\
        2. Kiểm tra, rà soát văn bản quy phạm pháp luật\n\n\
        - Cơ quan thực hiện: Sở Tư pháp, các sở, ban, ngành trong phạm vi chức năng, \
        nhiệm vụ của mình và các cơ quan, tổ chức khác có liên quan.\n\n\
        - Thời gian thực hiện: Năm 2026.\n\n\
        3. Kiểm tra việc thi hành Luật Dữ liệu\n\n\
        - Cơ quan chủ trì: Văn phòng Ủy ban nhân dân thành phố; Sở Nội vụ.\n\n\
        - Thời gian thực hiện: Quý IV/2026.\n\n\
        4. Triển khai phân bổ kinh phí\n\n\
        - Cơ quan thực hiện: Sở Tài chính chủ trì; bố trí từ nguồn chi thường xuyên.\n\n\
        - Thời gian thực hiện: Hằng năm.\n\n\
        Nơi nhận:\n- Các sở, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLương Nguyễn Minh Triết\n";
    let tasks: Vec<(String, Vec<String>)> = task_values(text)
        .iter()
        .map(|t| (label_of(t), assignees_of(t)))
        .collect();
    let s = strings;
    assert_eq!(
        tasks,
        [
            (
                "I.1".to_string(),
                s(&[
                    "Sở Khoa học và Công nghệ",
                    "Sở Tư pháp",
                    "cơ quan báo chí",
                    "Ủy ban nhân dân các phường, xã"
                ])
            ),
            (
                "I.2".to_string(),
                s(&[
                    "Sở Tư pháp",
                    "các sở, ban, ngành",
                    "các cơ quan, tổ chức khác có liên quan"
                ])
            ),
            (
                "I.3".to_string(),
                s(&["Văn phòng Ủy ban nhân dân thành phố", "Sở Nội vụ"])
            ),
            // (A clause that opens with no body's name is no list of them.)
            ("I.4".to_string(), s(&["Sở Tài chính"])),
        ]
    );
}

/// A plan that prints each task's particulars as fields: who leads it (`- Cơ quan chủ
/// trì: …`, `*Đơn vị chủ trì thực hiện: *…`) and by when (`- Thời gian thực hiện: …`)
/// inside the item, or as items of their own under the task (`1.1. Xây dựng …:` / `a)
/// Nhiệm vụ: …` / `b) Cơ quan thực hiện:` / `- Đơn vị chủ trì: …` / `c) Thời gian thực
/// hiện: …`), which then are one task, not three — unless none of them says who or
/// when, or one of them is no field. The coordinating bodies (`phối hợp`) lead
/// nothing. After KH 172, 141 and 308 of 2025 (Hà Nội, Hà Tĩnh).
#[test]
fn a_tasks_fields_name_its_lead_and_its_deadline() {
    let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 308/KH-UBND\nHà Nội, ngày 17 tháng 11 năm 2025\n\n\
        KẾ HOẠCH\nTriển khai Nghị quyết số 214/NQ-CP\n\n\
        I. NHIỆM VỤ\n\n\
        1. Phổ biến, giáo dục Luật Việc làm\n\n\
        - Nội dung thực hiện: Tổ chức phổ biến Luật Việc làm đến cán bộ, công chức.\n\n\
        - Cơ quan chủ trì: Sở Nội vụ, Sở Giáo dục và Đào tạo.\n\n\
        - Cơ quan phối hợp: Bảo hiểm xã hội Thành phố.\n\n\
        - Thời gian thực hiện: Quý III/2025.\n\n\
        2. Tăng cường tuyên truyền pháp luật về công tác xây dựng pháp luật.\n\n\
        *Đơn vị phối hợp: *Sở Tư pháp.\n\n\
        *Đơn vị chủ trì thực hiện: *Các Sở, ngành, đơn vị, UBND cấp xã.\n\n\
        *Thời gian thực hiện: *Thường xuyên.\n\n\
        II. GIẢI PHÁP\n\n\
        1.1. Xây dựng các Chiến lược triển khai của Thành phố:\n\n\
        a) Nhiệm vụ: Tham mưu UBND Thành phố rà soát, hoàn thiện Chiến lược dữ liệu.\n\n\
        b) Cơ quan thực hiện:\n\n\
        - Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n\n\
        - Đơn vị phối hợp: Các Sở, ban, ngành.\n\n\
        c) Thời gian thực hiện: Hoàn thành trong năm 2025.\n\n\
        1.2. Về công tác đào tạo\n\n\
        a) Nhiệm vụ: Xây dựng chương trình đào tạo, bồi dưỡng về chuyển đổi số.\n\n\
        b) Đơn vị chủ trì: Sở Nội vụ.\n\n\
        c) Thời gian thực hiện: Năm 2025 và các năm tiếp theo.\n\n\
        1.3. Về công tác tuyên truyền\n\n\
        a) Nhiệm vụ: Tổ chức tuyên truyền về chuyển đổi số.\n\n\
        b) Kết quả: Các bản tin được phát hành.\n\n\
        1.4. Về công tác kiểm tra\n\n\
        a) Về kiểm tra: Kiểm tra việc thực hiện tại các xã, phường.\n\n\
        b) Thời gian thực hiện: Quý IV/2025.\n\n\
        Nơi nhận:\n- Các sở, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Sỹ Thanh\n";
    // (label, assignees, deadline as printed, its date)
    type Row = (String, Vec<String>, Option<String>, Option<String>);
    let tasks: Vec<Row> = task_values(text)
        .iter()
        .map(|t| {
            let d = |k| deadline_of(t, k);
            (label_of(t), assignees_of(t), d("text"), d("date"))
        })
        .collect();
    let s = strings;
    let o = |v: &str| Some(v.to_string());
    assert_eq!(
        tasks,
        [
            (
                "I.1".to_string(),
                s(&["Sở Nội vụ", "Sở Giáo dục và Đào tạo"]),
                o("Quý III/2025"),
                o("2025-09-30")
            ),
            (
                "I.2".to_string(),
                s(&["Các Sở, ngành, đơn vị", "UBND cấp xã"]),
                o("Thường xuyên"),
                None
            ),
            (
                "II.1.1".to_string(),
                s(&["Sở Khoa học và Công nghệ"]),
                o("trong năm 2025"),
                o("2025-12-31")
            ),
            (
                "II.1.2".to_string(),
                s(&["Sở Nội vụ"]),
                o("Năm 2025 và các năm tiếp theo"),
                None
            ),
            // Fields that say neither who nor when, or items that are not all fields,
            // stay items of their own.
            ("II.1.3.a".to_string(), vec![], None, None),
            ("II.1.4.a".to_string(), vec![], None, None),
        ]
    );
}

/// A form attached to a resolution asks its filler, not the document's reader: a field
/// to fill in (`Tên cơ quan/tổ chức đề nghị hỗ trợ: ……………`) is no task, the
/// resolution's own duties are. After NQ 73/2025/NQ-HĐND (Hà Nội).
#[test]
fn a_forms_fields_to_fill_in_are_no_tasks() {
    let text = "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 73/2025/NQ-HĐND\nHà Nội, ngày 10 tháng 12 năm 2025\n\n\
        NGHỊ QUYẾT\nQuy định chính sách hỗ trợ nhân lực công nghệ cao\n\n\
        Điều 1. Quy định chính sách hỗ trợ nhân lực công nghệ cao.\n\n\
        Điều 2. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết.\n\n\
        Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Ngọc Tuấn\n\n\
        **PHỤ LỤC I**\n\nTRÌNH TỰ, THỦ TỤC THỰC HIỆN CHÍNH SÁCH HỖ TRỢ NHÂN LỰC CÔNG NGHỆ CAO\n\n\
        *(Kèm theo Nghị quyết số 73/2025/NQ-HĐND ngày 10 tháng 12 năm 2025)*\n\n\
        **1. Trình tự, thủ tục cấp thẻ nhân lực công nghệ cao**\n\n\
        a) Ban Quản lý các khu công nghệ cao tiếp nhận, thẩm định hồ sơ theo Mẫu 00-ĐĐN.\n\n\
        b) Sở Nội vụ phối hợp kiểm tra hồ sơ trong 05 ngày làm việc.\n\n\
        c) Ban Quản lý báo cáo Ủy ban nhân dân Thành phố kết quả hằng năm.\n\n\
        *Mẫu 00-ĐĐN*\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\
        ĐƠN ĐỀ NGHỊ\n\nKính gửi: Ban Quản lý các khu công nghệ cao\n\n\
        2. Tên cơ quan/tổ chức đề nghị hỗ trợ: ……………………………………………\n\n\
        3. Đề nghị xem xét hỗ trợ: ……………………………………………… ………………………………………\n";
    let labels: Vec<String> = task_values(text).iter().map(label_of).collect();
    assert!(labels.contains(&"Điều 2".to_string()), "{labels:?}");
    assert!(labels.contains(&"1.c".to_string()), "{labels:?}");
    assert!(
        !labels.iter().any(|l| l == "2" || l == "3"),
        "fields to fill in are no tasks: {labels:?}"
    );
}

/// A decimal label repeats its parent's number (`1.1.` under `1.`, under `II.`): the
/// task's label holds each printed number once (`II.1.1`, as CONVENTIONS.md joins the
/// printed labels), not `II.1.1.1`; letters under it go on from there (`II.2.1.a`).
#[test]
fn a_decimal_label_under_its_parent_is_not_repeated() {
    let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 308/KH-UBND\nHà Nội, ngày 12 tháng 11 năm 2025\n\nKẾ HOẠCH\nTriển khai chuyển đổi số\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm thống nhất.\n\nII. NHIỆM VỤ\n\n1. Hạ tầng số\n\n1.1. Sở Khoa học và Công nghệ chủ trì triển khai hạ tầng dữ liệu.\n\n1.2. Sở Tài chính tham mưu bố trí kinh phí.\n\n2. Nhân lực số\n\n2.1. Đào tạo cán bộ:\n\na) Sở Nội vụ tổ chức thực hiện tập huấn kỹ năng số.\n\nb) Trường Chính trị tuyên truyền, phổ biến kỹ năng số.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n";
    let labels: Vec<String> = tasks_with_sources(text)
        .into_iter()
        .map(|(label, _, _)| label)
        .collect();
    assert_eq!(labels, ["II.1.1", "II.1.2", "II.2.1.a", "II.2.1.b"]);
}

/// A heading of assessment whose last paragraph announces the work to do (`I. ĐÁNH GIÁ
/// CHUNG` / `… tỉnh cần tập trung thực hiện một số nhiệm vụ, giải pháp sau:`) leads
/// tasks; the same heading whose paragraph reports work done (`… đã triển khai các
/// nhiệm vụ sau:`) and a heading of objectives (`… đạt các mục tiêu sau:`) lead none.
/// After TB 641/TB-VPCP of 2025.
#[test]
fn a_paragraph_that_announces_tasks_overrides_its_heading() {
    let text = "VĂN PHÒNG CHÍNH PHỦ\nSố: 702/TB-VPCP\nHà Nội, ngày 4 tháng 12 năm 2025\n\
                THÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Gia Lai\n\n\
                I. ĐÁNH GIÁ CHUNG\n\n\
                Thời gian qua, tỉnh đã chủ động khắc phục hậu quả bão lũ, ổn định đời sống \
                Nhân dân.\n\n\
                Để bộ máy chính quyền hai cấp vận hành thông suốt, tỉnh Gia Lai cần tập trung \
                thực hiện tốt một số nhiệm vụ, giải pháp sau:\n\n\
                1. Tăng cường kiểm tra việc giải quyết thủ tục hành chính ở cấp xã.\n\n\
                2. Rà soát, bố trí đủ công chức chuyên môn cho các xã miền núi.\n\n\
                II. KẾT QUẢ THỰC HIỆN\n\n\
                Năm 2025, Ủy ban nhân dân tỉnh đã triển khai các nhiệm vụ sau:\n\n\
                1. Tổ chức tập huấn nghiệp vụ cho công chức cấp xã.\n\n\
                III. MỤC TIÊU\n\n\
                Phấn đấu đến năm 2030 đạt các mục tiêu sau:\n\n\
                1. Tăng cường năng lực quản trị của chính quyền cấp xã.\n\n\
                Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn B\n";
    let got: Vec<String> = task_values(text).iter().map(label_of).collect();
    assert_eq!(got, ["I.1", "I.2"]);
}

/// The points of a regulation's article on responsibilities: a clause headed
/// `Trách nhiệm của Sở Tư pháp` (or `Trách nhiệm các cơ quan …`, without `của`) names
/// who does each of its points; a point's first line that runs on into the next (`a)
/// Tổ chức triển khai thực hiện` / `Quy định này …`) is its sentence, not a title (a
/// clause's title stands apart: `1. Kinh phí thực hiện` / blank / `Kinh phí …`); `Trên cơ
/// sở quy định này, các cơ quan, đơn vị …` names its own bodies after the ground. After
/// QĐ 2579/QĐ-UBND of 2025 (Cần Thơ), as a legal-text site prints it.
#[test]
fn points_of_an_article_on_responsibilities_are_tasks_of_the_body_it_names() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 33/QĐ-UBND\nBắc Ninh, ngày 5 tháng 1 năm 2026\n\
                QUYẾT ĐỊNH\nBan hành Quy định về công tác hòa giải ở cơ sở\n\
                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\
                Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;\n\
                QUYẾT ĐỊNH:\n\n\
                Điều 1. Ban hành kèm theo Quyết định này Quy định về công tác hòa giải ở cơ sở.\n\n\
                Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n\
                Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn C\n\n\
                QUY ĐỊNH\nVề công tác hòa giải ở cơ sở\n\
                *(Ban hành kèm theo Quyết định số 33/QĐ-UBND ngày 05 tháng 01 năm 2026 của \
                Chủ tịch Ủy ban nhân dân tỉnh)*\n\n\
                **Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n\
                **Điều 1. Phạm vi điều chỉnh**\n\n\
                Quy định này quy định về công tác hòa giải ở cơ sở trên địa bàn tỉnh.\n\n\
                **Chương II**\n\n**TỔ CHỨC THỰC HIỆN**\n\n\
                **Điều 5.\nTrách nhiệm thực hiện**\n\n\
                1. Kinh phí thực hiện\n\n\
                Kinh phí thực hiện được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp.\n\n\
                2. Trách nhiệm của Sở Tư pháp\n\n\
                a) Chủ trì triển khai, hướng dẫn\nthực hiện Quy định này;\n\n\
                b) Tổng hợp kết quả hòa giải của các xã, phường, báo cáo Ủy ban nhân dân tỉnh.\n\n\
                3. Trách nhiệm các cơ quan, đơn\nvị cấp tỉnh và Ủy ban nhân dân xã, phường\n\n\
                a) Tổ chức triển khai thực hiện\nQuy định này tại cơ quan, đơn vị mình;\n\n\
                b) Trên cơ sở quy định này, các\nxã, phường xây dựng kế hoạch hòa giải hằng năm và gửi về Sở Tư pháp.\n";
    assert_eq!(
        who_does(text),
        label_rows(&[
            ("Điều 5.2.a", &["Sở Tư pháp"]),
            ("Điều 5.2.b", &["Sở Tư pháp"]),
            (
                "Điều 5.3.a",
                &["các cơ quan, đơn vị cấp tỉnh", "Ủy ban nhân dân xã, phường"],
            ),
            ("Điều 5.3.b", &["các xã, phường"]),
        ])
    );
}

/// A point that opens with a word that urges asks also when its heading names who does
/// it (`1. Bộ Công Thương:` / `c) Chủ động xây dựng chính sách …`): the heading's body is
/// its assignee. A point with neither a cue nor such a word stays none. After Công điện
/// 19/CĐ-TTg.
#[test]
fn an_urging_point_under_a_body_heading_is_that_bodys_task() {
    let text = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 24/CĐ-TTg\nHà Nội, ngày 6 tháng 3 năm 2026\n\
                CÔNG ĐIỆN\nVề thúc đẩy xuất khẩu qua thương mại điện tử\n\n\
                THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ: Công Thương, Tài chính.\n\n\
                Để thúc đẩy xuất khẩu hàng hóa, Thủ tướng Chính phủ yêu cầu:\n\n\
                1. Bộ Công Thương:\n\n\
                a) Chủ động xây dựng chính sách quản lý giao dịch thương mại điện tử xuyên biên giới.\n\n\
                b) Đẩy mạnh hoạt động xúc tiến thương mại trên nền tảng số.\n\n\
                c) Thương mại điện tử là kênh phân phối quan trọng của doanh nghiệp.\n\n\
                Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTHỦ TƯỚNG\nNguyễn Văn D\n";
    assert_eq!(
        who_does(text),
        label_rows(&[("1.a", &["Bộ Công Thương"]), ("1.b", &["Bộ Công Thương"])])
    );
}

/// A decimal point that carries the next item's number (`8.1` after item `7`, whose own
/// label the scan lost: `§. _ Thực hiện …`) keeps its label, not `7.8.1`; one that
/// carries another number (`1.1` under `2`, a quoted provision's numbering) stays under
/// its item. After Công văn 4422/TCT-TTKT.
#[test]
fn a_decimal_point_after_a_lost_label_keeps_its_number() {
    let text = "TỔNG CỤC THUẾ\nSố: 512/TCT-TTKT\nHà Nội, ngày 9 tháng 3 năm 2022\n\
                V/v tăng cường quản lý thuế thương mại điện tử\n\
                Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n\
                Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố thực hiện:\n\n\
                7. Phối hợp với các ngân hàng thương mại rà soát giao dịch thanh toán quốc tế.\n\n\
                §. _ Thực hiện báo cáo định kỳ kết quả thanh tra theo các yêu cầu sau:\n\n\
                8.1. Cung cấp thông tin cán bộ đầu mối phụ trách tổng hợp báo cáo.\n\n\
                8.2. Báo cáo kết quả thanh tra về Tổng cục Thuế trước ngày 15/4/2022.\n\n\
                Nơi nhận:\n- Như trên;\n- Lưu: VT, TTKT.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nNguyễn Văn E\n";
    let got: Vec<String> = task_values(text).iter().map(label_of).collect();
    assert!(
        got.contains(&"8.1".to_string()) && got.contains(&"8.2".to_string()),
        "{got:?}"
    );
    assert!(!got.iter().any(|l| l.starts_with("7.8")), "{got:?}");
}

/// A heading whose title names tasks (`II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN
/// TỚI`) leads tasks even where a point has no cue verb (`Nhận diện đầy đủ … tiềm năng`);
/// a title that opens with objectives (`I. MỤC TIÊU, NHIỆM VỤ`) leads targets, not tasks.
/// After TB 636/TB-VPCP of 2025.
#[test]
fn a_heading_that_names_tasks_leads_tasks() {
    let text = "VĂN PHÒNG CHÍNH PHỦ\nSố: 703/TB-VPCP\nHà Nội, ngày 5 tháng 12 năm 2025\n\
                THÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại buổi làm việc với tỉnh Cà Mau\n\n\
                **I. MỤC TIÊU, NHIỆM VỤ**\n\n\
                1. Phấn đấu tăng trưởng kinh tế hai con số trong giai đoạn 2026 - 2030.\n\n\
                **II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP\nTRONG THỜI GIAN TỚI**\n\n\
                1. Nhận diện đầy đủ tiềm năng, lợi thế cạnh tranh của tỉnh sau khi hợp nhất.\n\n\
                2. Bảo đảm nguồn vốn cho các công trình hạ tầng giao thông trọng điểm.\n\n\
                Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn F\n";
    let got: Vec<String> = task_values(text).iter().map(label_of).collect();
    assert_eq!(got, ["II.1", "II.2"]);
}

/// A provision a letter quotes in curly quotes over several lines (`… quy định:` /
/// `“1. Người nộp thuế …` / `2. Cơ quan thuế kiểm tra …”`) is the law's text, not the
/// letter's tasks; the letter's own items around it are (and a quotation on one line,
/// `phong trào “Toàn dân đoàn kết”`, hides nothing). After Công văn 1630/TCT-CS and
/// 1539/VLO-QLDN3.
#[test]
fn a_quoted_provision_asks_nothing() {
    let text = "TỔNG CỤC THUẾ\nSố: 2210/TCT-CS\nHà Nội, ngày 14 tháng 6 năm 2024\n\
                V/v xử phạt chậm nộp tiền thuế\n\
                Kính gửi: Cục Thuế tỉnh Long An.\n\n\
                Tại Điều 106 Luật Quản lý thuế quy định:\n\n\
                “1. Người nộp thuế có hành vi chậm nộp tiền thuế thì phải nộp đủ tiền thuế.\n\n\
                2. Cơ quan thuế kiểm tra, xác định số tiền chậm nộp và thông báo cho người nộp thuế.”\n\n\
                Căn cứ quy định trên, Tổng cục Thuế đề nghị:\n\n\
                1. Cục Thuế tỉnh Long An kiểm tra hồ sơ khai thuế của Công ty, xử lý theo quy định.\n\n\
                2. Cục Thuế tỉnh Long An tuyên truyền phong trào “Doanh nghiệp nộp thuế đúng hạn” đến các doanh nghiệp.\n\n\
                Nơi nhận:\n- Như trên;\n- Lưu: VT, CS.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nNguyễn Văn G\n";
    assert_eq!(
        who_does(text),
        label_rows(&[
            ("1", &["Cục Thuế tỉnh Long An"]),
            ("2", &["Cục Thuế tỉnh Long An"]),
        ])
    );
}
